package com.statbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.Sql;
import com.statbatch.job.cli.DatabaseFlags;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.keyword.KeywordCount;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's keyword statistics on a few hundred texts, checked value by value against a plain
 * per-document computation written out below, independent of the Spark dataflow.
 */
class KeywordStatisticsTest {

    static final int BUILDINGS = 12;
    static final int TEXTS_PER_BUILDING = 30;
    static final long PLANTED_BUILDING = 7;
    static final String PLANTED_TERM = "두꺼비";
    static final int TOP_K = 6;
    static final int LISTED = 3;
    static final int MIN_DOC_COUNT = 3;

    /** Said in every building alike, so only the planted term stands out by design. */
    static final List<String> SENTENCES =
            List.of(
                    "엘리베이터가 자주 멈춰요",
                    "주차장에 외부 차량이 많아요",
                    "관리비가 너무 많이 나왔어요",
                    "천장에서 누수가 생겼어요",
                    "층간소음 때문에 잠을 못 자요",
                    "택배가 분실됐어요",
                    "경비실에 연락이 안 돼요",
                    "분리수거 날짜를 알려주세요",
                    "난방이 잘 안 돼요",
                    "복도 청소를 부탁드립니다",
                    "놀이터 시설이 낡았어요",
                    "현관 도어락이 고장났어요",
                    "수도 요금이 올랐어요",
                    "음식물 쓰레기 냄새가 나요",
                    "보일러 점검 일정이 궁금해요",
                    "베란다 곰팡이가 심해요");

    record Text(Long buildingId, String body) {}

    static final List<Text> TEXTS = new ArrayList<>();
    static DbSettings db;
    @TempDir static Path reports;

    @BeforeAll
    static void runTheJobOnce() throws Exception {
        Random random = new Random(42);
        for (long b = 1; b <= BUILDINGS; b++) {
            for (int i = 0; i < TEXTS_PER_BUILDING; i++) {
                List<String> parts = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    parts.add(SENTENCES.get(random.nextInt(SENTENCES.size())));
                }
                if (b == PLANTED_BUILDING && i % 5 == 0) {
                    parts.add(PLANTED_TERM + "가 나왔어요");
                }
                TEXTS.add(new Text(b, String.join(". ", parts)));
            }
        }
        TEXTS.add(new Text(1L, ""));
        TEXTS.add(new Text(2L, "😀😀"));
        TEXTS.add(new Text(999L, "등록되지 않은 건물의 엘리베이터 민원"));
        TEXTS.add(new Text(null, "건물 번호 없는 주차장 민원"));

        db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateStatTables(db);
        SchemaMigrator.migrateLocalSourceTables(db);
        load(db);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(DatabaseFlags.of(db));
        args.addAll(
                List.of(
                        "--period", "2026-03",
                        "--run-id", "reference",
                        "--set", "report.prefix=" + reports,
                        "--set", "analysis.top-k=" + TOP_K,
                        "--set", "analysis.summary-terms=" + LISTED));
        int code =
                StatBatchJob.run(
                        args.toArray(String[]::new),
                        LocalSpark.session(),
                        Clock.systemUTC(),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(StatBatchJob.OK);
    }

    static void load(DbSettings db) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement building =
                        c.prepareStatement(
                                "insert into building (building_id, name, address) values (?, ?, '')");
                PreparedStatement text =
                        c.prepareStatement(
                                "insert into building_text (text_id, building_id, created_at, body)"
                                        + " values (?, ?, ?, ?)")) {
            for (long b = 1; b <= BUILDINGS; b++) {
                building.setLong(1, b);
                building.setString(2, "건물 " + b);
                building.addBatch();
            }
            building.executeBatch();
            for (int i = 0; i < TEXTS.size(); i++) {
                text.setLong(1, i + 1);
                text.setObject(2, TEXTS.get(i).buildingId());
                text.setObject(
                        3, OffsetDateTime.parse("2026-03-01T09:00:00+09:00").plusHours(i % 700));
                text.setString(4, TEXTS.get(i).body());
                text.addBatch();
            }
            text.executeBatch();
        }
    }

    /** The statistics, one document at a time, in plain Java. */
    static final class Reference {
        final Map<Long, Long> documents = new TreeMap<>();
        final Map<Long, Long> empty = new HashMap<>();
        final Map<Long, Long> tokens = new HashMap<>();
        final Map<Long, Map<String, Long>> termFreq = new TreeMap<>();
        final Map<Long, Map<String, Long>> docFreq = new HashMap<>();
        final Map<Long, Map<String, Map<String, Long>>> tagFreq = new HashMap<>();
        final Map<String, Long> backgroundDocFreq = new HashMap<>();
        long periodDocuments;

        Reference() {
            KeywordExtractor extractor =
                    KeywordExtractor.forSettings(
                            NlpSettings.fromConfig(
                                    StatBatchConfig.load(Optional.empty(), Map.of())));
            for (Text text : TEXTS) {
                Long b = text.buildingId();
                if (b == null || b > BUILDINGS) {
                    continue;
                }
                List<KeywordCount> keywords = extractor.countKeywords(text.body());
                periodDocuments++;
                documents.merge(b, 1L, Long::sum);
                empty.merge(b, keywords.isEmpty() ? 1L : 0L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (KeywordCount k : keywords) {
                    tokens.merge(b, (long) k.count(), Long::sum);
                    termFreq.computeIfAbsent(b, x -> new HashMap<>())
                            .merge(k.term(), (long) k.count(), Long::sum);
                    tagFreq.computeIfAbsent(b, x -> new HashMap<>())
                            .computeIfAbsent(k.term(), x -> new HashMap<>())
                            .merge(k.pos(), (long) k.count(), Long::sum);
                    if (seen.add(k.term())) {
                        docFreq.computeIfAbsent(b, x -> new HashMap<>())
                                .merge(k.term(), 1L, Long::sum);
                        backgroundDocFreq.merge(k.term(), 1L, Long::sum);
                    }
                }
            }
        }

        String pos(long b, String term) {
            Map<String, Long> tags = tagFreq.get(b).get(term);
            long nng = tags.getOrDefault("NNG", 0L);
            long nnp = tags.getOrDefault("NNP", 0L);
            return nng >= nnp ? "NNG" : "NNP";
        }

        double score(long b, String term) {
            double fg = (double) docFreq.get(b).get(term) / documents.get(b);
            double bg = (double) backgroundDocFreq.get(term) / periodDocuments;
            return fg > bg ? (fg - bg) * (fg / bg) : 0.0;
        }

        List<String> byRank(long b) {
            Map<String, Long> tf = termFreq.getOrDefault(b, Map.of());
            return tf.keySet().stream()
                    .sorted(
                            Comparator.comparing((String t) -> -tf.get(t))
                                    .thenComparing(t -> -docFreq.get(b).get(t))
                                    .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }

        List<String> byDistinctiveRank(long b) {
            return termFreq.getOrDefault(b, Map.of()).keySet().stream()
                    .filter(t -> docFreq.get(b).get(t) >= MIN_DOC_COUNT && score(b, t) > 0)
                    .sorted(
                            Comparator.comparing((String t) -> -score(b, t))
                                    .thenComparing(t -> -docFreq.get(b).get(t))
                                    .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }

        List<String> keywordRows() {
            List<String> rows = new ArrayList<>();
            for (long b : documents.keySet()) {
                List<String> ranked = byRank(b);
                List<String> distinctive = byDistinctiveRank(b);
                for (int i = 0; i < ranked.size(); i++) {
                    String term = ranked.get(i);
                    int d = distinctive.indexOf(term);
                    if (i < TOP_K || (d >= 0 && d < TOP_K)) {
                        rows.add(
                                keywordRow(
                                        b,
                                        i + 1,
                                        term,
                                        pos(b, term),
                                        termFreq.get(b).get(term),
                                        docFreq.get(b).get(term),
                                        backgroundDocFreq.get(term),
                                        score(b, term),
                                        d >= 0 ? Integer.toString(d + 1) : "null"));
                    }
                }
            }
            return rows;
        }

        List<String> buildingRows() {
            return documents.keySet().stream()
                    .map(
                            b ->
                                    b
                                            + "|"
                                            + documents.get(b)
                                            + "|"
                                            + empty.get(b)
                                            + "|"
                                            + tokens.getOrDefault(b, 0L)
                                            + "|"
                                            + termFreq.getOrDefault(b, Map.of()).size()
                                            + "|"
                                            + first(byRank(b))
                                            + "|"
                                            + first(byDistinctiveRank(b)))
                    .toList();
        }

        private static String first(List<String> terms) {
            return String.join(", ", terms.subList(0, Math.min(LISTED, terms.size())));
        }
    }

    static String keywordRow(
            long building,
            int rank,
            String term,
            String pos,
            long tf,
            long df,
            long bg,
            double score,
            String distinctiveRank) {
        return String.join(
                "|",
                Long.toString(building),
                Integer.toString(rank),
                term,
                pos,
                Long.toString(tf),
                Long.toString(df),
                Long.toString(bg),
                String.format(Locale.ROOT, "%.9f", score),
                distinctiveRank);
    }

    static List<String> keywordTable() {
        return Sql.rows(
                        db,
                        "select building_id, rank, term, pos, term_freq, doc_freq, bg_doc_freq,"
                                + " score::text, coalesce(distinctive_rank::text, 'null')"
                                + " from stat_keyword order by building_id, rank")
                .stream()
                .map(
                        row -> {
                            String[] f = row.split("\\|");
                            return keywordRow(
                                    Long.parseLong(f[0]),
                                    Integer.parseInt(f[1]),
                                    f[2],
                                    f[3],
                                    Long.parseLong(f[4]),
                                    Long.parseLong(f[5]),
                                    Long.parseLong(f[6]),
                                    Double.parseDouble(f[7]),
                                    f[8]);
                        })
                .toList();
    }

    @Test
    void everyKeywordAndBuildingValueMatchesAPlainPerDocumentComputation() {
        Reference reference = new Reference();

        assertThat(keywordTable()).isEqualTo(reference.keywordRows()).hasSizeGreaterThan(70);
        assertThat(
                        Sql.rows(
                                db,
                                "select building_id, documents, empty_documents, tokens, distinct_terms,"
                                        + " top_terms, distinctive_terms from stat_building order by 1"))
                .isEqualTo(reference.buildingRows())
                .hasSize(BUILDINGS);
        assertThat(
                        Sql.one(
                                db,
                                "select documents || '|' || buildings || '|' || keywords || '|'"
                                        + " || unknown_building_documents || '|' || skipped_rows::text"
                                        + " from stat_job_run"))
                .isEqualTo(
                        reference.periodDocuments
                                + "|"
                                + BUILDINGS
                                + "|"
                                + reference.keywordRows().size()
                                + "|1|{\"missing_building_id\": 1}");
    }

    @Test
    void aRareTermInAFifthOfOneBuildingsDocumentsIsItsFirstDistinctiveTermAndNoOneElses() {
        assertThat(
                        Sql.one(
                                db,
                                "select split_part(distinctive_terms, ', ', 1) from stat_building"
                                        + " where building_id = "
                                        + PLANTED_BUILDING))
                .isEqualTo(PLANTED_TERM);
        assertThat(
                        Sql.rows(
                                db,
                                "select building_id from stat_building where ', ' || distinctive_terms"
                                        + " || ', ' like '%, "
                                        + PLANTED_TERM
                                        + ", %'"))
                .containsExactly(Long.toString(PLANTED_BUILDING));
        assertThat(
                        Sql.rows(
                                db,
                                "select building_id || '|' || distinctive_rank from stat_keyword"
                                        + " where term = '"
                                        + PLANTED_TERM
                                        + "'"))
                .containsExactly(PLANTED_BUILDING + "|1");
    }

    @Test
    void noBuildingNamesATermTwiceInTheTableTheCsvOrEitherList() throws Exception {
        assertThat(
                        Sql.one(
                                db,
                                "select count(*) - count(distinct (period_id, building_id, term))"
                                        + " from stat_keyword"))
                .isEqualTo("0");
        List<String> csv =
                Files.readAllLines(
                        reports.resolve("stat/2026-03-01_2026-03-31/building_keywords.csv"),
                        StandardCharsets.UTF_8);
        List<String> keys =
                csv.subList(1, csv.size()).stream()
                        .map(line -> line.split(","))
                        .map(f -> f[0] + "|" + f[2] + "|" + f[5])
                        .toList();
        assertThat(new LinkedHashSet<>(keys)).hasSameSizeAs(keys);
        assertThat(keys).hasSize(keywordTable().size());
        for (String list :
                Sql.rows(db, "select top_terms || '|' || distinctive_terms from stat_building")) {
            for (String terms : list.split("\\|", -1)) {
                List<String> names = terms.isEmpty() ? List.of() : List.of(terms.split(", "));
                assertThat(names).as(list).doesNotHaveDuplicates();
            }
        }
    }
}
