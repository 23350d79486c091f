package com.statbatch.udf.komoran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.TestSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.TokenizerFactories;
import com.statbatch.udf.keyword.KeywordCount;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.co.shineware.nlp.komoran.core.Komoran;
import org.junit.jupiter.api.Test;

/** Runs under the Maven profile "komoran" only: mvn -P komoran -pl udf -am verify */
class KomoranKoreanTokenizerTest {

    private static final NlpSettings KOMORAN =
            TestSettings.with(Map.of(NlpSettings.ANALYZER_KEY, "komoran"));
    private static final NlpSettings KOMORAN_WITHOUT_DICTIONARY =
            TestSettings.with(
                    Map.of(
                            NlpSettings.ANALYZER_KEY,
                            "komoran",
                            NlpSettings.USER_DICTIONARY_KEY,
                            ""));

    private final KoreanTokenizer tokenizer =
            TokenizerFactories.forAnalyzer("komoran").create(KOMORAN);

    @Test
    void komoranIsFoundByName() {
        assertThat(TokenizerFactories.forAnalyzer("komoran"))
                .isInstanceOf(KomoranTokenizerFactory.class);
    }

    @Test
    void everyThreadsTokenizerSharesTheJvmsOneKomoranAndGetsWhatOneThreadGets() throws Exception {
        List<String> texts =
                List.of(
                        "엘리베이터가 또 고장나서 관리사무소에 연락했어요",
                        "윗집 층간소음 때문에 밤마다 잠을 못 자요",
                        "지하주차장 누수 장기수선충당금으로 고쳐 주세요",
                        "택배보관함이 꽉 차서 택배를 못 받았어요");
        List<List<Token>> expected = texts.stream().map(tokenizer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map.Entry<Komoran, List<List<Token>>>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(
                        pool.submit(
                                () -> {
                                    KomoranKoreanTokenizer own =
                                            (KomoranKoreanTokenizer)
                                                    TokenizerFactories.forAnalyzer("komoran")
                                                            .create(KOMORAN);
                                    List<List<Token>> all = new ArrayList<>();
                                    for (int round = 0; round < 25; round++) {
                                        all = texts.stream().map(own::analyze).toList();
                                    }
                                    return Map.entry(own.komoran(), all);
                                }));
            }
            for (Future<Map.Entry<Komoran, List<List<Token>>>> result : results) {
                assertThat(result.get().getKey())
                        .isSameAs(((KomoranKoreanTokenizer) tokenizer).komoran());
                assertThat(result.get().getValue()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLightModelIsAnInstanceOfItsOwnAndKeepsTheUserDictionaryToo() {
        KomoranKoreanTokenizer light =
                (KomoranKoreanTokenizer)
                        TokenizerFactories.forAnalyzer("komoran")
                                .create(
                                        TestSettings.with(
                                                Map.of(
                                                        NlpSettings.ANALYZER_KEY,
                                                        "komoran",
                                                        NlpSettings.KOMORAN_MODEL_KEY,
                                                        "LIGHT")));

        assertThat(light.komoran()).isNotSameAs(((KomoranKoreanTokenizer) tokenizer).komoran());
        assertThat(nouns(light.analyze("장기수선충당금 택배보관함"))).containsExactly("장기수선충당금", "택배보관함");
    }

    @Test
    void findsTheNounsOfARealComplaint() {
        List<KeywordCount> counts =
                KeywordExtractor.forSettings(KOMORAN).countKeywords("엘리베이터가 또 고장나서 관리사무소에 연락했어요");

        assertThat(counts).extracting(KeywordCount::term).contains("엘리베이터", "관리사무소");
    }

    @Test
    void runsOfExclamationMarksKomoranTagsNnpAreNoKeywords() {
        assertThat(tokenizer.analyze("정말 최고다!! 영화관에서 봤어요!!!"))
                .extracting(Token::term, Token::pos)
                .contains(tuple("!!", "NNP"));

        assertThat(KeywordExtractor.forSettings(KOMORAN).countKeywords("정말 최고다!! 영화관에서 봤어요!!!"))
                .extracting(KeywordCount::term)
                .containsExactly("최고", "영화관");
    }

    @Test
    void userDictionaryKeepsCompoundsWhole() {
        assertThat(nouns(tokenizer.analyze("장기수선충당금 택배보관함"))).containsExactly("장기수선충당금", "택배보관함");
        assertThat(
                        nouns(
                                TokenizerFactories.forAnalyzer("komoran")
                                        .create(KOMORAN_WITHOUT_DICTIONARY)
                                        .analyze("장기수선충당금 택배보관함")))
                .doesNotContain("장기수선충당금", "택배보관함");
    }

    @Test
    void offsetsIndexTheWholeTextAcrossChunks() {
        String sentence = "지하주차장에 누수가 있어요. ";
        String text =
                sentence.repeat(KomoranKoreanTokenizer.MAX_CHUNK_CHARS / sentence.length() * 3);

        List<Token> tokens = tokenizer.analyze(text);

        List<Token> leaks = tokens.stream().filter(token -> token.term().equals("누수")).toList();
        assertThat(leaks).hasSize(text.length() / sentence.length());
        assertThat(leaks)
                .allSatisfy(
                        token ->
                                assertThat(text.substring(token.beginOffset(), token.endOffset()))
                                        .isEqualTo("누수"));
    }

    @Test
    void blankTextHasNoTokens() {
        assertThat(tokenizer.analyze("   \n\t ")).isEmpty();
        assertThat(tokenizer.analyze(null)).isEmpty();
    }

    @Test
    void contractedNounIsCountedByItsBaseForm() {
        Token tte = tokenizer.analyze("땐 몰랐어요").get(0);

        assertThat(tte.term()).isEqualTo("때");
        assertThat(tte.pos()).isEqualTo("NNG");
    }

    private static List<String> nouns(List<Token> tokens) {
        return tokens.stream()
                .filter(token -> token.pos().startsWith("NN"))
                .map(Token::term)
                .toList();
    }

    @Test
    void aTextKomoranThrowsOnIsAnalysedWordByWordLeavingOutOnlyTheWordThatFails() {
        Komoran shared = ((KomoranKoreanTokenizer) tokenizer).komoran();
        Komoran throwsOnOneWord =
                new Komoran(kr.co.shineware.nlp.komoran.constant.DEFAULT_MODEL.LIGHT) {
                    @Override
                    public kr.co.shineware.nlp.komoran.model.KomoranResult analyze(
                            String sentence) {
                        if (sentence.contains("깨진단어")) {
                            throw new NullPointerException("as Lattice.putIrregularExtendTokens");
                        }
                        return shared.analyze(sentence);
                    }
                };
        long skippedBefore = KomoranKoreanTokenizer.skippedWords();
        String text = "엘리베이터 깨진단어 누수 주차장";

        List<Token> tokens = new KomoranKoreanTokenizer(throwsOnOneWord).analyze(text);

        assertThat(tokens).extracting(Token::term).contains("엘리베이터", "누수", "주차장");
        assertThat(tokens).noneMatch(t -> t.surface().contains("깨진단어"));
        assertThat(tokens)
                .filteredOn(t -> t.term().equals("누수"))
                .extracting(t -> text.substring(t.beginOffset(), t.endOffset()))
                .containsExactly("누수");
        assertThat(KomoranKoreanTokenizer.skippedWords()).isEqualTo(skippedBefore + 1);
    }
}
