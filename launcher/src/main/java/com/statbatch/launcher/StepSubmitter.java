package com.statbatch.launcher;

import java.util.Optional;
import software.amazon.awssdk.services.emr.model.StepConfig;

/** Where a month's step goes: the configured running cluster, or a transient cluster of its own. */
public interface StepSubmitter {

    /** A step of this name that EMR may still run, on the cluster this submitter would use. */
    Optional<EmrStep> findLive(String stepName);

    EmrStep submit(StepConfig step);
}
