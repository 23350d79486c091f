package com.statbatch.job.trend;

/**
 * The two-proportion z-test with a pooled variance: z = (p1 - p0) / sqrt(p (1 - p) (1/n1 + 1/n0)),
 * where p1 = x1/n1 and p0 = x0/n0 are the two shares and p = (x1 + x0) / (n1 + n0) the pooled one
 * (e.g. Agresti, <i>Categorical Data Analysis</i>, 3rd ed., section 3.1; NIST/SEMATECH e-Handbook
 * of Statistical Methods, 7.3.3). Under "no change" z is approximately standard normal once both
 * samples hold a few documents with and without the term, which the trend's minimum document count
 * sees to.
 */
public final class TwoProportionZTest {

    private TwoProportionZTest() {}

    /**
     * Positive when the share grew from {@code before} to {@code now}; 0 when both shares are equal
     * or the pooled share is 0 or 1 (no variance, nothing to test).
     */
    public static double z(DocumentShare now, DocumentShare before) {
        long n1 = now.buildingDocuments();
        long n0 = before.buildingDocuments();
        if (n1 == 0 || n0 == 0) {
            throw new IllegalArgumentException(
                    "The z-test needs documents in both periods, got "
                            + n1
                            + " now and "
                            + n0
                            + " before");
        }
        double pooled = (double) (now.documents() + before.documents()) / (n1 + n0);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n0);
        if (variance <= 0) {
            return 0.0;
        }
        return (now.share() - before.share()) / Math.sqrt(variance);
    }
}
