package com.statbatch.launcher;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.launcher.testing.LauncherEvents;
import com.statbatch.launcher.testing.LauncherTestEnv;
import com.statbatch.launcher.testing.TestContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The handler in-process against a fresh real PostgreSQL database and WireMock stubs of EMR and
 * SNS.
 */
abstract class HandlerTestBase {

    @RegisterExtension static WireMockExtension emr = WireMockExtension.newInstance().build();
    @RegisterExtension static WireMockExtension sns = WireMockExtension.newInstance().build();

    static final Instant OCTOBER_RUN = Instant.parse("2026-10-31T16:00:00Z");
    static final Clock NOVEMBER =
            Clock.fixed(Instant.parse("2026-11-10T00:00:00Z"), ZoneOffset.UTC);

    DbSettings db;
    Map<String, String> env;

    @BeforeEach
    void localDatabaseAndStubs() {
        db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateStatTables(db);
        SchemaMigrator.migrateLocalSourceTables(db);
        Sql.execute(
                db,
                "insert into building values (1, '한빛빌딩', '서울 중구 세종대로 1'),"
                        + " (2, '푸른아파트', '부산 해운대구 우동 2'), (3, '새솔오피스텔', null)");
        sns.stubFor(post(urlEqualTo("/")).willReturn(SnsStub.publishOk("alert-1")));
        env = LauncherTestEnv.of(db, emr.baseUrl(), sns.baseUrl());
    }

    String invoke(String event) {
        return LauncherEvents.invoke(
                new LauncherHandler(env, NOVEMBER), event, new TestContext("req-1"));
    }

    String single(String sql) {
        return Sql.rows(db, sql).get(0);
    }

    /** The one alert published so far; fails when there is none or more than one. */
    static SnsStub.Published onlyAlert() {
        List<SnsStub.Published> alerts = SnsStub.publishedMessages(snsWireMock());
        assertThat(alerts).as("alerts published").hasSize(1);
        return alerts.get(0);
    }

    static WireMock wireMock() {
        return emr.getRuntimeInfo().getWireMock();
    }

    static WireMock snsWireMock() {
        return sns.getRuntimeInfo().getWireMock();
    }
}
