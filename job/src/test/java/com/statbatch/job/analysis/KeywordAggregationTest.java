package com.statbatch.job.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.statbatch.job.testing.Documents;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class KeywordAggregationTest {

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
                                        + r.getAs("doc_freq"))
                .toList();
    }

    @Test
    void termFrequencySumsCountsAndDocumentFrequencyCountsDocuments() {
        Dataset<Row> docs =
                new Documents()
                        .doc(1, "누수/NNG:2", "관리비/NNG:1")
                        .doc(1, "누수/NNG:1")
                        .doc(1, "관리비/NNG:1", "엘리베이터/NNG:3")
                        .doc(2, "주차장/NNG:1")
                        .toDataset();

        assertThat(rows(KeywordAggregation.rank(docs, 2)))
                .containsExactly(
                        "1 1 누수/NNG tf=3 df=2",
                        "1 2 엘리베이터/NNG tf=3 df=1",
                        "1 3 관리비/NNG tf=2 df=2",
                        "2 1 주차장/NNG tf=1 df=1");
    }

    @Test
    void equalFrequenciesAreRankedByTermSoTheOrderIsTotal() {
        Dataset<Row> docs = new Documents().doc(1, "청소/NNG:1", "경비/NNG:1", "난방/NNG:1").toDataset();

        assertThat(rows(KeywordAggregation.rank(docs, 1)))
                .containsExactly(
                        "1 1 경비/NNG tf=1 df=1", "1 2 난방/NNG tf=1 df=1", "1 3 청소/NNG tf=1 df=1");
    }

    @Test
    void tfidfRewardsTermsThatOtherBuildingsDoNotUse() {
        Dataset<Row> docs =
                new Documents()
                        .doc(1, "관리비/NNG:2", "누수/NNG:2")
                        .doc(2, "관리비/NNG:1", "주차장/NNG:1")
                        .doc(3, "관리비/NNG:1")
                        .toDataset();

        List<Row> building1 =
                KeywordAggregation.rank(docs, 3)
                        .where("building_id = 1")
                        .orderBy("term")
                        .collectAsList();

        // 3 buildings; 관리비 in all 3, 누수 in 1; building 1 has 4 tokens.
        double idfShared = Math.log((1 + 3.0) / (1 + 3)) + 1;
        double idfOwn = Math.log((1 + 3.0) / (1 + 1)) + 1;
        assertThat((double) building1.get(0).getAs("tfidf"))
                .isCloseTo(2 / 4.0 * idfShared, within(1e-12));
        assertThat((double) building1.get(1).getAs("tfidf"))
                .isCloseTo(2 / 4.0 * idfOwn, within(1e-12));
    }

    @Test
    void sameTermWithDifferentPosIsTwoKeywords() {
        Dataset<Row> docs = new Documents().doc(1, "한빛/NNP:1", "한빛/NNG:2").toDataset();

        assertThat(rows(KeywordAggregation.rank(docs, 1)))
                .containsExactly("1 1 한빛/NNG tf=2 df=1", "1 2 한빛/NNP tf=1 df=1");
    }

    @Test
    void topKKeepsTheFirstKOfEachBuildingAndZeroKeepsAll() {
        Dataset<Row> ranked =
                KeywordAggregation.rank(
                        new Documents()
                                .doc(1, "a1/NNG:3", "a2/NNG:2", "a3/NNG:1")
                                .doc(2, "b1/NNG:1")
                                .toDataset(),
                        2);

        assertThat(KeywordAggregation.topK(ranked, 2).count()).isEqualTo(3);
        assertThat(KeywordAggregation.topK(ranked, 0).count()).isEqualTo(4);
        assertThatThrownBy(() -> KeywordAggregation.topK(ranked, -1))
                .hasMessageContaining("analysis.top-k");
    }

    @Test
    void sameInputGivesTheSameRowsEveryTime() {
        Documents documents = new Documents();
        for (int i = 0; i < 200; i++) {
            documents.doc(i % 7, "t" + (i % 13) + "/NNG:" + (1 + i % 3), "u" + (i % 5) + "/NNP:1");
        }
        Dataset<Row> docs = documents.toDataset();

        assertThat(rows(KeywordAggregation.rank(docs.repartition(5), 7)))
                .isEqualTo(rows(KeywordAggregation.rank(docs, 7)));
    }
}
