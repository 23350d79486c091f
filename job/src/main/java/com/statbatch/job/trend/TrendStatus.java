package com.statbatch.job.trend;

/** How a building's term or category moved against the previous period. */
public enum TrendStatus {
    /** Fewer than the minimum documents last period, at least the minimum now. */
    NEW("신규"),
    /** The share of the building's documents grew significantly. */
    RISING("증가"),
    /** The share of the building's documents shrank significantly. */
    FALLING("감소"),
    /** Present in both periods, no significant change of share. */
    STEADY("유지");

    private final String korean;

    TrendStatus(String korean) {
        this.korean = korean;
    }

    /** The word the report and the notification show. */
    public String korean() {
        return korean;
    }

    /** NEW and RISING: what a property manager is told about. */
    public boolean isRise() {
        return this == NEW || this == RISING;
    }
}
