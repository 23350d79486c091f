package com.statbatch.job.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class BuildingSummaryTest {

    private static List<String> summaries(FoldedDocuments docs, long periodDocuments) {
        Dataset<Row> aggregate = docs.aggregate();
        return BuildingSummary.summarize(
                        aggregate,
                        KeywordRanking.rank(aggregate, periodDocuments, FoldedDocuments.TAGS, 3),
                        2)
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
                                        + r.getAs("top_terms")
                                        + " distinctive="
                                        + r.getAs("distinctive_terms"))
                .toList();
    }

    @Test
    void countsEveryDocumentIncludingEmptyOnesAndListsTopTermsInRankOrder() {
        FoldedDocuments docs =
                new FoldedDocuments()
                        .doc(1, "누수/NNG:2", "관리비/NNG:1")
                        .doc(1)
                        .nextTask()
                        .doc(1, "누수/NNG:1", "주차장/NNG:1")
                        .doc(2);

        assertThat(summaries(docs, 4))
                .containsExactly(
                        "1 docs=3 empty=1 tokens=5 distinct=3 top=누수, 관리비 distinctive=",
                        "2 docs=1 empty=1 tokens=0 distinct=0 top= distinctive=");
    }

    @Test
    void distinctiveTermsAreWhatTheBuildingSaysMoreThanThePeriodAndEmptyWhenNothingStandsOut() {
        FoldedDocuments docs = new FoldedDocuments();
        for (int i = 0; i < 10; i++) {
            docs.doc(1, "관리비/NNG:3", i < 4 ? "곰팡이/NNG:1" : "주차장/NNG:1");
            docs.doc(2, "관리비/NNG:3", "주차장/NNG:1");
        }

        assertThat(summaries(docs, 20))
                .containsExactly(
                        "1 docs=10 empty=0 tokens=40 distinct=3 top=관리비, 주차장 distinctive=곰팡이",
                        "2 docs=10 empty=0 tokens=40 distinct=2 top=관리비, 주차장 distinctive=주차장");
    }
}
