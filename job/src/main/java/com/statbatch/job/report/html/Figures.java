package com.statbatch.job.report.html;

import java.util.Locale;

/** How numbers read in the report and the notification: 1,234건, 32.1%, 5.0% → 20.0%. */
public final class Figures {

    private Figures() {}

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share in [0, 1] as a percentage with one decimal. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** "5.0% → 20.0%", or just the share now when last period has no count for it. */
    public static String shareChange(TrendLine line) {
        return line.previousShare() == null
                ? percent(line.share())
                : percent(line.previousShare()) + " → " + percent(line.share());
    }
}
