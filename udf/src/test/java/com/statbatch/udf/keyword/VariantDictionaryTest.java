package com.statbatch.udf.keyword;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.udf.NlpSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantDictionaryTest {

    @TempDir Path dir;

    @Test
    void everyVariantHasItsCanonicalTermAndOtherTermsStayAsTheyAre() throws IOException {
        VariantDictionary dictionary =
                load("# elevator\n엘리베이터 = 엘베, 엘레베이터 ,승강기\n\nCCTV = 씨씨티비, ＣＣＴＶ카메라\n");

        assertThat(canonicals(dictionary, "엘베", "승강기", "엘리베이터", "씨씨티비", "cctv카메라", "주차장"))
                .containsExactly("엘리베이터", "엘리베이터", "엘리베이터", "cctv", "cctv", "주차장");
        assertThat(dictionary.terms())
                .containsExactlyInAnyOrder(
                        "엘리베이터", "엘베", "엘레베이터", "승강기", "cctv", "씨씨티비", "cctv카메라");
    }

    @Test
    void aVariantIsAWholeTermNotAPrefix() throws IOException {
        VariantDictionary dictionary = load("엘리베이터 = 엘베\n개연성 = 개연\n");

        assertThat(canonicals(dictionary, "엘베이터", "개연성", "개연"))
                .containsExactly("엘베이터", "개연성", "개연성");
        assertThat(dictionary.contains("엘")).isFalse();
    }

    @Test
    void aCanonicalTermMayTakeMoreVariantsOnALaterLine() throws IOException {
        VariantDictionary dictionary = load("엘리베이터 = 엘베\n엘리베이터 = 승강기, 엘베\n");

        assertThat(canonicals(dictionary, "엘베", "승강기")).containsExactly("엘리베이터", "엘리베이터");
    }

    @Test
    void theShippedDictionaryNamesTheBuildingTopics() {
        VariantDictionary shipped =
                VariantDictionary.load(NlpSettings.VARIANTS_KEY, "nlp/variants-ko.txt");

        assertThat(
                        canonicals(
                                shipped, "엘베", "엘레베이터", "승강기", "분리배출", "관리실", "택배보관함", "씨씨티비",
                                "층간소음"))
                .containsExactly(
                        "엘리베이터", "엘리베이터", "엘리베이터", "분리수거", "관리사무소", "무인택배함", "cctv", "층간소음");
    }

    @Test
    void aLineWithoutEqualsNamesTheFileTheLineAndTheFormat() throws IOException {
        Path file = write("엘리베이터 = 엘베\n# comment\n\n주차장 주차공간\n");

        assertThatThrownBy(() -> VariantDictionary.load(NlpSettings.VARIANTS_KEY, file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "nlp.variants = '"
                                + file
                                + "', line 4 ('주차장 주차공간') has no '='; write it as 'canonical = variant,"
                                + " variant, …' (e.g. 엘리베이터 = 엘베, 엘레베이터, 승강기).");
    }

    @Test
    void emptyTermsAndTermsWithSpacesAreRefusedWithTheFix() throws IOException {
        assertThatThrownBy(() -> load("엘리베이터 = 엘베,\n"))
                .hasMessageContaining("line 1 ('엘리베이터 = 엘베,') has an empty term");
        assertThatThrownBy(() -> load("엘리베이터 =\n"))
                .hasMessageContaining("line 1 ('엘리베이터 =') has an empty term");
        assertThatThrownBy(() -> load(" = 엘베\n"))
                .hasMessageContaining("line 1 ('= 엘베') has nothing before '='");
        assertThatThrownBy(() -> load("층간소음 = 층간 소음\n"))
                .hasMessageContaining("line 1 ('층간소음 = 층간 소음') has the term '층간 소음' with a space")
                .hasMessageContaining("write 층간소음, not 층간 소음");
        assertThatThrownBy(() -> load("관리 사무소 = 관리실\n"))
                .hasMessageContaining("has '관리 사무소' before '=', which is not one word");
    }

    @Test
    void aVariantOfTwoCanonicalTermsNamesBothLines() throws IOException {
        assertThatThrownBy(() -> load("엘리베이터 = 승강기\n리프트 = 승강기\n"))
                .hasMessageContaining(
                        "line 2 ('리프트 = 승강기') lists '승강기' as a variant of '리프트', but line 1 makes it a"
                                + " variant of '엘리베이터'; a term has one canonical term");
    }

    @Test
    void aTermCannotBeAVariantAndACanonicalTerm() throws IOException {
        assertThatThrownBy(() -> load("엘리베이터 = 엘베\n엘베 = 엘베이\n"))
                .hasMessageContaining(
                        "line 2 ('엘베 = 엘베이') makes '엘베' a canonical term, but line 1 lists it as a"
                                + " variant of '엘리베이터'");
        assertThatThrownBy(() -> load("엘베 = 엘베이\n엘리베이터 = 엘베\n"))
                .hasMessageContaining(
                        "line 2 ('엘리베이터 = 엘베') lists '엘베' as a variant, but line 1 makes it a"
                                + " canonical term");
    }

    @Test
    void noDictionaryRewritesNothing() {
        VariantDictionary none = VariantDictionary.load(NlpSettings.VARIANTS_KEY, "");

        assertThat(none.terms()).isEmpty();
        assertThat(none.canonical("엘베")).isEqualTo("엘베");
    }

    private static List<String> canonicals(VariantDictionary dictionary, String... terms) {
        return Arrays.stream(terms).map(dictionary::canonical).toList();
    }

    private VariantDictionary load(String content) throws IOException {
        return VariantDictionary.load(NlpSettings.VARIANTS_KEY, write(content).toString());
    }

    private Path write(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "variants", ".txt"), content);
    }
}
