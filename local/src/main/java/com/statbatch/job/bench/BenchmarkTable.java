package com.statbatch.job.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures as one table, with the targets beside them. */
final class BenchmarkTable {

    private final Map<String, Object> figures;

    BenchmarkTable(Map<String, Object> figures) {
        this.figures = figures;
    }

    @SuppressWarnings("unchecked")
    void print(PrintStream out) {
        Map<String, Object> runs = (Map<String, Object>) figures.get("runs");
        Map<String, Object> file = (Map<String, Object>) runs.get("file");
        Map<String, Object> jdbc = (Map<String, Object>) runs.get("jdbc");
        Map<String, Object> quarter = (Map<String, Object>) runs.get("file_quarter");
        Map<String, Object> oneCore = (Map<String, Object>) runs.get("file_1_core");
        String rawKey =
                figures.keySet().stream()
                        .filter(k -> k.matches("tokenizer_\\d+_threads_texts_per_s"))
                        .findFirst()
                        .orElseThrow();
        String ratioKey =
                file.keySet().stream()
                        .filter(k -> k.startsWith("ratio_to_raw"))
                        .findFirst()
                        .orElseThrow();

        out.println();
        out.printf(Locale.ROOT, "stat-batch benchmark: %s%n", figures.get("corpus"));
        out.printf(
                Locale.ROOT,
                "start-up (not in throughput): PostgreSQL %.1f s, SparkSession %.1f s%n",
                number(figures.get("postgres_start_s")),
                number(figures.get("spark_session_start_s")));
        out.printf(
                Locale.ROOT,
                "raw tokenizer: 1 thread %,.0f texts/s, %s %,.0f texts/s, %.2f keywords/text%n",
                number(figures.get("tokenizer_1_thread_texts_per_s")),
                rawKey.replaceAll("tokenizer_(\\d+)_.*", "$1 threads"),
                number(figures.get(rawKey)),
                number(figures.get("tokenizer_keywords_per_text")));
        out.printf(
                Locale.ROOT,
                "COPY load of the corpus into PostgreSQL: %,.0f texts/s%n%n",
                number(figures.get("postgres_copy_load_texts_per_s")));
        row(out, "", "file", "jdbc", "file 1/4", "file 1 core", "target");
        row(
                out,
                "documents",
                file.get("documents"),
                jdbc.get("documents"),
                quarter.get("documents"),
                oneCore.get("documents"),
                "");
        row(
                out,
                "seconds",
                file.get("seconds"),
                jdbc.get("seconds"),
                quarter.get("seconds"),
                oneCore.get("seconds"),
                "");
        row(
                out,
                "texts/s end-to-end",
                file.get("texts_per_s"),
                jdbc.get("texts_per_s"),
                quarter.get("texts_per_s"),
                oneCore.get("texts_per_s"),
                "");
        row(
                out,
                "ratio to raw tokenizer",
                file.get(ratioKey),
                jdbc.get(ratioKey),
                "",
                oneCore.get("ratio_to_raw_1_thread"),
                "file ≥ 0.80, jdbc ≥ 0.70");
        row(
                out,
                "read-only pass s",
                file.get("read_only_pass_s"),
                jdbc.get("read_only_pass_s"),
                quarter.get("read_only_pass_s"),
                oneCore.get("read_only_pass_s"),
                "");
        // Every stage the file run went through, in its order (write-db and write-report run side
        // by side).
        for (String stage : ((Map<String, Object>) file.get("stages_s")).keySet()) {
            row(
                    out,
                    "stage " + stage + " s",
                    stage(file, stage),
                    stage(jdbc, stage),
                    stage(quarter, stage),
                    stage(oneCore, stage),
                    "");
        }
        row(out, "keyword + building rows", sum(file), sum(jdbc), sum(quarter), sum(oneCore), "");
        row(
                out,
                "peak heap MB",
                file.get("peak_heap_mb"),
                jdbc.get("peak_heap_mb"),
                quarter.get("peak_heap_mb"),
                oneCore.get("peak_heap_mb"),
                "");
        row(
                out,
                "rows/s to PostgreSQL",
                file.get("db_rows_per_s"),
                jdbc.get("db_rows_per_s"),
                quarter.get("db_rows_per_s"),
                oneCore.get("db_rows_per_s"),
                "≥ 100,000");
        out.printf(
                Locale.ROOT,
                "%ndriver peak heap %.0f MB (max %.0f MB), target: runs at -Xmx768m%n",
                number(figures.get("driver_peak_heap_mb")),
                number(figures.get("driver_max_heap_mb")));
        out.printf(
                Locale.ROOT,
                "scaling time(whole) / (4 × time(quarter)) = %.2f, target ≤ 1.10%n",
                number(figures.get("scaling_whole_over_4x_quarter")));
        out.printf(
                Locale.ROOT,
                "speed-up time(1 core) / time(2 cores), file = %.2f, target ≥ 1.8%n",
                number(figures.get("speed_up_1_to_2_cores")));
    }

    @SuppressWarnings("unchecked")
    private static Object stage(Map<String, Object> run, String stage) {
        return ((Map<String, Object>) run.get("stages_s")).getOrDefault(stage, "");
    }

    private static long sum(Map<String, Object> run) {
        return ((Number) run.get("keyword_rows")).longValue()
                + ((Number) run.get("building_rows")).longValue();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static void row(PrintStream out, String label, Object... cells) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s", label));
        for (Object cell : cells) {
            String text =
                    cell instanceof Double d
                            ? String.format(Locale.ROOT, "%,.2f", d)
                            : cell instanceof Number n
                                    ? String.format(Locale.ROOT, "%,d", n.longValue())
                                    : String.valueOf(cell);
            line.append(String.format(Locale.ROOT, "%14s", text));
        }
        out.println(line.toString().stripTrailing());
    }
}
