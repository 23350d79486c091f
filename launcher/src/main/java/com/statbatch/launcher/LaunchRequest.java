package com.statbatch.launcher;

import com.statbatch.common.period.StatPeriod;
import java.util.List;

/** What one invocation asks for: the months to launch, oldest first, and who asked. */
public record LaunchRequest(Trigger trigger, List<StatPeriod> periods) {

    public enum Trigger {
        SCHEDULE,
        MANUAL,
        API_GATEWAY
    }

    public LaunchRequest {
        periods = List.copyOf(periods);
    }
}
