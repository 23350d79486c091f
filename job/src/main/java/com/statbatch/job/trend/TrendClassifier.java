package com.statbatch.job.trend;

import java.io.Serializable;
import java.util.Optional;

/**
 * Classifies a building's term or category against the previous period: NEW when it was below the
 * minimum document count last period and reaches it now; otherwise RISING / FALLING when the
 * two-proportion z-test ({@link TwoProportionZTest}) finds the share changed beyond the threshold,
 * else STEADY. No trend when the building has no documents in one of the periods (nothing to
 * compare) or when the count is below the minimum in both (too rare to say anything).
 */
public final class TrendClassifier implements Serializable {

    private final TrendSettings settings;

    public TrendClassifier(TrendSettings settings) {
        this.settings = settings;
    }

    /**
     * @param before last period's count in the same building; a term whose row was not kept last
     *     period (fewer than the minimum documents) is passed with 0 documents
     */
    public Optional<Trend> classify(DocumentShare now, DocumentShare before) {
        if (now.buildingDocuments() == 0 || before.buildingDocuments() == 0) {
            return Optional.empty();
        }
        boolean presentNow = now.documents() >= settings.minDocuments();
        boolean presentBefore = before.documents() >= settings.minDocuments();
        if (!presentNow && !presentBefore) {
            return Optional.empty();
        }
        double z = TwoProportionZTest.z(now, before);
        TrendStatus status;
        if (!presentBefore) {
            status = TrendStatus.NEW;
        } else if (z >= settings.zThreshold()) {
            status = TrendStatus.RISING;
        } else if (z <= -settings.zThreshold()) {
            status = TrendStatus.FALLING;
        } else {
            status = TrendStatus.STEADY;
        }
        return Optional.of(new Trend(status, z));
    }
}
