package com.statbatch.job.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The portfolio's rising issues: every category (or term) that is NEW or RISING somewhere, the one
 * that rose in the most buildings first (then the most documents, then by name), each with its
 * buildings ordered by the size of the rise (share now minus share before, then documents).
 */
public final class RisingIssues {

    private static final Comparator<RisingIssue.Rise> LARGEST_RISE_FIRST =
            Comparator.comparingDouble((RisingIssue.Rise r) -> rise(r.line()))
                    .reversed()
                    .thenComparing(r -> r.line().documents(), Comparator.reverseOrder())
                    .thenComparingLong(RisingIssue.Rise::buildingId);

    private RisingIssues() {}

    public static List<RisingIssue> ofCategories(List<BuildingReport> buildings) {
        return collect(buildings, BuildingReport::categories);
    }

    public static List<RisingIssue> ofTerms(List<BuildingReport> buildings) {
        return collect(buildings, BuildingReport::termTrends);
    }

    private static List<RisingIssue> collect(
            List<BuildingReport> buildings, Function<BuildingReport, List<TrendLine>> lines) {
        Map<String, List<RisingIssue.Rise>> byLabel = new LinkedHashMap<>();
        for (BuildingReport building : buildings) {
            for (TrendLine line : lines.apply(building)) {
                if (line.status() != null && line.status().isRise()) {
                    byLabel.computeIfAbsent(line.label(), k -> new ArrayList<>())
                            .add(new RisingIssue.Rise(building.id(), building.name(), line));
                }
            }
        }
        return byLabel.entrySet().stream()
                .map(
                        e ->
                                new RisingIssue(
                                        e.getKey(),
                                        e.getValue().stream().sorted(LARGEST_RISE_FIRST).toList()))
                .sorted(
                        Comparator.comparingInt((RisingIssue i) -> i.buildings().size())
                                .reversed()
                                .thenComparing(RisingIssues::documents, Comparator.reverseOrder())
                                .thenComparing(RisingIssue::label))
                .toList();
    }

    private static double rise(TrendLine line) {
        return line.share() - (line.previousShare() == null ? 0.0 : line.previousShare());
    }

    private static long documents(RisingIssue issue) {
        return issue.buildings().stream().mapToLong(r -> r.line().documents()).sum();
    }
}
