package com.statbatch.udf.nori;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.TestSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.resource.UserDictionaryEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoriKoreanTokenizerTest {

    private static final NlpSettings DEFAULTS = TestSettings.defaults();
    private static final NlpSettings NO_USER_DICTIONARY =
            TestSettings.with(Map.of(NlpSettings.USER_DICTIONARY_KEY, ""));

    private final KoreanTokenizer tokenizer = NoriTokenizerFactory.INSTANCE.create(DEFAULTS);

    @Test
    void analysesASentenceIntoSejongTaggedTokensWithOffsets() {
        String text = "엘리베이터가 또 고장나서 관리사무소에 연락했어요";

        List<Token> tokens = tokenizer.analyze(text);

        assertThat(tokens)
                .extracting(Token::surface, Token::pos, Token::beginOffset, Token::endOffset)
                .startsWith(
                        tuple("엘리베이터", "NNG", 0, 5),
                        tuple("가", "JKS", 5, 6),
                        tuple("또", "MAG", 7, 8),
                        tuple("고장나", "VV", 9, 12),
                        tuple("서", "EC", 12, 13),
                        tuple("관리사무소", "NNG", 14, 19),
                        tuple("에", "JKB", 19, 20),
                        tuple("연락", "NNG", 21, 23));
        assertThat(tokens)
                .allSatisfy(
                        token ->
                                assertThat(text.substring(token.beginOffset(), token.endOffset()))
                                        .isEqualTo(token.surface()));
    }

    @Test
    void userDictionaryKeepsBuildingCompoundsWhole() {
        String text = "관리실 온수 비밀번호 층간소음 택배보관함 장기수선충당금";

        assertThat(nouns(NoriTokenizerFactory.INSTANCE.create(DEFAULTS).analyze(text)))
                .containsExactly("관리실", "온수", "비밀번호", "층간소음", "택배보관함", "장기수선충당금");
    }

    @Test
    void everyShippedDictionaryEntryComesOutAsOneNoun() {
        List<UserDictionaryEntry> entries =
                UserDictionaryEntry.load(
                        NlpSettings.USER_DICTIONARY_KEY, DEFAULTS.userDictionary());

        assertThat(entries)
                .hasSizeGreaterThanOrEqualTo(60)
                .allSatisfy(
                        entry ->
                                assertThat(tokenizer.analyze(entry.term() + "이 문제예요"))
                                        .first()
                                        .extracting(Token::term, Token::pos)
                                        .containsExactly(entry.term(), "NNG"));
    }

    @Test
    void withoutUserDictionaryTheSameCompoundsSplit() {
        String text = "관리실 온수 비밀번호 층간소음 택배보관함 장기수선충당금";

        assertThat(nouns(NoriTokenizerFactory.INSTANCE.create(NO_USER_DICTIONARY).analyze(text)))
                .contains("관리", "실", "비밀", "번호", "층간", "소음", "택배", "보관함")
                .doesNotContain("관리실", "비밀번호", "층간소음", "장기수선충당금");
    }

    @Test
    void decompoundModeNoneKeepsDictionaryCompoundsAndDiscardSplitsThem() {
        NlpSettings discard = TestSettings.with(Map.of(NlpSettings.DECOMPOUND_MODE_KEY, "DISCARD"));

        assertThat(nouns(tokenizer.analyze("삼성전자 소방서"))).containsExactly("삼성전자", "소방서");
        assertThat(nouns(NoriTokenizerFactory.INSTANCE.create(discard).analyze("삼성전자 소방서")))
                .containsExactly("삼성", "전자", "소방", "서");
    }

    @Test
    void contractedNounCarriesTheRestoredNounAsLemma() {
        Token tte = tokenizer.analyze("땐 몰랐어요").get(0);

        assertThat(tte).isEqualTo(new Token("땐", "때", "NNG", 0, 1));
        assertThat(tte.term()).isEqualTo("때");
    }

    @Test
    void hanjaCarriesItsHangulReadingAsLemma() {
        assertThat(tokenizer.analyze("韓國"))
                .extracting(Token::surface, Token::term, Token::pos)
                .containsExactly(tuple("韓國", "한국", "NNG"));
    }

    @Test
    void symbolsAndForeignScriptsGetSejongTags() {
        assertThat(tokenizer.analyze("wifi 2층 (고장)!"))
                .extracting(Token::surface, Token::pos)
                .containsExactly(
                        tuple("wifi", "SL"),
                        tuple("2", "SN"),
                        tuple("층", "NNG"),
                        tuple("(", "SS"),
                        tuple("고장", "NNG"),
                        tuple(")", "SS"),
                        tuple("!", "SF"));
    }

    @Test
    void oneTokenizerAnalysesDocumentAfterDocument() {
        List<Token> first = tokenizer.analyze("보일러가 고장났어요");
        tokenizer.analyze("주차장이 좁아요");

        assertThat(tokenizer.analyze("보일러가 고장났어요")).isEqualTo(first);
    }

    @Test
    void nullEmptyAndBlankTextHaveNoTokens() {
        assertThat(tokenizer.analyze(null)).isEmpty();
        assertThat(tokenizer.analyze("")).isEmpty();
        assertThat(tokenizer.analyze(" \t\n ")).isEmpty();
    }

    private static List<String> nouns(List<Token> tokens) {
        return tokens.stream()
                .filter(token -> token.pos().startsWith("NN"))
                .map(Token::term)
                .toList();
    }
}
