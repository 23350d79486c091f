package com.statbatch.job.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopTermsOverlapTest {

    @Test
    void jaccardIsTheSharedTermsOverAllTermsWhateverTheirOrder() {
        TopTermsOverlap overlap =
                new TopTermsOverlap(1, 20, List.of("누수", "곰팡이", "천장"), List.of("천장", "누수", "윗집"));

        assertThat(overlap.jaccard()).isEqualTo(2.0 / 4);
    }

    @Test
    void aTermListedTwiceCountsOnce() {
        TopTermsOverlap overlap =
                new TopTermsOverlap(1, 20, List.of("영화", "영화", "배우"), List.of("영화", "배우"));

        assertThat(overlap.jaccard()).isEqualTo(1.0);
    }

    @Test
    void everyBuildingWithDocumentsIsComparedAndOneWithoutKeywordsOnOneSideSharesNothing() {
        List<TopTermsOverlap> overlaps =
                TopTermsOverlap.of(
                        Map.of(3L, 12L, 1L, 2L, 2L, 1L),
                        Map.of(3L, List.of("엘리베이터", "고장"), 1L, List.of("주차")),
                        Map.of(3L, List.of("엘리베이터", "점검")));

        assertThat(overlaps)
                .extracting(TopTermsOverlap::buildingId, TopTermsOverlap::comparable)
                .containsExactly(tuple(1L, true), tuple(2L, false), tuple(3L, true));
        assertThat(overlaps.get(0).jaccard()).isZero();
        assertThatThrownBy(() -> overlaps.get(1).jaccard())
                .hasMessageContaining("building 2 has no keywords under either analyzer");
    }

    @Test
    void theMeanTakesOnlyComparableBuildingsWithEnoughDocuments() {
        List<TopTermsOverlap> overlaps =
                TopTermsOverlap.of(
                        Map.of(1L, 30L, 2L, 10L, 3L, 9L, 4L, 50L),
                        Map.of(1L, List.of("a", "b"), 2L, List.of("a"), 3L, List.of("a")),
                        Map.of(1L, List.of("a", "b"), 2L, List.of("b"), 3L, List.of("a")));

        assertThat(TopTermsOverlap.meanJaccard(overlaps, 10).getAsDouble())
                .isCloseTo((1.0 + 0.0) / 2, within(1e-9));
        assertThat(TopTermsOverlap.meanJaccard(overlaps, 1).getAsDouble())
                .isCloseTo((1.0 + 0.0 + 1.0) / 3, within(1e-9));
        assertThat(TopTermsOverlap.meanJaccard(overlaps, 100)).isEmpty();
    }
}
