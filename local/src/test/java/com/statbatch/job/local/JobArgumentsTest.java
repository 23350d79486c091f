package com.statbatch.job.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.db.DbSettings;
import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class JobArgumentsTest {

    /** 2026-11-01 00:30 in Seoul, still October 31st in UTC. */
    static final Clock NOVEMBER_FIRST_KST =
            Clock.fixed(Instant.parse("2026-10-31T15:30:00Z"), ZoneOffset.UTC);

    static final DbSettings DB =
            new DbSettings("jdbc:postgresql://localhost:5999/postgres", "postgres", "secret");

    static JobArguments user(
            List<String> range, List<String> input, Path config, List<String> settings) {
        return JobArguments.fromUser(range, input, config, settings, NOVEMBER_FIRST_KST);
    }

    @Test
    void withoutPeriodFlagsThePreviousMonthInSeoulIsPinnedOnTheCommandLine() {
        JobArguments args = user(List.of(), List.of(), null, List.of());

        assertThat(args.toArray()).containsExactly("--period", "2026-10");
        assertThat(args.period(NOVEMBER_FIRST_KST).label()).isEqualTo("2026-10");
    }

    @Test
    void aCustomRangeIsPassedAsGiven() {
        JobArguments args =
                user(
                        List.of("--from", "2015-01-01", "--to", "2015-08-31"),
                        List.of(),
                        null,
                        List.of());

        assertThat(args.period(NOVEMBER_FIRST_KST).label()).isEqualTo("2015-01-01_2015-08-31");
    }

    @Test
    void theLocalRunAddsItsDatabaseReportDirectoryLogNotifierCoresAndRunId() {
        JobArguments args =
                user(List.of("--period", "2026-09"), List.of(), null, List.of())
                        .forLocalRun(DB, Path.of("out"), "local-1", 2);
        Config config = args.config();

        assertThat(config.getString("db.url")).isEqualTo(DB.url());
        assertThat(config.getString("db.user")).isEqualTo("postgres");
        assertThat(config.getString("db.password")).isEqualTo("secret");
        assertThat(config.getString("report.prefix"))
                .isEqualTo(Path.of("out").toAbsolutePath().toString());
        assertThat(config.getString("notify.sns-topic-arn")).isEmpty();
        assertThat(config.getInt("analysis.shuffle-partitions")).isEqualTo(4);
        assertThat(String.join(" ", args.toArray()))
                .startsWith("--period 2026-09 ")
                .endsWith(" --run-id local-1");
        assertThat(args.readsFiles()).isFalse();
    }

    @Test
    void theUsersSettingsWinOverTheLocalRunsChoices() {
        JobArguments args =
                user(
                                List.of(),
                                List.of(),
                                null,
                                List.of("analysis.shuffle-partitions=3", "analysis.top-k=5"))
                        .forLocalRun(DB, Path.of("out"), "local-1", 2);

        assertThat(args.config().getInt("analysis.shuffle-partitions")).isEqualTo(3);
        assertThat(args.config().getInt("analysis.top-k")).isEqualTo(5);
    }

    @Test
    void anInputFileSwitchesTheJobToTheFileSource() {
        JobArguments args =
                user(
                        List.of("--period", "2015-08"),
                        List.of(
                                "--source",
                                "files",
                                "--input",
                                "corpus.jsonl.gz",
                                "--format",
                                "jsonl"),
                        null,
                        List.of());

        assertThat(args.readsFiles()).isTrue();
        assertThat(args.config().getString("source.files.input")).isEqualTo("corpus.jsonl.gz");
    }

    @Test
    void theCorpusExampleConfigurationReadsJsonLinesWithDocIds() {
        JobArguments args =
                user(
                        List.of("--period", "2015-08"),
                        List.of("--input", "x.jsonl.gz"),
                        Path.of("..", "conf", "examples", "nsmc-corpus.conf"),
                        List.of());

        assertThat(args.readsFiles()).isTrue();
        assertThat(args.config().getString("source.id-column")).isEqualTo("doc_id");
        assertThat(args.config().getString("source.files.format")).isEqualTo("jsonl");
    }

    @Test
    void flagsTheJobWouldRejectAreRejectedBeforeAnythingStarts() {
        assertThatThrownBy(
                        () ->
                                user(
                                        List.of(
                                                "--period",
                                                "2026-09",
                                                "--from",
                                                "2026-09-01",
                                                "--to",
                                                "2026-09-30"),
                                        List.of(),
                                        null,
                                        List.of()))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("mutually exclusive");
        assertThatThrownBy(
                        () ->
                                user(List.of("--period", "2026-13"), List.of(), null, List.of())
                                        .period(NOVEMBER_FIRST_KST))
                .hasMessageContaining("'2026-13' is not a month");
        assertThatThrownBy(() -> user(List.of(), List.of(), null, List.of("no-equals-sign")))
                .isInstanceOf(ParameterException.class);
    }
}
