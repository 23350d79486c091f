package com.statbatch.udf.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void fullWidthLatinBecomesLowerCaseAscii() {
        assertThat(normalizer.normalize("ＣＣＴＶ 고장, Wi-Fi")).isEqualTo("cctv 고장, wi-fi");
    }

    @Test
    void halfWidthHangulAndCompatibilityFormsAreFolded() {
        assertThat(normalizer.normalize("ﾡ ① ㎡")).isEqualTo("ᄀ 1 m2");
    }

    @Test
    void urlsAreReplacedBySpace() {
        assertThat(
                        normalizer.normalize(
                                "공지 https://apt.example.com/notice?id=3 확인, www.apt.kr/a 참고"))
                .isEqualTo("공지   확인,   참고");
    }

    @Test
    void emailAddressesAreReplacedBySpace() {
        assertThat(normalizer.normalize("문의 Kim.Admin+apt@apt-mail.co.kr 로")).isEqualTo("문의   로");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010-1234-5678",
                "010.1234.5678",
                "010 1234 5678",
                "01012345678",
                "02-123-4567",
                "031-123-4567",
                "(02) 123-4567",
                "+82 10-1234-5678",
                "+82-2-123-4567",
                "1588-1234",
                "1644-0000"
            })
    void koreanPhoneNumbersAreReplacedBySpace(String phone) {
        assertThat(normalizer.normalize("연락처 " + phone + " 입니다")).isEqualTo("연락처   입니다");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024년 3월 15일",
                "101동 1203호",
                "관리비 123,000원",
                "2015-08-01",
                "3.5 km",
                "12345"
            })
    void ordinaryNumbersStay(String text) {
        assertThat(normalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void invisibleFormatCharactersVanishInsideWords() {
        assertThat(normalizer.normalize("\uFEFF관리\u200B비")).isEqualTo("관리비");
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesBecomeSpaces() {
        assertThat(normalizer.normalize("누수\u0000\u0007주차장\uD800보일러\uDC00"))
                .isEqualTo("누수 주차장 보일러 ");
    }

    @Test
    void emojiStayWhole() {
        assertThat(normalizer.normalize("좋아요😀")).isEqualTo("좋아요😀");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(normalizer.normalize(null)).isEmpty();
    }
}
