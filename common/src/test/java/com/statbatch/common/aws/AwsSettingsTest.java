package com.statbatch.common.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.config.StatBatchConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsSettingsTest {

    @Test
    void everyAwsKeyIsReadFromTheConfiguration() {
        AwsSettings aws =
                AwsSettings.fromConfig(
                        StatBatchConfig.load(
                                Optional.empty(),
                                Map.of(
                                        "AWS_REGION", "ap-northeast-2",
                                        "SNS_ENDPOINT", "http://localhost:1",
                                        "S3_ENDPOINT", "http://localhost:2",
                                        "EMR_ENDPOINT", "http://localhost:3",
                                        "SECRETSMANAGER_ENDPOINT", "https://secrets.internal"),
                                Map.of()));

        assertThat(aws)
                .isEqualTo(
                        new AwsSettings(
                                "ap-northeast-2",
                                "http://localhost:1",
                                "http://localhost:2",
                                "http://localhost:3",
                                "https://secrets.internal"));
    }

    @Test
    void emptyEndpointsLeaveTheAwsOnes() {
        assertThat(new AwsSettings("", "", "", "", "").s3Endpoint()).isEmpty();
    }

    @Test
    void theSnsSettingsOfAnAlertAreReadWhateverTheOtherEndpointsSay() {
        AwsSettings sns =
                AwsSettings.snsOnly(
                        StatBatchConfig.load(
                                Optional.empty(),
                                Map.of(
                                        "AWS_REGION", "ap-northeast-2",
                                        "SNS_ENDPOINT", "http://localhost:1",
                                        "EMR_ENDPOINT", "localhost:4566"),
                                Map.of()));

        assertThat(sns)
                .isEqualTo(new AwsSettings("ap-northeast-2", "http://localhost:1", "", "", ""));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            aws.sns-endpoint            | localhost:4566
            aws.s3-endpoint             | ftp://minio:9000
            aws.emr-endpoint            | http://
            aws.secretsmanager-endpoint | http://bad host
            """)
    void anEndpointThatIsNotAnHttpUrlWithAHostIsRefusedNamingTheKeyAndValue(
            String key, String value) {
        assertThatThrownBy(
                        () ->
                                AwsSettings.fromConfig(
                                        StatBatchConfig.load(
                                                Optional.empty(), Map.of(), Map.of(key, value))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key + " = '" + value + "'");
    }
}
