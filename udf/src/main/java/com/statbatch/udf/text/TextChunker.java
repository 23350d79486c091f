package com.statbatch.udf.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long text into pieces of bounded length for analyzers whose cost grows with the square of
 * the input length (KOMORAN). Cuts after a sentence end where there is one, else at white space,
 * else anywhere that does not split a surrogate pair; the pieces, laid end to end, are the text
 * again.
 */
public final class TextChunker {

    /** One piece and where it starts in the whole text. */
    public record Chunk(int offset, String text) {}

    private final int maxChars;

    public TextChunker(int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException(
                    "A chunk must hold at least 2 chars, got " + maxChars + ".");
        }
        this.maxChars = maxChars;
    }

    public List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cutPoint(text, start, start + maxChars);
            chunks.add(new Chunk(start, text.substring(start, end)));
            start = end;
        }
        if (start < text.length()) {
            chunks.add(new Chunk(start, text.substring(start)));
        }
        return chunks;
    }

    /**
     * The end of the next chunk, in (start, limit]; a sentence end only when it keeps the chunk at
     * least half full.
     */
    private int cutPoint(String text, int start, int limit) {
        int whitespace = -1;
        for (int i = limit - 1; i > start; i--) {
            char c = text.charAt(i);
            boolean sentenceEnd = c == '.' || c == '!' || c == '?' || c == '\n' || c == '。';
            if (sentenceEnd && i + 1 - start >= maxChars / 2) {
                return i + 1;
            }
            if (whitespace < 0 && Character.isWhitespace(c)) {
                whitespace = i + 1;
            }
        }
        if (whitespace > 0) {
            return whitespace;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
