package com.statbatch.job.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.job.testing.Documents;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class BuildingSummaryTest {

    @Test
    void countsEveryDocumentIncludingEmptyOnesAndListsTopTermsInRankOrder() {
        Dataset<Row> docs =
                new Documents()
                        .doc(1, "누수/NNG:2", "관리비/NNG:1")
                        .doc(1)
                        .doc(1, "누수/NNG:1", "주차장/NNG:1")
                        .doc(2)
                        .toDataset();

        List<String> rows =
                BuildingSummary.summarize(docs, KeywordAggregation.rank(docs, 2), 2)
                        .orderBy("building_id")
                        .collectAsList()
                        .stream()
                        .map(
                                r ->
                                        r.getLong(0)
                                                + " docs="
                                                + r.getAs("documents")
                                                + " empty="
                                                + r.getAs("empty_documents")
                                                + " tokens="
                                                + r.getAs("tokens")
                                                + " distinct="
                                                + r.getAs("distinct_terms")
                                                + " top="
                                                + r.getAs("top_terms"))
                        .toList();

        assertThat(rows)
                .containsExactly(
                        "1 docs=3 empty=1 tokens=5 distinct=3 top=누수, 관리비",
                        "2 docs=1 empty=1 tokens=0 distinct=0 top=");
    }
}
