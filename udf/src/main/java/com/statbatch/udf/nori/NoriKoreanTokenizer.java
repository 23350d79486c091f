package com.statbatch.udf.nori;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.Token;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.Dictionary;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ko.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Lucene's Nori over one reused Lucene tokenizer: not thread-safe, one per thread. Compound and
 * inflected tokens (kept whole with DecompoundMode.NONE) carry the POS of their first morpheme.
 * Punctuation is kept (SF, SP, SS, ...): the keyword policy, not the tokenizer, decides what
 * counts.
 */
final class NoriKoreanTokenizer implements KoreanTokenizer {

    private final org.apache.lucene.analysis.ko.KoreanTokenizer lucene;
    private final CharTermAttribute termAttribute;
    private final OffsetAttribute offsetAttribute;
    private final PartOfSpeechAttribute posAttribute;
    private final ReadingAttribute readingAttribute;

    NoriKoreanTokenizer(UserDictionary userDictionary, DecompoundMode mode) {
        lucene =
                new org.apache.lucene.analysis.ko.KoreanTokenizer(
                        AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                        userDictionary,
                        mode,
                        false,
                        false);
        termAttribute = lucene.addAttribute(CharTermAttribute.class);
        offsetAttribute = lucene.addAttribute(OffsetAttribute.class);
        posAttribute = lucene.addAttribute(PartOfSpeechAttribute.class);
        readingAttribute = lucene.addAttribute(ReadingAttribute.class);
    }

    @Override
    public List<Token> analyze(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = new ArrayList<>();
        lucene.setReader(new StringReader(text));
        try {
            lucene.reset();
            while (lucene.incrementToken()) {
                // Kept punctuation includes the white space between words, which is no morpheme.
                if (!isBlank(termAttribute)) {
                    tokens.add(currentToken());
                }
            }
            lucene.end();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Nori could not read an in-memory text: " + e.getMessage(), e);
        } finally {
            closeReader();
        }
        NoriPosTags.markFinalEndings(tokens);
        return tokens;
    }

    private static boolean isBlank(CharTermAttribute term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isWhitespace(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Token currentToken() {
        String surface = termAttribute.toString();
        POS.Tag tag = posAttribute.getLeftPOS();
        return new Token(
                surface,
                lemma(),
                NoriPosTags.sejong(tag, surface),
                offsetAttribute.startOffset(),
                offsetAttribute.endOffset());
    }

    /** Hanja's Hangul reading; for an inflected word kept whole (땐 = 때 + ㄴ) its first morpheme. */
    private String lemma() {
        String reading = readingAttribute.getReading();
        if (reading != null) {
            return reading;
        }
        Dictionary.Morpheme[] morphemes = posAttribute.getMorphemes();
        if (posAttribute.getPOSType() == POS.Type.INFLECT
                && morphemes != null
                && morphemes.length > 0) {
            return morphemes[0].surfaceForm;
        }
        return null;
    }

    /**
     * close() only resets the reader so the tokenizer can take the next one; an in-memory reader
     * cannot fail it.
     */
    private void closeReader() {
        try {
            lucene.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
