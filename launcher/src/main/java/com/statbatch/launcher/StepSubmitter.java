package com.statbatch.launcher;

import com.statbatch.common.period.StatPeriod;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.emr.model.StepConfig;

/** Where a month's step goes: the configured running cluster, or a transient cluster of its own. */
public interface StepSubmitter {

    /** The cluster a new step goes to, when it is known before submitting. */
    Optional<String> knownCluster();

    /** A step of this period that EMR may still run, found on the cluster without any run row. */
    Optional<EmrStep> findLive(StatPeriod period);

    /** The cluster an earlier invocation sent the step of this name to, around submittedAt. */
    Optional<String> findCluster(String stepName, Instant submittedAt);

    /**
     * Submits the step. The step id is null when EMR answered with the cluster only (RunJobFlow);
     * the step is then found by its name.
     */
    EmrStep submit(StepConfig step);
}
