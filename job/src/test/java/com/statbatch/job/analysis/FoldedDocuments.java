package com.statbatch.job.analysis;

import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.category.CategoryDictionary;
import com.statbatch.udf.keyword.KeywordCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Documents with keywords already counted, as the extractor would give them, folded as tasks fold
 * them and aggregated by the real shuffle; {@link #nextTask} starts another task's fold.
 */
final class FoldedDocuments {

    static final List<String> TAGS = List.of("NNG", "NNP");

    /** The shipped conf/nlp/categories-ko.txt. */
    static final CategoryDictionary CATEGORIES =
            CategoryDictionary.load(
                    NlpSettings.fromConfig(StatBatchConfig.load(Optional.empty(), Map.of())));

    private final List<Row> partials = new ArrayList<>();
    private DocumentFold fold = new DocumentFold(TAGS, CATEGORIES);

    /**
     * @param keywords "term/POS:count" entries, e.g. "누수/NNG:2"
     */
    FoldedDocuments doc(long buildingId, String... keywords) {
        fold.knownDocument(
                buildingId, Arrays.stream(keywords).map(FoldedDocuments::keyword).toList(), false);
        return this;
    }

    FoldedDocuments truncatedDoc(long buildingId, String... keywords) {
        fold.knownDocument(
                buildingId, Arrays.stream(keywords).map(FoldedDocuments::keyword).toList(), true);
        return this;
    }

    FoldedDocuments unknownBuildingDoc(long buildingId) {
        fold.unknownBuilding(buildingId);
        return this;
    }

    FoldedDocuments rejected(String reason) {
        fold.reject(reason);
        return this;
    }

    FoldedDocuments nextTask() {
        partials.addAll(fold.drain());
        fold = new DocumentFold(TAGS, CATEGORIES);
        return this;
    }

    Dataset<Row> aggregate() {
        nextTask();
        return PeriodAggregate.combine(
                LocalSpark.session().createDataFrame(partials, PartialColumns.schema(TAGS)),
                TAGS,
                4);
    }

    private static KeywordCount keyword(String spec) {
        String[] termAndCount = spec.split(":");
        String[] termAndPos = termAndCount[0].split("/");
        return new KeywordCount(termAndPos[0], termAndPos[1], Integer.parseInt(termAndCount[1]));
    }
}
