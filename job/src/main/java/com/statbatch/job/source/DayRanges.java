package com.statbatch.job.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Cuts a period into contiguous day ranges holding about the same number of rows, so that parallel
 * JDBC reads (and the tokenizer tasks behind them) get equal work even when the data is skewed in
 * time, as real months with a busy week and multi-year backfills are.
 */
public final class DayRanges {

    /** Days [start, endExclusive). */
    public record Range(LocalDate start, LocalDate endExclusive) {}

    private DayRanges() {}

    /**
     * @param rowsPerDay rows per day of the period (days without rows may be absent)
     * @return at most {@code parts} ranges that together cover [start, endExclusive) without
     *     overlap
     */
    public static List<Range> balance(
            SortedMap<LocalDate, Long> rowsPerDay,
            LocalDate start,
            LocalDate endExclusive,
            int parts) {
        long total = rowsPerDay.values().stream().mapToLong(Long::longValue).sum();
        List<Range> ranges = new ArrayList<>();
        if (total == 0 || parts == 1) {
            ranges.add(new Range(start, endExclusive));
            return ranges;
        }
        LocalDate rangeStart = start;
        long seen = 0;
        for (Map.Entry<LocalDate, Long> day : rowsPerDay.entrySet()) {
            seen += day.getValue();
            LocalDate next = day.getKey().plusDays(1);
            boolean filled = seen >= total * (ranges.size() + 1) / parts;
            if (filled && ranges.size() < parts - 1 && next.isBefore(endExclusive)) {
                ranges.add(new Range(rangeStart, next));
                rangeStart = next;
            }
        }
        ranges.add(new Range(rangeStart, endExclusive));
        return ranges;
    }
}
