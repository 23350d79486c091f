package com.statbatch.job.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.aws.AwsSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class ReportLinksTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-10-31T16:05:00Z");
    private static final Clock CLOCK = Clock.fixed(SIGNED_AT, ZoneOffset.UTC);
    private static final AwsSettings SEOUL = new AwsSettings("ap-northeast-2", "", "", "", "");
    private static final String REPORT =
            "s3a://reports/monthly/stat/2026-10-01_2026-10-31/building_keywords.csv";

    private static ReportLinks longLived(Duration lifetime) {
        return new ReportLinks(
                SEOUL,
                lifetime,
                StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAEXAMPLE", "secret")),
                CLOCK);
    }

    @Test
    void sessionCredentialsExpiringInOneHourMakeAOneHourLinkAndTheMessageSaysSo() {
        AwsSessionCredentials instanceProfile =
                AwsSessionCredentials.builder()
                        .accessKeyId("ASIAEXAMPLE")
                        .secretAccessKey("secret")
                        .sessionToken("token")
                        .expirationTime(SIGNED_AT.plus(Duration.ofHours(1)))
                        .build();
        ReportLinks links =
                new ReportLinks(
                        SEOUL,
                        Duration.ofDays(7),
                        StaticCredentialsProvider.create(instanceProfile),
                        CLOCK);

        ReportLink link = links.linkTo(REPORT).orElseThrow();

        assertThat(link.expires()).isEqualTo(Instant.parse("2026-10-31T17:05:00Z"));
        assertThat(link.lifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(link.cutByCredentials()).isTrue();
        assertThat(link.url()).contains("X-Amz-Expires=3600", "X-Amz-Security-Token=token");
        assertThat(NotificationMessages.validity(link))
                .isEqualTo(
                        "valid until 2026-11-01 02:05 KST, 1 h 0 min"
                                + " (the credentials that signed it expire then)");
    }

    @Test
    void longLivedCredentialsGiveTheConfiguredLifetime() {
        ReportLinks links = longLived(Duration.ofDays(7));

        ReportLink link = links.linkTo(REPORT).orElseThrow();

        assertThat(link.url()).contains("X-Amz-Expires=604800");
        assertThat(link.cutByCredentials()).isFalse();
        assertThat(NotificationMessages.validity(link))
                .isEqualTo("valid until 2026-11-08 01:05 KST, 7 days");
    }

    @Test
    void theMessageAlsoCarriesTheReportInTheS3Console() {
        ReportLinks links = longLived(Duration.ofDays(3));

        assertThat(links.linkTo(REPORT).orElseThrow().consoleUrl())
                .isEqualTo(
                        "https://console.aws.amazon.com/s3/object/reports?region=ap-northeast-2"
                                + "&prefix=monthly/stat/2026-10-01_2026-10-31/building_keywords.csv");
    }

    @Test
    void localReportsHaveNoLink() {
        ReportLinks links = longLived(Duration.ofDays(7));

        assertThat(links.linkTo("/tmp/out/stat/2026-10-01_2026-10-31/building_keywords.csv"))
                .isEmpty();
    }
}
