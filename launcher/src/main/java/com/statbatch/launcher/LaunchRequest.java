package com.statbatch.launcher;

import com.statbatch.common.period.StatPeriod;
import java.util.List;

/**
 * What one invocation asks for: the months to launch, oldest first, and who asked. The trigger also
 * names the two kinds of event that launch nothing: an EMR step that ended badly and the monthly
 * freshness check.
 */
public record LaunchRequest(Trigger trigger, List<StatPeriod> periods) {

    public enum Trigger {
        SCHEDULE,
        MANUAL,
        API_GATEWAY,
        STEP_STATE_CHANGE,
        FRESHNESS_CHECK
    }

    public LaunchRequest {
        periods = List.copyOf(periods);
    }
}
