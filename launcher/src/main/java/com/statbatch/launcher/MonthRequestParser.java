package com.statbatch.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.common.period.StatPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body of a manual or API Gateway request: {"period":"2026-09"}, a range of months
 * {"from":"2026-01","to":"2026-06"} (one step per month) or a custom range of days
 * {"from":"2026-01-01","to":"2026-06-30"} (one step for the whole range, --to included).
 */
final class MonthRequestParser {

    static final String FORMS =
            "{\"period\":\"YYYY-MM\"}, {\"from\":\"YYYY-MM\",\"to\":\"YYYY-MM\"}"
                    + " or {\"from\":\"YYYY-MM-DD\",\"to\":\"YYYY-MM-DD\"}";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> FIELDS = Set.of("period", "from", "to");

    private final int maxRangeMonths;

    MonthRequestParser(int maxRangeMonths) {
        this.maxRangeMonths = maxRangeMonths;
    }

    /** The months asked for, oldest first; {@code now} decides which months have ended. */
    List<StatPeriod> parse(JsonNode body, Instant now) {
        if (body == null || !body.isObject()) {
            throw new BadEventException(
                    "body", "is " + describe(body) + ", not a JSON object", FORMS);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new BadEventException(name, "is not a known field", FORMS);
            }
        }
        if (body.has("period")) {
            if (body.has("from") || body.has("to")) {
                throw new BadEventException("period", "cannot be combined with from/to", FORMS);
            }
            YearMonth month = month(body, "period");
            requireEnded("period", month, now);
            return List.of(StatPeriod.ofMonth(month));
        }
        if (body.has("from") || body.has("to")) {
            return isDay(body.get("from"))
                    ? List.of(days(day(body, "from"), day(body, "to"), now))
                    : range(month(body, "from"), month(body, "to"), now);
        }
        throw new BadEventException("period", "is missing", FORMS);
    }

    private List<StatPeriod> range(YearMonth from, YearMonth to, Instant now) {
        if (to.isBefore(from)) {
            throw new BadEventException(
                    "to",
                    "is " + to + ", before from " + from,
                    "a month on or after from, e.g. {\"from\":\""
                            + from
                            + "\",\"to\":\""
                            + from
                            + "\"}");
        }
        long months = from.until(to, ChronoUnit.MONTHS) + 1;
        if (months > maxRangeMonths) {
            throw overTheLimit(
                    "makes the range " + from + ".." + to + " " + months + " months long");
        }
        requireEnded("to", to, now);
        List<StatPeriod> periods = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            periods.add(StatPeriod.ofMonth(month));
        }
        return periods;
    }

    private StatPeriod days(LocalDate from, LocalDate to, Instant now) {
        if (to.isBefore(from)) {
            throw new BadEventException(
                    "to",
                    "is " + to + ", before from " + from,
                    "a day on or after from (to is the last day included)");
        }
        if (from.plusMonths(maxRangeMonths).isBefore(to.plusDays(1))) {
            throw overTheLimit("makes the range " + from + ".." + to + " longer than that");
        }
        StatPeriod period = StatPeriod.ofDays(from, to);
        if (period.endInstant().isAfter(now)) {
            throw new BadEventException(
                    "to",
                    "is "
                            + to
                            + ", which has not ended yet in "
                            + StatPeriod.ZONE
                            + " (now "
                            + now.atZone(StatPeriod.ZONE).toLocalDate()
                            + ")",
                    "a day before " + now.atZone(StatPeriod.ZONE).toLocalDate());
        }
        return period;
    }

    private BadEventException overTheLimit(String problem) {
        return new BadEventException(
                "to",
                problem
                        + ", over the limit of "
                        + maxRangeMonths
                        + " months (launcher.max-range-months)",
                "at most " + maxRangeMonths + " months per invocation; split the range");
    }

    private static boolean isDay(JsonNode value) {
        return value != null && value.isTextual() && DAY.matcher(value.asText().trim()).matches();
    }

    private static LocalDate day(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (!isDay(value)) {
            throw new BadEventException(
                    field,
                    "is " + describe(value),
                    "a day YYYY-MM-DD like from, e.g. \"2026-06-30\"");
        }
        try {
            return StatPeriod.parseDay(value.asText());
        } catch (IllegalArgumentException e) {
            throw new BadEventException(
                    field,
                    "is '" + value.asText() + "', not a date",
                    "YYYY-MM-DD, e.g. 2026-06-30");
        }
    }

    private static YearMonth month(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadEventException(
                    field, "is " + describe(value), "a string YYYY-MM, e.g. \"2026-09\"");
        }
        try {
            return StatPeriod.parseMonth(value.asText());
        } catch (IllegalArgumentException e) {
            throw new BadEventException(
                    field, "is '" + value.asText() + "', not a month", "YYYY-MM, e.g. 2026-09");
        }
    }

    /** A month still under way in Seoul would give partial statistics. */
    private static void requireEnded(String field, YearMonth month, Instant now) {
        StatPeriod period = StatPeriod.ofMonth(month);
        if (period.endInstant().isAfter(now)) {
            YearMonth latest = YearMonth.from(StatPeriod.previousMonth(now).start());
            throw new BadEventException(
                    field,
                    "is "
                            + month
                            + ", which has not ended yet in "
                            + StatPeriod.ZONE
                            + " (now "
                            + now.atZone(StatPeriod.ZONE).toLocalDate()
                            + ")",
                    "a month up to " + latest);
        }
    }

    private static String describe(JsonNode node) {
        return node == null || node.isMissingNode()
                ? "missing"
                : node.isNull() ? "null" : node.toString();
    }
}
