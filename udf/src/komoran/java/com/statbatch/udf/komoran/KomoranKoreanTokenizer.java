package com.statbatch.udf.komoran;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.Token;
import com.statbatch.udf.text.TextChunker;
import java.util.ArrayList;
import java.util.List;
import kr.co.shineware.nlp.komoran.core.Komoran;

/**
 * KOMORAN behind the tokenizer SPI. Its tags are Sejong already; its morph is the base form (땐
 * gives 때 + ㄴ), so it is the lemma and the surface is the text at the token's offsets.
 */
final class KomoranKoreanTokenizer implements KoreanTokenizer {

    /**
     * KOMORAN's cost grows with the square of the input length: longer texts are analysed in
     * pieces.
     */
    static final int MAX_CHUNK_CHARS = 2_000;

    private static final TextChunker CHUNKER = new TextChunker(MAX_CHUNK_CHARS);

    private final Komoran komoran;

    KomoranKoreanTokenizer(Komoran komoran) {
        this.komoran = komoran;
    }

    /** The JVM's instance this tokenizer shares with the others of the same settings. */
    Komoran komoran() {
        return komoran;
    }

    @Override
    public List<Token> analyze(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = new ArrayList<>();
        for (TextChunker.Chunk chunk : CHUNKER.split(text)) {
            if (!chunk.text().isBlank()) {
                addTokens(text, chunk, tokens);
            }
        }
        return tokens;
    }

    private void addTokens(String text, TextChunker.Chunk chunk, List<Token> tokens) {
        for (kr.co.shineware.nlp.komoran.model.Token token :
                komoran.analyze(chunk.text()).getTokenList()) {
            String morph = token.getMorph();
            // White space comes back as NA tokens with an empty morph.
            if (morph == null || morph.isBlank()) {
                continue;
            }
            int begin = clamp(chunk.offset() + token.getBeginIndex(), text);
            int end = Math.max(begin, clamp(chunk.offset() + token.getEndIndex(), text));
            tokens.add(new Token(text.substring(begin, end), morph, token.getPos(), begin, end));
        }
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
