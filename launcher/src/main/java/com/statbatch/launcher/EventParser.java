package com.statbatch.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.launcher.LaunchRequest.Trigger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * Tells the kinds of invocation apart and turns each launch into a {@link LaunchRequest}:
 * EventBridge scheduled events (the month before the event's time in Seoul), API Gateway proxy
 * events (REST or HTTP API) whose body is a month request, and manual invocations whose payload is
 * one. EMR "Step Status Change" events and the freshness check's {@code {"check":"freshness"}}
 * launch nothing; {@link StepStateChange} and {@link #freshnessCheckTime} read them.
 */
final class EventParser {

    /** A parsed event whose kind is known, so that a later error can be answered the right way. */
    record Envelope(Trigger trigger, JsonNode event) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENT_FORMS =
            "an EventBridge scheduled event, an EMR Step Status Change event, "
                    + FreshnessCheck.EVENT_FORM
                    + " or "
                    + MonthRequestParser.FORMS;

    private final MonthRequestParser months;

    EventParser(int maxRangeMonths) {
        this.months = new MonthRequestParser(maxRangeMonths);
    }

    static Envelope classify(byte[] raw) {
        JsonNode event = readJson("event", new String(raw, StandardCharsets.UTF_8), EVENT_FORMS);
        return new Envelope(triggerOf(event), event);
    }

    LaunchRequest parse(Envelope envelope, Instant now) {
        JsonNode event = envelope.event();
        return switch (envelope.trigger()) {
            case SCHEDULE ->
                    new LaunchRequest(
                            Trigger.SCHEDULE, List.of(StatPeriod.previousMonth(eventTime(event))));
            case API_GATEWAY ->
                    new LaunchRequest(
                            Trigger.API_GATEWAY, months.parse(apiGatewayBody(event), now));
            case MANUAL -> new LaunchRequest(Trigger.MANUAL, months.parse(event, now));
            case STEP_STATE_CHANGE, FRESHNESS_CHECK ->
                    throw new IllegalStateException(
                            envelope.trigger() + " events launch nothing; the handler routes them");
        };
    }

    /** The time of a freshness check event: its month to check is the one before, in Seoul. */
    static Instant freshnessCheckTime(JsonNode event) {
        return eventTime(event);
    }

    private static Trigger triggerOf(JsonNode event) {
        String detailType = event.path("detail-type").asText("");
        if ("Scheduled Event".equals(detailType)) {
            return Trigger.SCHEDULE;
        }
        if (StepStateChange.DETAIL_TYPE.equals(detailType)
                && StepStateChange.SOURCE.equals(event.path("source").asText(""))) {
            return Trigger.STEP_STATE_CHANGE;
        }
        if (FreshnessCheck.CHECK.equals(event.path("check").asText(null))) {
            return Trigger.FRESHNESS_CHECK;
        }
        // REST APIs (payload 1.0) carry httpMethod, HTTP APIs (payload 2.0) routeKey.
        if (event.has("requestContext") && (event.has("httpMethod") || event.has("routeKey"))) {
            return Trigger.API_GATEWAY;
        }
        return Trigger.MANUAL;
    }

    private static Instant eventTime(JsonNode event) {
        String time = event.path("time").asText("");
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new BadEventException(
                    "time",
                    "is '" + time + "', not an instant",
                    "ISO-8601 UTC as EventBridge sends it, e.g. 2026-10-31T16:00:00Z");
        }
    }

    private static JsonNode apiGatewayBody(JsonNode event) {
        JsonNode body = event.get("body");
        if (body == null || body.isNull() || body.asText().isBlank()) {
            throw new BadEventException(
                    "body", "is empty", "a JSON body " + MonthRequestParser.FORMS);
        }
        String text = body.asText();
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                text = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new BadEventException(
                        "body",
                        "is marked isBase64Encoded but is not Base64",
                        MonthRequestParser.FORMS);
            }
        }
        return readJson("body", text, MonthRequestParser.FORMS);
    }

    private static JsonNode readJson(String field, String text, String expected) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new BadEventException(field, "is empty", expected);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadEventException(
                    field, "is not JSON (" + e.getOriginalMessage() + ")", expected);
        }
    }
}
