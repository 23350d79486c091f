package com.statbatch.launcher;

import software.amazon.awssdk.services.emr.model.StepState;

/** A step on an EMR cluster and the state EMR last reported for it. */
public record EmrStep(String clusterId, String stepId, StepState state) {

    /**
     * PENDING, CANCEL_PENDING and RUNNING may still run the job; a state newer than this SDK counts
     * too.
     */
    public boolean mayStillRun() {
        return switch (state) {
            case COMPLETED, CANCELLED, FAILED, INTERRUPTED -> false;
            default -> true;
        };
    }
}
