package com.statbatch.job.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.period.StatPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DemoCorpusTest {

    static final StatPeriod OCTOBER = StatPeriod.ofMonth(YearMonth.of(2026, 10));

    static List<DemoText> october(long seed, int buildings, int texts) {
        DemoCorpus corpus = new DemoCorpus(seed);
        return corpus.texts(corpus.buildings(buildings), OCTOBER, texts);
    }

    @Test
    void theSameSeedGivesTheSameBuildingsAndTexts() {
        assertThat(new DemoCorpus(7).buildings(20)).isEqualTo(new DemoCorpus(7).buildings(20));
        assertThat(october(7, 12, 2000)).isEqualTo(october(7, 12, 2000));
    }

    @Test
    void anotherSeedGivesOtherTexts() {
        assertThat(october(8, 12, 500)).isNotEqualTo(october(7, 12, 500));
        assertThat(new DemoCorpus(8).buildings(5)).isNotEqualTo(new DemoCorpus(7).buildings(5));
    }

    @Test
    void buildingsHaveConsecutiveIdsAndDistinctKoreanNamesAndSeoulAddresses() {
        List<DemoBuilding> buildings = new DemoCorpus(42).buildings(200);

        assertThat(buildings)
                .extracting(DemoBuilding::id)
                .containsExactlyElementsOf(LongStream.range(1001, 1201).boxed().toList());
        assertThat(buildings)
                .extracting(DemoBuilding::name)
                .doesNotHaveDuplicates()
                .allMatch(
                        name ->
                                name.codePoints()
                                        .anyMatch(
                                                c ->
                                                        Character.UnicodeScript.of(c)
                                                                == Character.UnicodeScript.HANGUL));
        assertThat(buildings)
                .extracting(DemoBuilding::address)
                .allMatch(a -> a.startsWith("서울특별시 "));
    }

    @Test
    void givesExactlyTheRequestedTextsOrderedByTimeWithIncreasingIds() {
        List<DemoText> texts = october(42, 12, 2000);

        assertThat(texts).hasSize(2000);
        long firstId = LocalDate.of(2026, 10, 1).toEpochDay() * DemoCorpus.MAX_TEXTS + 1;
        assertThat(texts.get(0).id()).isEqualTo(firstId);
        assertThat(texts.get(1999).id()).isEqualTo(firstId + 1999);
        assertThat(texts).isSortedAccordingTo((a, b) -> a.createdAt().compareTo(b.createdAt()));
        assertThat(october(42, 12, 0)).isEmpty();
    }

    @Test
    void everyTimestampIsInsideTheMonthAndTheMonthsEdgesAreHitExactly() {
        List<DemoText> texts = october(42, 12, 2000);
        Instant first = Instant.parse("2026-09-30T15:00:00Z");
        Instant lastMilli = Instant.parse("2026-10-31T14:59:59.999Z");

        assertThat(texts).allMatch(t -> OCTOBER.contains(t.createdAt()));
        assertThat(texts.get(0).createdAt()).isEqualTo(first);
        assertThat(texts.get(texts.size() - 1).createdAt()).isEqualTo(lastMilli);
    }

    @Test
    void customRangesAndTheYearEndAreHonouredToo() {
        DemoCorpus corpus = new DemoCorpus(3);
        List<DemoBuilding> buildings = corpus.buildings(3);
        StatPeriod december = StatPeriod.ofMonth(YearMonth.of(2026, 12));
        StatPeriod days = StatPeriod.ofDays(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12));

        List<DemoText> inDecember = corpus.texts(buildings, december, 300);
        List<DemoText> inDays = corpus.texts(buildings, days, 300);

        assertThat(inDecember)
                .allMatch(t -> december.contains(t.createdAt()))
                .last()
                .extracting(DemoText::createdAt)
                .isEqualTo(Instant.parse("2026-12-31T14:59:59.999Z"));
        assertThat(inDays)
                .allMatch(t -> days.contains(t.createdAt()))
                .first()
                .extracting(DemoText::createdAt)
                .isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
    }

    @Test
    void textsCarryTheNoiseRealInputHas() {
        List<DemoText> texts = october(42, 12, 2000);
        List<String> bodies = texts.stream().map(DemoText::body).toList();

        assertThat(bodies).filteredOn(String::isBlank).hasSizeBetween(10, 60);
        assertThat(bodies).filteredOn(b -> b.length() >= DemoCorpus.LONG_TEXT_CHARS).hasSize(3);
        assertThat(bodies).filteredOn(b -> b.codePoints().anyMatch(c -> c >= 0x1F300)).isNotEmpty();
        assertThat(bodies).filteredOn(b -> b.matches(".*[A-Za-z]{2,}.*")).isNotEmpty();
        assertThat(texts)
                .filteredOn(t -> t.buildingId() == DemoCorpus.UNREGISTERED_BUILDING_ID)
                .isNotEmpty();
    }

    @Test
    void wordsAppearInSeveralSpellings() {
        String all = String.join("\n", october(42, 12, 2000).stream().map(DemoText::body).toList());

        assertThat(all)
                .contains(
                        "엘리베이터", "엘레베이터", "승강기", "주차장", "주차 공간", "층간소음", "층간 소음", "누수", "관리비", "택배",
                        "분리수거", "난방", "청소", "CCTV");
        assertThat(all).contains("어요", "습니다", "고장남");
    }

    @Test
    void everyBuildingGetsTextsAndTheFirstBuildingsAreBusier() {
        List<DemoText> texts = october(42, 12, 2000);

        assertThat(texts).extracting(DemoText::buildingId).contains(1001L, 1012L);
        long first = texts.stream().filter(t -> t.buildingId() == 1001).count();
        long last = texts.stream().filter(t -> t.buildingId() == 1012).count();
        assertThat(first).isGreaterThan(2 * last);
    }

    @Test
    void countsTheDemoCannotGenerateAreRejectedNamingTheFlag() {
        assertThatThrownBy(() -> DemoCorpus.checkCounts(0, 10))
                .hasMessageContaining("--buildings 0");
        assertThatThrownBy(() -> DemoCorpus.checkCounts(3, -1)).hasMessageContaining("--docs -1");
        assertThatThrownBy(() -> DemoCorpus.checkCounts(3, 10_000_001))
                .hasMessageContaining("--docs 10000001");
    }
}
