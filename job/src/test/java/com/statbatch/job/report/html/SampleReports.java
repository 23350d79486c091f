package com.statbatch.job.report.html;

import com.statbatch.job.trend.TrendStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Report models for the tests: a small two-month portfolio, its first month, and a large one. */
public final class SampleReports {

    static final List<String> CATEGORIES =
            List.of(
                    "누수",
                    "소음",
                    "주차",
                    "엘리베이터",
                    "난방·온수",
                    "보안",
                    "청소·위생",
                    "분리수거",
                    "택배",
                    "관리비",
                    "관리사무소 칭찬",
                    "시설 고장");

    private SampleReports() {}

    static TrendLine line(
            String label, long docs, long of, Long prevDocs, Long prevOf, TrendStatus status) {
        return new TrendLine(
                label,
                docs,
                (double) docs / of,
                prevDocs,
                prevDocs == null ? null : (double) prevDocs / prevOf,
                status);
    }

    /** 2026-10 against 2026-09: a leak wave in 청솔 1단지, parking steady in 라온아파트. */
    public static ReportModel twoMonths() {
        BuildingReport cheongsol =
                new BuildingReport(
                        1001,
                        "청솔 1단지",
                        200,
                        180L,
                        List.of(
                                line("누수", 60, 200, 9L, 180L, TrendStatus.RISING),
                                line("소음", 20, 200, 22L, 180L, TrendStatus.STEADY),
                                line("택배", 5, 200, 0L, 180L, TrendStatus.NEW)),
                        List.of(
                                new TermValue("누수", 84),
                                new TermValue("천장", 41),
                                new TermValue("곰팡이", 30),
                                new TermValue("층간소음", 22)),
                        List.of(new TermValue("곰팡이", 12.5), new TermValue("천장", 8.25)),
                        List.of(
                                line("누수", 60, 200, 9L, 180L, TrendStatus.RISING),
                                line("곰팡이", 25, 200, null, 180L, TrendStatus.NEW),
                                line("주차장", 4, 200, 20L, 180L, TrendStatus.FALLING)));
        BuildingReport raon =
                new BuildingReport(
                        1002,
                        "라온아파트",
                        120,
                        130L,
                        List.of(
                                line("주차", 40, 120, 45L, 130L, TrendStatus.STEADY),
                                line("누수", 12, 120, 2L, 130L, TrendStatus.NEW)),
                        List.of(new TermValue("주차장", 50), new TermValue("차단기", 18)),
                        List.of(new TermValue("차단기", 9.75)),
                        List.of(line("차단기", 15, 120, 14L, 130L, TrendStatus.STEADY)));
        BuildingReport newcomer =
                new BuildingReport(
                        1003,
                        "<script>alert(1)</script> & 한빛",
                        30,
                        null,
                        List.of(line("엘리베이터", 10, 30, null, null, null)),
                        List.of(new TermValue("엘리베이터", 12)),
                        List.of(),
                        List.of());
        return new ReportModel(
                "2026-10",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31),
                "2026-09",
                350,
                List.of(
                        line("누수", 72, 350, 11L, 310L, TrendStatus.RISING),
                        line("주차", 40, 350, 45L, 310L, TrendStatus.STEADY),
                        line("소음", 20, 350, 22L, 310L, TrendStatus.STEADY),
                        line("엘리베이터", 10, 350, 0L, 310L, TrendStatus.NEW),
                        line("택배", 5, 350, 0L, 310L, TrendStatus.NEW)),
                List.of(raon, cheongsol, newcomer));
    }

    /** The same buildings in the first month there is: nothing to compare with. */
    public static ReportModel firstMonth() {
        ReportModel two = twoMonths();
        return new ReportModel(
                "2026-09",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30),
                null,
                two.documents(),
                two.categories().stream().map(SampleReports::withoutTrend).toList(),
                two.buildings().stream()
                        .map(
                                b ->
                                        new BuildingReport(
                                                b.id(),
                                                b.name(),
                                                b.documents(),
                                                null,
                                                b.categories().stream()
                                                        .map(SampleReports::withoutTrend)
                                                        .toList(),
                                                b.topTerms(),
                                                b.distinctiveTerms(),
                                                List.of()))
                        .toList());
    }

    private static TrendLine withoutTrend(TrendLine l) {
        return new TrendLine(l.label(), l.documents(), l.share(), null, null, null);
    }

    /**
     * A dense portfolio: every building with {@code terms} top and distinctive terms, every
     * category, and {@code terms} term trends, the most a report holds per building.
     */
    static ReportModel dense(int buildings, int terms) {
        Random random = new Random(20150801);
        TrendStatus[] statuses = TrendStatus.values();
        List<BuildingReport> reports = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < buildings; i++) {
            long docs = 20 + random.nextInt(2000);
            total += docs;
            List<TrendLine> categories = new ArrayList<>();
            for (String c : CATEGORIES) {
                long d = 1 + random.nextInt((int) docs);
                categories.add(
                        line(c, d, docs, (long) random.nextInt((int) docs), docs, statuses[i % 4]));
            }
            List<TermValue> top = new ArrayList<>();
            List<TermValue> distinctive = new ArrayList<>();
            List<TrendLine> trends = new ArrayList<>();
            for (int t = 0; t < terms; t++) {
                String term = "용어" + random.nextInt(5000);
                top.add(new TermValue(term, 1 + random.nextInt(3000)));
                distinctive.add(new TermValue(term + "길", random.nextDouble() * 40));
                trends.add(
                        line(
                                term,
                                1 + random.nextInt((int) docs),
                                docs,
                                (long) random.nextInt((int) docs),
                                docs,
                                statuses[t % 4]));
            }
            reports.add(
                    new BuildingReport(
                            100_000 + i,
                            "건물 " + i + "동 " + "한빛마을아파트".substring(0, 1 + i % 7),
                            docs,
                            docs - 5,
                            categories,
                            top,
                            distinctive,
                            trends));
        }
        long documents = total;
        return new ReportModel(
                "2015-08",
                LocalDate.of(2015, 8, 1),
                LocalDate.of(2015, 8, 31),
                "2015-07",
                documents,
                CATEGORIES.stream()
                        .map(
                                c ->
                                        line(
                                                c,
                                                documents / 10,
                                                documents,
                                                documents / 12,
                                                documents,
                                                TrendStatus.RISING))
                        .toList(),
                reports);
    }
}
