package com.statbatch.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.emr.model.StepState;

/**
 * An EMR "Step Status Change" event as EventBridge delivers it: which step, on which cluster, in
 * which state, and EMR's message. The stack's rule forwards only this project's steps in FAILED,
 * CANCELLED or INTERRUPTED; the launcher checks both again, since anyone may invoke it.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-service-limits-cloudwatch-events.html">the
 *     documented event</a>
 */
record StepStateChange(
        String clusterId, String stepId, String name, String state, String message, String time) {

    static final String SOURCE = "aws.emr";
    static final String DETAIL_TYPE = "EMR Step Status Change";

    /** The states in which a step has ended without the job's success. */
    static final Set<String> FAILED_STATES =
            Set.of(
                    StepState.FAILED.toString(),
                    StepState.CANCELLED.toString(),
                    StepState.INTERRUPTED.toString());

    private static final String EXPECTED =
            "an EMR Step Status Change event with detail.clusterId, detail.stepId, detail.name and detail.state";

    static StepStateChange from(JsonNode event) {
        JsonNode detail = event.path("detail");
        return new StepStateChange(
                required(detail, "clusterId"),
                required(detail, "stepId"),
                required(detail, "name"),
                required(detail, "state"),
                detail.path("message").asText(""),
                event.path("time").asText(""));
    }

    /**
     * The period label of a step the launcher submitted ({@code stat-batch-2026-10-<uuid>}), or
     * empty for someone else's step.
     */
    Optional<String> period() {
        return StepNames.periodLabel(name);
    }

    boolean isFailure() {
        return FAILED_STATES.contains(state);
    }

    private static String required(JsonNode detail, String field) {
        String value = detail.path(field).asText("");
        if (value.isBlank()) {
            throw new BadEventException("detail." + field, "is missing", EXPECTED);
        }
        return value;
    }
}
