package com.statbatch.udf.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.SejongTags;
import com.statbatch.udf.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordExtractorTest {

    private static final KeywordExtractor DEFAULTS =
            KeywordExtractor.forSettings(TestSettings.defaults());

    @TempDir Path dir;

    @Test
    void findsTheNounsOfRealComplaints() {
        assertThat(keywords(DEFAULTS, "엘리베이터가 또 고장나서 관리사무소에 연락했어요"))
                .containsExactly("엘리베이터/NNG", "관리사무소/NNG", "연락/NNG");
        assertThat(keywords(DEFAULTS, "윗집 층간소음이 너무 심해서 잠을 잘 수가 없어요"))
                .containsExactly("윗집/NNG", "층간소음/NNG");
        assertThat(keywords(DEFAULTS, "보일러가 고장나서 온수가 안 나와요. 난방비는 그대로 나오네요"))
                .containsExactly("보일러/NNG", "온수/NNG", "난방비/NNG");
        assertThat(keywords(DEFAULTS, "지하주차장 누수 때문에 곰팡이랑 결로가 심합니다"))
                .containsExactly("지하주차장/NNG", "누수/NNG", "곰팡이/NNG", "결로/NNG");
        assertThat(keywords(DEFAULTS, "서울 강남구 래미안 아파트 음식물쓰레기 분리수거 날짜를 지켜 주세요"))
                .containsExactly(
                        "서울/NNP",
                        "강남구/NNP",
                        "래미안/NNP",
                        "아파트/NNG",
                        "음식물쓰레기/NNG",
                        "분리수거/NNG",
                        "날짜/NNG");
    }

    @Test
    void countsEachKeywordInOrderOfFirstOccurrence() {
        assertThat(DEFAULTS.countKeywords("주차장이 좁아요. 엘리베이터도 느리고 주차장 조명도 어두워요. 주차장!"))
                .containsExactly(
                        new KeywordCount("주차장", "NNG", 3),
                        new KeywordCount("엘리베이터", "NNG", 1),
                        new KeywordCount("조명", "NNG", 1));
    }

    @Test
    void theCountsOfAllSpellingsOfATermMergeUnderItsCanonicalTerm() {
        assertThat(DEFAULTS.countKeywords("엘베가 고장, 승강기 점검 중. 엘리베이터 문이 엘레베이터처럼"))
                .containsExactly(
                        new KeywordCount("엘리베이터", "NNG", 4),
                        new KeywordCount("고장", "NNG", 1),
                        new KeywordCount("점검", "NNG", 1));
        assertThat(DEFAULTS.countKeywords("층간소음 신고. 층간 소음 또 층간  소음"))
                .containsExactly(
                        new KeywordCount("층간소음", "NNG", 3), new KeywordCount("신고", "NNG", 1));
    }

    @Test
    void countsTheAnalyzersTermNotTheTextAtItsOffsets() {
        KeywordExtractor minLengthOne =
                KeywordExtractor.forSettings(
                        TestSettings.with(
                                Map.of(
                                        NlpSettings.MIN_LENGTH_KEY,
                                        "1",
                                        NlpSettings.STOPWORDS_KEY,
                                        "")));

        assertThat(minLengthOne.countKeywords("땐 몰랐어요"))
                .containsExactly(new KeywordCount("때", "NNG", 1));
    }

    @Test
    void shippedStopwordsDropNoiseNouns() {
        String text = "이번 관리비 정도면 괜찮은 부분도 있어요";
        KeywordExtractor noStopwords =
                KeywordExtractor.forSettings(
                        TestSettings.with(Map.of(NlpSettings.STOPWORDS_KEY, "")));

        assertThat(keywords(DEFAULTS, text)).containsExactly("관리비/NNG");
        assertThat(keywords(noStopwords, text))
                .containsExactly("이번/NNG", "관리비/NNG", "정도/NNG", "부분/NNG");
    }

    @Test
    void requestWordsSayNothingAboutTheBuilding() {
        assertThat(keywords(DEFAULTS, "빠른 조치 부탁드립니다. 확인 부탁드려요.")).isEmpty();
        assertThat(keywords(DEFAULTS, "층간 소음 민원 접수 문의 드립니다")).containsExactly("층간소음/NNG");
        assertThat(keywords(DEFAULTS, "관리가 엉망이라 관리실 연락이 안 돼요"))
                .containsExactly("관리/NNG", "엉망/NNG", "관리사무소/NNG", "연락/NNG");
    }

    @Test
    void aStopwordFileOfOnesOwnIsMatchedAfterNormalisation() throws IOException {
        Path stopwords = Files.writeString(dir.resolve("stop.txt"), "# mine\n엘리베이터\nＣＣＴＶ\n");
        KeywordExtractor extractor =
                KeywordExtractor.forSettings(
                        TestSettings.with(Map.of(NlpSettings.STOPWORDS_KEY, stopwords.toString())));

        assertThat(keywords(extractor, "엘리베이터 옆 CCTV 화면이 꺼졌어요")).containsExactly("화면/NNG");
    }

    @Test
    void userDictionaryDecidesWhetherACompoundStaysWhole() {
        KeywordExtractor userDictionaryOnly =
                KeywordExtractor.forSettings(
                        TestSettings.with(Map.of(NlpSettings.VARIANTS_KEY, "")));
        KeywordExtractor noDictionary =
                KeywordExtractor.forSettings(
                        TestSettings.with(
                                Map.of(
                                        NlpSettings.USER_DICTIONARY_KEY,
                                        "",
                                        NlpSettings.VARIANTS_KEY,
                                        "")));
        String text = "관리사무소 앞 택배보관함이 또 고장";

        assertThat(keywords(userDictionaryOnly, text))
                .containsExactly("관리사무소/NNG", "택배보관함/NNG", "고장/NNG");
        assertThat(keywords(noDictionary, text))
                .containsExactly("관리/NNG", "사무소/NNG", "택배/NNG", "보관함/NNG", "고장/NNG");
    }

    @Test
    void fullWidthAndUpperCaseLatinIsNormalisedToTheDictionaryEntry() {
        assertThat(keywords(DEFAULTS, "ＣＣＴＶ 화면이 꺼졌어요")).containsExactly("cctv/NNG", "화면/NNG");
        assertThat(keywords(DEFAULTS, "CCTV 설치")).containsExactly("cctv/NNG", "설치/NNG");
        assertThat(keywords(DEFAULTS, "Ｃ Ｃ Ｔ Ｖ")).isEmpty();
    }

    @Test
    void urlsEmailAddressesAndPhoneNumbersNeverBecomeKeywords() {
        KeywordExtractor keepLatinAndNumbers =
                KeywordExtractor.forSettings(
                        TestSettings.with(
                                Map.of(
                                        NlpSettings.POS_TAGS_KEY,
                                        "NNG,NNP,SL,SN",
                                        NlpSettings.MIN_LENGTH_KEY,
                                        "1")));

        assertThat(
                        keywords(
                                keepLatinAndNumbers,
                                "누수 신고 010-1234-5678 또는 02-123-4567, admin@apt-mail.co.kr, https://apt.example.com/report 으로"))
                .containsExactly("누수/NNG", "신고/NNG");
    }

    @Test
    void posTagsAndMinimumLengthSelectTheKeywords() {
        KeywordExtractor latinAndShort =
                KeywordExtractor.forSettings(
                        TestSettings.with(
                                Map.of(
                                        NlpSettings.POS_TAGS_KEY,
                                        "NNG,SL",
                                        NlpSettings.MIN_LENGTH_KEY,
                                        "1")));

        assertThat(keywords(DEFAULTS, "WiFi 비번 물 좀")).containsExactly("비번/NNG");
        assertThat(keywords(latinAndShort, "WiFi 비번 물 좀"))
                .containsExactly("wifi/SL", "비번/NNG", "물/NNG");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                " \t\r\n ",
                "😀😀🎉👍🏻",
                "hello world, nice place!",
                "韓國 中國 管理",
                "物業管理費太貴了",
                "\u0000\u0001\u0007\u001b[31m\u007f",
                "\uD800",
                "\uDC00관리비\uD800",
                "ㅋㅋㅋㅋ ㅠㅠ",
                "...!!!???",
                "12345 678"
            })
    void badInputGivesAnEmptyOrSensibleResultWithoutThrowing(String text) {
        List<KeywordCount> counts = DEFAULTS.countKeywords(text);

        assertThat(counts)
                .allSatisfy(
                        count -> {
                            assertThat(count.term()).isNotBlank().doesNotContain(" ");
                            assertThat(SejongTags.isKnown(count.pos())).isTrue();
                            assertThat(count.count()).isPositive();
                        });
        assertThat(DEFAULTS.truncates(text)).isFalse();
    }

    @Test
    void nullHasNoKeywordsAndIsNotTruncated() {
        assertThat(DEFAULTS.countKeywords(null)).isEmpty();
        assertThat(DEFAULTS.truncates(null)).isFalse();
    }

    @Test
    void textsWithoutKoreanNounsHaveNoKeywords() {
        assertThat(DEFAULTS.countKeywords("😀😀🎉")).isEmpty();
        assertThat(DEFAULTS.countKeywords("hello world, nice place!")).isEmpty();
        assertThat(DEFAULTS.countKeywords("\u0000\u0007\u001b")).isEmpty();
    }

    @Test
    void brokenCharactersDoNotHideTheWordsAroundThem() {
        assertThat(keywords(DEFAULTS, "\uDC00관리비\uD800누수\u0000결로"))
                .containsExactly("관리비/NNG", "누수/NNG", "결로/NNG");
    }

    @Test
    void aOneMegabyteTextIsCutAtTheCapAndAnalysedQuickly() {
        String sentence = "엘리베이터가 또 고장났어요. ";
        String huge = sentence.repeat(1_000_000 / sentence.length() + 1);

        long began = System.nanoTime();
        List<KeywordCount> counts = DEFAULTS.countKeywords(huge);
        long millis = (System.nanoTime() - began) / 1_000_000;

        assertThat(DEFAULTS.truncates(huge)).isTrue();
        int wholeSentencesInCap = 100_000 / sentence.length();
        assertThat(counts).hasSize(1);
        assertThat(counts.get(0).term()).isEqualTo("엘리베이터");
        assertThat(counts.get(0).count()).isBetween(wholeSentencesInCap, wholeSentencesInCap + 1);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void truncationStartsOneCharPastTheCap() {
        KeywordExtractor capSeven =
                KeywordExtractor.forSettings(
                        TestSettings.with(Map.of(NlpSettings.MAX_DOCUMENT_CHARS_KEY, "7")));

        assertThat(capSeven.truncates("관리비 고지서")).isFalse();
        assertThat(capSeven.truncates("관리비 고지서!")).isTrue();
        assertThat(keywords(capSeven, "주차장 누수 엘리베이터")).containsExactly("주차장/NNG", "누수/NNG");
    }

    private static List<String> keywords(KeywordExtractor extractor, String text) {
        return extractor.keywords(text).stream()
                .map(token -> token.term() + "/" + token.pos())
                .toList();
    }
}
