package com.statbatch.udf.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.text.TextChunker.Chunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunkerTest {

    @Test
    void shortTextIsOneChunk() {
        assertThat(new TextChunker(100).split("누수가 있어요."))
                .containsExactly(new Chunk(0, "누수가 있어요."));
    }

    @Test
    void emptyTextHasNoChunks() {
        assertThat(new TextChunker(100).split("")).isEmpty();
    }

    @Test
    void cutsAfterTheLastSentenceEndThatKeepsTheChunkHalfFull() {
        List<Chunk> chunks = new TextChunker(12).split("보일러 고장. 온수 안 나옴. 관리실 연락함.");

        assertThat(chunks)
                .containsExactly(
                        new Chunk(0, "보일러 고장."),
                        new Chunk(7, " 온수 안 나옴."),
                        new Chunk(16, " 관리실 연락함."));
    }

    @Test
    void withoutSentenceEndsCutsAtWhiteSpace() {
        assertThat(new TextChunker(10).split("주차장 엘리베이터 누수 결로 곰팡이"))
                .extracting(Chunk::text)
                .containsExactly("주차장 엘리베이터 ", "누수 결로 곰팡이");
    }

    @Test
    void neverSplitsASurrogatePair() {
        List<Chunk> chunks = new TextChunker(3).split("가나😀😀다");

        assertThat(chunks).extracting(Chunk::text).containsExactly("가나", "😀", "😀다");
    }

    @Test
    void chunksLaidEndToEndAreTheTextWithTheirOffsets() {
        String text = "윗집 층간소음이 심해요! 밤마다 쿵쿵거려요. 관리사무소에 몇 번이나 말했는데 소용이 없네요 ".repeat(40);

        List<Chunk> chunks = new TextChunker(100).split(text);

        assertThat(chunks)
                .allSatisfy(
                        chunk -> {
                            assertThat(chunk.text().length()).isBetween(1, 100);
                            assertThat(
                                            text.substring(
                                                    chunk.offset(),
                                                    chunk.offset() + chunk.text().length()))
                                    .isEqualTo(chunk.text());
                        });
        assertThat(String.join("", chunks.stream().map(Chunk::text).toList())).isEqualTo(text);
    }
}
