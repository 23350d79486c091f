package com.statbatch.job.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.testing.LocalPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, fully known month of building texts (October 2026), loadable into the source tables or
 * written as JSON Lines, so that both sources can be checked against the same expectations.
 */
public final class OctoberFixture {

    public record Text(long id, Long buildingId, String createdAt, String body) {}

    public static final List<Object[]> BUILDINGS =
            List.of(
                    new Object[] {101L, "한빛빌딩", "서울 중구 세종대로 1"},
                    new Object[] {102L, "푸른, \"아파트\"", "부산 해운대구"},
                    new Object[] {103L, "조용한 오피스텔", "대전 유성구"});

    public static final List<Text> TEXTS =
            List.of(
                    new Text(
                            1,
                            101L,
                            "2026-10-01T00:00:00+09:00",
                            "엘리베이터가 또 고장났어요. 엘리베이터 수리 부탁드립니다."),
                    new Text(2, 101L, "2026-10-03T09:30:00+09:00", "엘리베이터 소음이 심해요"),
                    new Text(3, 101L, "2026-10-31T23:59:59.999+09:00", "관리비가 너무 많이 나왔어요"),
                    new Text(4, 101L, "2026-10-15T12:00:00+09:00", ""),
                    new Text(
                            5,
                            102L,
                            "2026-10-10T20:00:00+09:00",
                            "주차장에 외부 차량이 주차했어요, \"관리사무소\" 확인 바랍니다"),
                    new Text(
                            6, 102L, "2026-10-11T08:00:00+09:00", "층간소음 때문에 잠을 못 자요. 층간소음 해결해 주세요"),
                    new Text(7, 102L, "2026-10-20T18:00:00+09:00", "😀😀😀"),
                    new Text(8, 103L, "2026-10-21T10:00:00+09:00", "누수 때문에 천장에 곰팡이가 생겼어요"),
                    new Text(9, 999L, "2026-10-22T10:00:00+09:00", "등록되지 않은 건물의 엘리베이터 민원"),
                    new Text(10, 101L, "2026-11-01T00:00:00+09:00", "11월 첫 민원: 주차장 청소"),
                    new Text(11, 101L, "2026-09-30T23:59:59.999+09:00", "9월 마지막 민원: 난방 고장"));

    /** Texts of known buildings inside October. */
    public static final long OCTOBER_DOCUMENTS = 8;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Migrated and loaded once per JVM; every fresh database is a copy of it. */
    private static DbSettings template;

    private OctoberFixture() {}

    /**
     * A new database with the schema, the source tables, and October's buildings and texts in them.
     */
    public static synchronized DbSettings freshDatabase() throws SQLException {
        if (template == null) {
            DbSettings db = LocalPostgres.freshDatabase();
            SchemaMigrator.migrateStatTables(db);
            SchemaMigrator.migrateLocalSourceTables(db);
            loadBuildings(db);
            loadTexts(db);
            template = db;
        }
        return LocalPostgres.copyOf(template);
    }

    public static void loadBuildings(DbSettings db) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps =
                        c.prepareStatement(
                                "insert into building (building_id, name, address) values (?, ?, ?)")) {
            for (Object[] b : BUILDINGS) {
                ps.setLong(1, (Long) b[0]);
                ps.setString(2, (String) b[1]);
                ps.setString(3, (String) b[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void loadTexts(DbSettings db) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps =
                        c.prepareStatement(
                                "insert into building_text (text_id, building_id, created_at, body) values (?, ?, ?, ?)")) {
            for (Text t : TEXTS) {
                ps.setLong(1, t.id());
                ps.setObject(2, t.buildingId());
                ps.setObject(3, OffsetDateTime.parse(t.createdAt()));
                ps.setString(4, t.body());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One JSON object per line, in dt=YYYY-MM-DD folders by the text's Seoul date. */
    public static void writePartitionedJsonLines(Path root, List<String> extraLines)
            throws IOException {
        for (Text t : TEXTS) {
            Path folder = root.resolve("dt=" + t.createdAt().substring(0, 10));
            Files.createDirectories(folder);
            Files.writeString(
                    folder.resolve("part-" + t.id() + ".jsonl"),
                    jsonLine(t) + "\n",
                    StandardCharsets.UTF_8);
        }
        if (!extraLines.isEmpty()) {
            Path folder = Files.createDirectories(root.resolve("dt=2026-10-25"));
            Files.write(folder.resolve("extra.jsonl"), extraLines, StandardCharsets.UTF_8);
        }
    }

    public static String jsonLine(Text t) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text_id", t.id());
        row.put("building_id", t.buildingId());
        row.put("created_at", t.createdAt());
        row.put("body", t.body());
        return JSON.writeValueAsString(row);
    }
}
