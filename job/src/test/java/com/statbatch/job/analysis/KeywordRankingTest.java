package com.statbatch.job.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class KeywordRankingTest {

    private static Dataset<Row> rank(FoldedDocuments documents, long periodDocuments) {
        return KeywordRanking.rank(documents.aggregate(), periodDocuments, FoldedDocuments.TAGS, 3);
    }

    private static List<String> rows(Dataset<Row> ranked) {
        return ranked.orderBy("building_id", "rank").collectAsList().stream()
                .map(
                        r ->
                                r.getLong(0)
                                        + " "
                                        + r.getAs("rank")
                                        + " "
                                        + r.getAs("term")
                                        + "/"
                                        + r.getAs("pos")
                                        + " tf="
                                        + r.getAs("term_freq")
                                        + " df="
                                        + r.getAs("doc_freq")
                                        + " bg="
                                        + r.getAs("bg_doc_freq"))
                .toList();
    }

    @Test
    void termFrequencySumsCountsDocumentFrequencyCountsDocumentsAcrossTasks() {
        FoldedDocuments docs =
                new FoldedDocuments()
                        .doc(1, "누수/NNG:2", "관리비/NNG:1")
                        .doc(1, "누수/NNG:1")
                        .nextTask()
                        .doc(1, "관리비/NNG:1", "엘리베이터/NNG:3")
                        .doc(2, "주차장/NNG:1", "누수/NNG:1");

        assertThat(rows(rank(docs, 4)))
                .containsExactly(
                        "1 1 누수/NNG tf=3 df=2 bg=3",
                        "1 2 엘리베이터/NNG tf=3 df=1 bg=1",
                        "1 3 관리비/NNG tf=2 df=2 bg=2",
                        "2 1 누수/NNG tf=1 df=1 bg=3",
                        "2 2 주차장/NNG tf=1 df=1 bg=1");
    }

    @Test
    void equalFrequenciesAreRankedByTermSoTheOrderIsTotal() {
        FoldedDocuments docs = new FoldedDocuments().doc(1, "청소/NNG:1", "경비/NNG:1", "난방/NNG:1");

        assertThat(rows(rank(docs, 1)))
                .containsExactly(
                        "1 1 경비/NNG tf=1 df=1 bg=1",
                        "1 2 난방/NNG tf=1 df=1 bg=1",
                        "1 3 청소/NNG tf=1 df=1 bg=1");
    }

    @Test
    void aTermIsOneKeywordWithTheTagItGotMostOftenInTheBuildingTiesToTheFirstConfiguredTag() {
        FoldedDocuments docs =
                new FoldedDocuments()
                        .doc(1, "한빛/NNP:1", "한빛/NNG:2")
                        .doc(1, "한빛/NNP:1")
                        .doc(2, "파리/NNP:2", "파리/NNG:1")
                        .nextTask()
                        .doc(2, "다스/NNP:1")
                        .doc(2, "다스/NNG:1");

        assertThat(rows(rank(docs, 5)))
                .containsExactly(
                        "1 1 한빛/NNG tf=4 df=2 bg=2",
                        "2 1 파리/NNP tf=3 df=1 bg=1",
                        "2 2 다스/NNG tf=2 df=2 bg=2");
    }

    @Test
    void theScoreIsJlhOfTheBuildingsDocumentsAgainstThePeriodsDocuments() {
        FoldedDocuments docs = new FoldedDocuments();
        for (int i = 0; i < 4; i++) {
            docs.doc(1, i < 3 ? "누수/NNG:1" : "관리비/NNG:1");
        }
        for (int i = 0; i < 6; i++) {
            docs.doc(2, i < 1 ? "누수/NNG:1" : "관리비/NNG:1");
        }

        List<Row> rows = rank(docs, 10).orderBy("building_id", "term").collectAsList();

        // Building 1: 누수 in 3 of 4 documents, in 4 of the period's 10.
        double fg = 3 / 4.0;
        double bg = 4 / 10.0;
        assertThat((double) rows.get(1).getAs("score"))
                .isCloseTo((fg - bg) * (fg / bg), within(1e-12));
        assertThat((Integer) rows.get(1).getAs("distinctive_rank")).isEqualTo(1);
        // 관리비: 1 of 4 against 6 of 10, under-represented: 0, not distinctive.
        assertThat((double) rows.get(0).getAs("score")).isEqualTo(0.0);
        assertThat((Object) rows.get(0).getAs("distinctive_rank")).isNull();
        // Building 2's 관리비 (5 of 6 against 6 of 10) is distinctive; its 누수 (1 document) is not.
        assertThat((Integer) rows.get(2).getAs("distinctive_rank")).isEqualTo(1);
        assertThat((double) rows.get(3).getAs("score")).isEqualTo(0.0);
    }

    @Test
    void aTermInFewerDocumentsThanTheMinimumIsNeverDistinctiveHoweverHighItScores() {
        FoldedDocuments docs = new FoldedDocuments().doc(1, "오타어/NNG:5").doc(1, "오타어/NNG:1");
        for (int i = 0; i < 20; i++) {
            docs.doc(2, "관리비/NNG:1");
        }

        Row typo = rank(docs, 22).where("term = '오타어'").first();

        assertThat((double) typo.getAs("score")).isGreaterThan(1.0);
        assertThat((Object) typo.getAs("distinctive_rank")).isNull();
    }

    @Test
    void topKKeepsTheFirstKOfEachBuildingByEitherRankAndZeroKeepsAll() {
        FoldedDocuments docs = new FoldedDocuments();
        for (int i = 0; i < 3; i++) {
            docs.doc(1, "흔함/NNG:5", "보통/NNG:2", "드묾/NNG:1");
            docs.doc(2, "흔함/NNG:5", "보통/NNG:3");
        }
        Dataset<Row> ranked = rank(docs, 6);

        assertThat(
                        KeywordRanking.topK(ranked, 1)
                                .orderBy("building_id", "rank")
                                .collectAsList()
                                .stream()
                                .map(r -> r.getLong(0) + " " + r.getAs("term"))
                                .toList())
                .containsExactly("1 흔함", "1 드묾", "2 흔함");
        assertThat(KeywordRanking.topK(ranked, 0).count()).isEqualTo(5);
        assertThatThrownBy(() -> KeywordRanking.topK(ranked, -1))
                .hasMessageContaining("analysis.top-k");
    }

    @Test
    void sameInputGivesTheSameRowsHoweverItIsSplitIntoTasks() {
        FoldedDocuments oneTask = new FoldedDocuments();
        FoldedDocuments manyTasks = new FoldedDocuments();
        for (int i = 0; i < 200; i++) {
            String[] keywords = {"t" + (i % 13) + "/NNG:" + (1 + i % 3), "u" + (i % 5) + "/NNP:1"};
            oneTask.doc(i % 7, keywords);
            manyTasks.doc(i % 7, keywords);
            if (i % 17 == 0) {
                manyTasks.nextTask();
            }
        }

        assertThat(rows(rank(manyTasks, 200))).isEqualTo(rows(rank(oneTask, 200)));
    }
}
