package com.statbatch.launcher;

import com.statbatch.common.period.StatPeriod;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Run ids and the names of their EMR steps. The step name carries the run id, so an invocation can
 * find the step of a run whose launcher stopped before recording the step id; the run id starts
 * with the period's label, so the steps of a period can be told from those of another.
 */
final class StepNames {

    private static final String PREFIX = SparkSubmitCommand.STEP_NAME_PREFIX;
    private static final int RANDOM_CHARS = 36;

    private static final Pattern RANDOM_PART =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StepNames() {}

    static String newRunId(StatPeriod period) {
        return period.label() + "-" + UUID.randomUUID();
    }

    static String of(String runId) {
        return PREFIX + runId;
    }

    /**
     * The period label of a step the launcher submitted, or empty for someone else's step. Steps
     * were named after the label alone before they carried their run id; both are read.
     */
    static Optional<String> periodLabel(String stepName) {
        if (stepName == null
                || !stepName.startsWith(PREFIX)
                || stepName.length() == PREFIX.length()) {
            return Optional.empty();
        }
        String rest = stepName.substring(PREFIX.length());
        int dash = rest.length() - RANDOM_CHARS - 1;
        boolean withRunId =
                dash > 0
                        && rest.charAt(dash) == '-'
                        && RANDOM_PART.matcher(rest.substring(dash + 1)).matches();
        return Optional.of(withRunId ? rest.substring(0, dash) : rest);
    }

    /** Whether a step of this name runs this period (a month's label starts a custom range's). */
    static boolean isStepOf(String stepName, StatPeriod period) {
        return periodLabel(stepName).filter(period.label()::equals).isPresent();
    }
}
