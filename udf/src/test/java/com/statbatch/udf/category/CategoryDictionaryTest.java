package com.statbatch.udf.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.TestSettings;
import com.statbatch.udf.keyword.KeywordCount;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryDictionaryTest {

    @TempDir Path dir;

    @Test
    void aDocumentMentionsEachCategoryOnceInTheFilesOrder() throws IOException {
        CategoryDictionary dictionary = load("누수 = 누수, 곰팡이, 천장\n주차 = 주차장, 이중주차\n소음 = 층간소음\n");

        assertThat(dictionary.categoriesOf(List.of("주차장", "누수", "곰팡이", "누수", "천장", "이중주차")))
                .containsExactly("누수", "주차");
        assertThat(dictionary.categoriesOf(List.of("층간소음"))).containsExactly("소음");
        assertThat(dictionary.categoriesOf(List.of("영화", "연기"))).isEmpty();
        assertThat(dictionary.categoriesOf(List.of())).isEmpty();
        assertThat(dictionary.categories()).containsExactly("누수", "주차", "소음");
    }

    @Test
    void aTermMayBelongToSeveralCategoriesAndALabelMayTakeMoreLines() throws IOException {
        CategoryDictionary dictionary = load("난방·온수 = 보일러, 난방비\n관리비 = 관리비, 난방비\n난방·온수 = 온수\n");

        assertThat(dictionary.categoriesOf(List.of("난방비"))).containsExactly("난방·온수", "관리비");
        assertThat(dictionary.categoriesOf(List.of("온수"))).containsExactly("난방·온수");
        assertThat(dictionary.categories()).containsExactly("난방·온수", "관리비");
    }

    @Test
    void termsAreReadAsTheCanonicalKeywordsTheAnalysisCounts() throws IOException {
        CategoryDictionary dictionary = load("엘리베이터 = 엘베\n보안 = CCTV\n분리수거 = 분리배출\n");
        KeywordExtractor extractor = KeywordExtractor.forSettings(TestSettings.defaults());

        assertThat(dictionary.categoriesOf(terms(extractor, "승강기가 또 멈췄어요")))
                .containsExactly("엘리베이터");
        assertThat(dictionary.categoriesOf(terms(extractor, "ＣＣＴＶ가 꺼져 있어요"))).containsExactly("보안");
        assertThat(dictionary.categoriesOf(terms(extractor, "분리 수거 날짜"))).containsExactly("분리수거");
    }

    @Test
    void aTermThatCanNeverBeAKeywordStopsWithTheLineAndTheReason() throws IOException {
        assertThatThrownBy(() -> load("소음 = 층간소음\n\n소음 = 소음, 쿵쿵\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "line 3 ('소음 = 소음, 쿵쿵') lists '쿵쿵', which is never a keyword: it is analysed"
                                + " as 쿵쿵/MAG, not as the term 쿵쿵; list the keyword scripts/tokenize.sh"
                                + " prints for it, or drop it.");
        assertThatThrownBy(() -> load("관리사무소 칭찬 = 친절, 감사\n"))
                .hasMessageContaining(
                        "lists '감사', which is never a keyword: it is a stopword (nlp.stopwords)");
        assertThatThrownBy(() -> load("누수 = 물\n"))
                .hasMessageContaining(
                        "lists '물', which is never a keyword: it is shorter than nlp.min-length = 2");
    }

    @Test
    void aMalformedLineNamesTheFileAndTheLine() throws IOException {
        Path file = write("# mine\n누수 누수, 곰팡이\n");

        assertThatThrownBy(() -> load(file))
                .hasMessage(
                        "nlp.categories = '"
                                + file
                                + "', line 2 ('누수 누수, 곰팡이') has no '='; write it as 'category = term,"
                                + " term, …' (e.g. 누수 = 누수, 결로, 곰팡이).");
    }

    @Test
    void theShippedCategoriesCoverTheBuildingTopics() {
        CategoryDictionary shipped = CategoryDictionary.load(TestSettings.defaults());
        KeywordExtractor extractor = KeywordExtractor.forSettings(TestSettings.defaults());

        assertThat(shipped.categories())
                .contains(
                        "누수",
                        "소음",
                        "주차",
                        "엘리베이터",
                        "난방·온수",
                        "보안",
                        "청소·위생",
                        "분리수거",
                        "택배",
                        "관리비",
                        "관리사무소 칭찬");
        assertThat(shipped.categoriesOf(terms(extractor, "윗집 누수 때문에 벽지에 곰팡이가 생겼어요")))
                .containsExactly("누수");
        assertThat(shipped.categoriesOf(terms(extractor, "엘베가 또 고장났어요. 층간 소음도 심해요")))
                .containsExactly("소음", "엘리베이터");
        assertThat(shipped.categoriesOf(terms(extractor, "관리사무소 직원분들 친절해요"))).contains("관리사무소 칭찬");
        assertThat(shipped.categoriesOf(terms(extractor, "무인 택배함이 꽉 찼어요"))).containsExactly("택배");
    }

    @Test
    void noFileMeansNoCategories() {
        CategoryDictionary none =
                CategoryDictionary.load(TestSettings.with(Map.of(NlpSettings.CATEGORIES_KEY, "")));

        assertThat(none.categories()).isEmpty();
        assertThat(none.categoriesOf(List.of("누수"))).isEmpty();
    }

    @Test
    void aSerializedCopyAnswersTheSame() throws Exception {
        CategoryDictionary dictionary = load("누수 = 누수, 곰팡이\n주차 = 주차장\n");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(dictionary);
        }
        CategoryDictionary copy;
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CategoryDictionary) in.readObject();
        }

        assertThat(copy.categoriesOf(List.of("곰팡이", "주차장"))).containsExactly("누수", "주차");
        assertThat(copy.categories()).containsExactly("누수", "주차");
    }

    private static List<String> terms(KeywordExtractor extractor, String text) {
        return extractor.countKeywords(text).stream().map(KeywordCount::term).toList();
    }

    private CategoryDictionary load(String content) throws IOException {
        return load(write(content));
    }

    private static CategoryDictionary load(Path file) {
        return CategoryDictionary.load(
                TestSettings.with(Map.of(NlpSettings.CATEGORIES_KEY, file.toString())));
    }

    private Path write(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "categories", ".txt"), content);
    }
}
