package com.statbatch.job.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.typesafe.config.ConfigFactory;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendClassifierTest {

    private final TrendClassifier classifier = new TrendClassifier(new TrendSettings(3, 2.58));

    private Optional<TrendStatus> status(long now, long before) {
        return classifier
                .classify(new DocumentShare(now, 200), new DocumentShare(before, 200))
                .map(Trend::status);
    }

    @Test
    void aTermAbsentLastMonthWithTheMinimumNowIsNew() {
        assertThat(status(12, 0)).contains(TrendStatus.NEW);
        assertThat(status(3, 0)).contains(TrendStatus.NEW);
    }

    @Test
    void aTermBelowTheMinimumLastMonthCountsAsAbsent() {
        assertThat(status(3, 2)).contains(TrendStatus.NEW);
    }

    @Test
    void aShareGrowingFromFiveToTwentyPercentIsRising() {
        Trend trend =
                classifier
                        .classify(new DocumentShare(40, 200), new DocumentShare(10, 200))
                        .orElseThrow();

        // pooled p = 50/400; z = (0.20 - 0.05) / sqrt(0.125 * 0.875 * (1/200 + 1/200))
        assertThat(trend.z()).isCloseTo(4.5356, within(1e-4));
        assertThat(trend.status()).isEqualTo(TrendStatus.RISING);
    }

    @Test
    void aShareShrinkingFromTwentyToFivePercentIsFalling() {
        Trend trend =
                classifier
                        .classify(new DocumentShare(10, 200), new DocumentShare(40, 200))
                        .orElseThrow();

        assertThat(trend.z()).isCloseTo(-4.5356, within(1e-4));
        assertThat(trend.status()).isEqualTo(TrendStatus.FALLING);
    }

    @Test
    void aSmallChangeOfShareIsSteady() {
        assertThat(status(22, 20)).contains(TrendStatus.STEADY);
        assertThat(status(20, 20)).contains(TrendStatus.STEADY);
    }

    @Test
    void aTermThatDropsBelowTheMinimumCanStillBeFalling() {
        assertThat(status(2, 30)).contains(TrendStatus.FALLING);
        assertThat(status(0, 30)).contains(TrendStatus.FALLING);
    }

    @Test
    void belowTheMinimumInBothMonthsThereIsNoTrend() {
        assertThat(status(2, 1)).isEmpty();
        assertThat(status(0, 2)).isEmpty();
    }

    @Test
    void withoutDocumentsLastMonthThereIsNoTrendNotNew() {
        assertThat(classifier.classify(new DocumentShare(50, 200), new DocumentShare(0, 0)))
                .isEmpty();
    }

    @Test
    void theThresholdDecidesBetweenSteadyAndRising() {
        // z = 2.2: beyond 1.96, short of 2.58
        DocumentShare now = new DocumentShare(31, 200);
        DocumentShare before = new DocumentShare(17, 200);
        assertThat(TwoProportionZTest.z(now, before)).isBetween(1.96, 2.58);

        assertThat(classifier.classify(now, before).orElseThrow().status())
                .isEqualTo(TrendStatus.STEADY);
        assertThat(
                        new TrendClassifier(new TrendSettings(3, 1.96))
                                .classify(now, before)
                                .orElseThrow()
                                .status())
                .isEqualTo(TrendStatus.RISING);
    }

    @Test
    void sharesAreComparedNotCounts() {
        // 20 of 400 now is the 5 % of 10 of 200 before: more documents, same share.
        Trend trend =
                classifier
                        .classify(new DocumentShare(20, 400), new DocumentShare(10, 200))
                        .orElseThrow();

        assertThat(trend.z()).isCloseTo(0.0, within(1e-12));
        assertThat(trend.status()).isEqualTo(TrendStatus.STEADY);
    }

    @Test
    void aTermInEveryDocumentOfBothMonthsIsSteady() {
        assertThat(
                        classifier
                                .classify(new DocumentShare(9, 9), new DocumentShare(5, 5))
                                .orElseThrow())
                .isEqualTo(new Trend(TrendStatus.STEADY, 0.0));
    }

    @Test
    void settingsComeFromTheConfigAndNameTheKeyWhenWrong() {
        TrendSettings settings =
                TrendSettings.fromConfig(
                        ConfigFactory.parseMap(
                                Map.of("trend.min-documents", 5, "trend.z-threshold", 1.96)));
        assertThat(settings).isEqualTo(new TrendSettings(5, 1.96));

        assertThatThrownBy(() -> new TrendSettings(0, 2.58))
                .hasMessageContaining("trend.min-documents = 0");
        assertThatThrownBy(() -> new TrendSettings(3, -1))
                .hasMessageContaining("trend.z-threshold = -1.0");
    }

    @Test
    void aCountLargerThanItsBuildingIsRefused() {
        assertThatThrownBy(() -> new DocumentShare(5, 4)).hasMessageContaining("5 of 4");
    }
}
