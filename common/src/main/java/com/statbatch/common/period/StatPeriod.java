package com.statbatch.common.period;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * A statistics period: whole calendar days in {@link #ZONE}, start inclusive, end exclusive, so a
 * month is the instant range [first day 00:00 KST, first day of the next month 00:00 KST).
 */
public record StatPeriod(Type type, LocalDate start, LocalDate endExclusive) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    public enum Type {
        MONTH,
        CUSTOM
    }

    public StatPeriod {
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException(
                    "Period end " + endExclusive + " must be after its start " + start);
        }
        if (type == Type.MONTH
                && !(start.getDayOfMonth() == 1 && endExclusive.equals(start.plusMonths(1)))) {
            throw new IllegalArgumentException(
                    "A MONTH period must cover one calendar month, got "
                            + start
                            + ".."
                            + endExclusive);
        }
    }

    public static StatPeriod ofMonth(YearMonth month) {
        return new StatPeriod(Type.MONTH, month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** A custom range of whole days, both ends inclusive as a user writes them. */
    public static StatPeriod ofDays(LocalDate from, LocalDate toInclusive) {
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException(
                    "Range --from "
                            + from
                            + " --to "
                            + toInclusive
                            + " ends before it starts; --to is the last day included.");
        }
        LocalDate end = toInclusive.plusDays(1);
        boolean wholeMonth = from.getDayOfMonth() == 1 && end.equals(from.plusMonths(1));
        return new StatPeriod(wholeMonth ? Type.MONTH : Type.CUSTOM, from, end);
    }

    /**
     * The month before the one that contains {@code now} in Seoul: what the monthly run analyses.
     */
    public static StatPeriod previousMonth(Instant now) {
        return ofMonth(YearMonth.from(now.atZone(ZONE)).minusMonths(1));
    }

    /** Parses YYYY-MM, naming the value and the expected form when it is not one. */
    public static YearMonth parseMonth(String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a month; expected YYYY-MM, e.g. 2026-09");
        }
    }

    /** Parses YYYY-MM-DD, naming the value and the expected form when it is not one. */
    public static LocalDate parseDay(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2026-09-30");
        }
    }

    public Instant startInstant() {
        return start.atStartOfDay(ZONE).toInstant();
    }

    public Instant endInstant() {
        return endExclusive.atStartOfDay(ZONE).toInstant();
    }

    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
    }

    /** 2026-10 for a month, 2026-01-01_2026-06-30 for a custom range. */
    public String label() {
        return type == Type.MONTH ? YearMonth.from(start).toString() : start + "_" + lastDay();
    }

    /** The report folder name: first and last day, e.g. 2026-10-01_2026-10-31. */
    public String reportKey() {
        return start + "_" + lastDay();
    }

    public ZonedDateTime startInZone() {
        return start.atStartOfDay(ZONE);
    }

    @Override
    public String toString() {
        return label() + " [" + startInstant() + ", " + endInstant() + ")";
    }
}
