package com.statbatch.job.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The readable summary a run prints at the end: counts, stage times, the busiest buildings. */
public final class SummaryText {

    /** What an empty distinctive list means, printed instead of padding it with common words. */
    static final String NOTHING_STANDS_OUT = "(nothing stands out)";

    private SummaryText() {}

    public static String format(RunSummary s) {
        StringBuilder out = new StringBuilder();
        out.append(s.dryRun() ? "DRY RUN (nothing written) " : "")
                .append("stat-batch ")
                .append(s.period().label())
                .append(" [")
                .append(s.period().start())
                .append(" .. ")
                .append(s.period().lastDay())
                .append(", Asia/Seoul]  run ")
                .append(s.runId())
                .append('\n');
        out.append("  source              ").append(s.source()).append('\n');
        out.append("  documents           ").append(s.counts().documents()).append('\n');
        out.append("  buildings           ").append(s.counts().buildings()).append('\n');
        out.append("  keyword rows        ").append(s.counts().keywords()).append('\n');
        out.append("  skipped rows        ").append(s.counts().skippedTotal());
        if (!s.counts().skippedRows().isEmpty()) {
            out.append(' ').append(new TreeMap<>(s.counts().skippedRows()));
        }
        out.append('\n');
        out.append("  unknown buildings   ")
                .append(s.unknownBuildings())
                .append(" (")
                .append(s.counts().unknownBuildingDocuments())
                .append(" documents)\n");
        out.append("  truncated texts     ").append(s.counts().truncatedDocuments()).append('\n');
        out.append("  ")
                .append(s.dryRun() ? "would write         " : "report              ")
                .append(s.keywordsCsv())
                .append('\n');
        out.append("                      ").append(s.buildingsCsv()).append('\n');
        out.append("  time                ").append(seconds(s.total()));
        for (Map.Entry<String, Duration> stage : s.stageTimes().entrySet()) {
            out.append("  ").append(stage.getKey()).append('=').append(seconds(stage.getValue()));
        }
        out.append("\n\n");
        if (!s.busiestBuildings().isEmpty()) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "  %-12s %s %9s  %s%n",
                            "building",
                            TerminalColumns.padRight("name", 24),
                            "documents",
                            "top keywords (most said, then distinctive)"));
            for (BuildingPreview b : s.busiestBuildings()) {
                out.append(
                        String.format(
                                Locale.ROOT,
                                "  %-12d %s %9d  %s%n",
                                b.buildingId(),
                                TerminalColumns.padRight(b.name(), 24),
                                b.documents(),
                                b.topTerms()));
                out.append(
                        String.format(
                                Locale.ROOT,
                                "  %-12s %s %9s  distinctive: %s%n",
                                "",
                                TerminalColumns.padRight("", 24),
                                "",
                                b.distinctiveTerms().isEmpty()
                                        ? NOTHING_STANDS_OUT
                                        : b.distinctiveTerms()));
            }
        }
        return out.toString();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
