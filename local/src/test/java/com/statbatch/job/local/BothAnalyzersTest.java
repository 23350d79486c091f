package com.statbatch.job.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.Sql;
import com.statbatch.job.StatBatchJob;
import com.statbatch.job.cli.DatabaseFlags;
import com.statbatch.job.testing.LocalSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same month through the job with Nori and with KOMORAN: which texts count, and for which
 * building, is the job's business, not the analyzer's. Runs under the Maven profile "komoran".
 */
@EnabledIfSystemProperty(named = "stat-batch.komoran", matches = "true")
class BothAnalyzersTest {

    private static final StatPeriod MONTH = StatPeriod.ofMonth(YearMonth.of(2026, 3));

    @TempDir Path reports;

    @BeforeAll
    static void spark() {
        LocalSpark.session();
    }

    @Test
    void noriAndKomoranCountTheSameDocumentsPerBuildingAndBothFindKeywords() throws Exception {
        DbSettings db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateStatTables(db);
        SchemaMigrator.migrateLocalSourceTables(db);
        new DemoSeeder(db, 11).seed(MONTH, 6, 600);
        // One text far longer than KOMORAN analyses in one piece, as the job must split it.
        Sql.execute(
                db,
                "insert into building_text (text_id, building_id, created_at, body) select"
                        + " max(text_id) + 1, min(building_id), timestamptz '2026-03-15 12:00+09',"
                        + " repeat('지하주차장 천장에서 누수가 계속돼요. ', 400) from building_text");

        Outcome nori = run(db, "nori");
        Outcome komoran = run(db, "komoran");

        assertThat(nori.documentsPerBuilding()).hasSize(6).noneMatch(row -> row.endsWith("|0"));
        assertThat(komoran.documentsPerBuilding()).isEqualTo(nori.documentsPerBuilding());
        assertThat(komoran.run()).isEqualTo(nori.run()).startsWith("SUCCEEDED|");
        assertThat(nori.topTerms()).contains("누수");
        assertThat(komoran.topTerms()).contains("누수");
    }

    /**
     * What a run left: "building|documents" per building, "status|documents|truncated|unknown
     * building documents" of the run, and the ranked terms of the building with the long text.
     */
    private record Outcome(List<String> documentsPerBuilding, String run, String topTerms) {}

    private Outcome run(DbSettings db, String analyzer) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(DatabaseFlags.of(db));
        args.addAll(
                List.of(
                        "--period",
                        MONTH.label(),
                        "--run-id",
                        analyzer,
                        "--set",
                        "report.prefix=" + reports.resolve(analyzer),
                        "--set",
                        "nlp.analyzer=" + analyzer));
        int code =
                StatBatchJob.run(
                        args.toArray(String[]::new),
                        LocalSpark.session(),
                        Clock.systemUTC(),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(StatBatchJob.OK);
        return new Outcome(
                Sql.rows(
                        db, "select building_id || '|' || documents from stat_building order by 1"),
                Sql.one(
                        db,
                        "select status || '|' || documents || '|' || truncated_documents || '|' ||"
                                + " unknown_building_documents from stat_job_run where run_id = '"
                                + analyzer
                                + "'"),
                Sql.one(
                        db,
                        "select string_agg(term, ' ' order by rank) from stat_keyword"
                                + " where building_id = (select min(building_id) from building)"));
    }
}
