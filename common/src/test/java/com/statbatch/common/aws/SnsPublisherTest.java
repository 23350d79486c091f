package com.statbatch.common.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.statbatch.common.testing.SnsStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnsPublisherTest {

    @RegisterExtension static WireMockExtension sns = WireMockExtension.newInstance().build();

    @Test
    void publishSendsTopicSubjectAndMessageAsTheSdkEncodesThem() {
        sns.stubFor(post(urlEqualTo("/")).willReturn(SnsStub.publishOk("msg-1")));
        try (SnsPublisher publisher = new SnsPublisher(SnsStub.TOPIC, SnsStub.aws(sns.baseUrl()))) {

            assertThat(publisher.publish("stat-batch 2026-10 SUCCEEDED", "문서 120건"))
                    .isEqualTo("msg-1");
        }

        assertThat(SnsStub.publishedMessages(sns.getRuntimeInfo().getWireMock()))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.topicArn()).isEqualTo(SnsStub.TOPIC);
                            assertThat(p.subject()).isEqualTo("stat-batch 2026-10 SUCCEEDED");
                            assertThat(p.message()).isEqualTo("문서 120건");
                        });
        sns.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=Publish")));
    }

    @Test
    void subjectIsOneLineOfAtMostOneHundredCharacters() {
        assertThat(SnsPublisher.cleanSubject("a\nb")).isEqualTo("a b");
        assertThat(SnsPublisher.cleanSubject("x".repeat(150))).hasSize(100);
    }

    @Test
    void oversizedMessageIsCutBelowTheSnsLimitOnACharacterBoundary() {
        String clipped = SnsPublisher.clipMessage("가".repeat(100_000));

        assertThat(clipped.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(SnsPublisher.MAX_MESSAGE_BYTES);
        assertThat(clipped).endsWith("(cut at SNS's 256 KB limit)").doesNotContain("\uFFFD");
    }

    @Test
    void snsErrorsReachTheCaller() {
        sns.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(500)));
        try (SnsPublisher publisher = new SnsPublisher(SnsStub.TOPIC, SnsStub.aws(sns.baseUrl()))) {
            assertThatThrownBy(() -> publisher.publish("s", "m"))
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void topicThatIsNotAnArnIsRejected() {
        assertThatThrownBy(() -> new SnsPublisher("my-topic", SnsStub.aws("http://localhost:1")))
                .hasMessageContaining("'my-topic'")
                .hasMessageContaining("SNS_TOPIC_ARN");
    }
}
