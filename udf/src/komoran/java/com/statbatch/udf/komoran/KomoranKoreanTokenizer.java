package com.statbatch.udf.komoran;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.Token;
import com.statbatch.udf.text.TextChunker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.shineware.nlp.komoran.core.Komoran;
import kr.co.shineware.nlp.komoran.model.KomoranResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Pattern WORD = Pattern.compile("\\S+");

    private static final Logger LOG = LoggerFactory.getLogger(KomoranKoreanTokenizer.class);

    /** Words KOMORAN could not analyse in this JVM (see {@link #analyzeWordByWord}). */
    private static final AtomicLong SKIPPED_WORDS = new AtomicLong();

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
                try {
                    addTokens(text, chunk, komoran.analyze(chunk.text()), tokens);
                } catch (RuntimeException e) {
                    analyzeWordByWord(text, chunk, tokens, e);
                }
            }
        }
        return tokens;
    }

    /**
     * KOMORAN 3.3.9 throws on some real texts (a NullPointerException in
     * Lattice.putIrregularExtendTokens on one review of the shared corpus): one such text must not
     * fail the month, so the piece is analysed again a word at a time and only the words that still
     * fail are left out, counted and logged.
     */
    private void analyzeWordByWord(
            String text, TextChunker.Chunk chunk, List<Token> tokens, RuntimeException cause) {
        Matcher word = WORD.matcher(chunk.text());
        while (word.find()) {
            TextChunker.Chunk piece =
                    new TextChunker.Chunk(chunk.offset() + word.start(), word.group());
            try {
                addTokens(text, piece, komoran.analyze(piece.text()), tokens);
            } catch (RuntimeException e) {
                long skipped = SKIPPED_WORDS.incrementAndGet();
                LOG.warn(
                        "KOMORAN failed on the word '{}' ({}; {} words skipped in this JVM so far);"
                                + " the rest of the text is analysed",
                        piece.text(),
                        cause.toString(),
                        skipped);
            }
        }
    }

    /** Words KOMORAN could not analyse in this JVM. */
    static long skippedWords() {
        return SKIPPED_WORDS.get();
    }

    private static void addTokens(
            String text, TextChunker.Chunk chunk, KomoranResult result, List<Token> tokens) {
        for (kr.co.shineware.nlp.komoran.model.Token token : result.getTokenList()) {
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
