package com.statbatch.udf.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.KoreanTokenizer;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.TestSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.TokenizerFactories;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    private static final int THREADS = 8;
    private static final NlpSettings SETTINGS = TestSettings.defaults();
    private static final List<String> TEXTS = texts();

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void eightThreadsWithTokenizersFromTheFactoryGetWhatOneThreadGets() throws Exception {
        List<List<Token>> expected =
                analyseAll(
                        TokenizerFactories.forAnalyzer(SETTINGS.analyzer()).create(SETTINGS)
                                ::analyze);

        List<Future<List<List<Token>>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(
                    pool.submit(
                            (Callable<List<List<Token>>>)
                                    () -> {
                                        KoreanTokenizer own =
                                                TokenizerFactories.forAnalyzer(SETTINGS.analyzer())
                                                        .create(SETTINGS);
                                        return analyseAll(own::analyze);
                                    }));
        }

        for (Future<List<List<Token>>> result : results) {
            assertThat(result.get()).isEqualTo(expected);
        }
    }

    @Test
    void eightThreadsSharingOneExtractorGetWhatOneThreadGets() throws Exception {
        KeywordExtractor shared = KeywordExtractor.forSettings(SETTINGS);
        List<List<KeywordCount>> expected =
                analyseAll(new KeywordExtractor(SETTINGS)::countKeywords);

        List<Future<List<List<KeywordCount>>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(
                    pool.submit(
                            (Callable<List<List<KeywordCount>>>)
                                    () -> analyseAll(shared::countKeywords)));
        }

        for (Future<List<List<KeywordCount>>> result : results) {
            assertThat(result.get()).isEqualTo(expected);
        }
        assertThat(expected)
                .filteredOn(counts -> !counts.isEmpty())
                .hasSizeGreaterThan(TEXTS.size() / 2);
    }

    private static <R> List<R> analyseAll(Function<String, R> analysis) {
        List<R> results = new ArrayList<>(TEXTS.size());
        for (String text : TEXTS) {
            results.add(analysis.apply(text));
        }
        return results;
    }

    /** Varied sentences: every combination of subject, complaint and closing, plus odd input. */
    private static List<String> texts() {
        String[] subjects = {"엘리베이터가", "지하주차장에", "윗집 층간소음이", "관리사무소 직원이", "보일러 온수가", "택배보관함이"};
        String[] complaints = {" 또 고장났어요", " 누수가 심해요", " 밤마다 시끄러워요", " 연락이 안 돼요", " 곰팡이가 폈어요"};
        String[] closings = {
            ".", "! 빨리 해결해 주세요", " ㅠㅠ 관리비는 왜 올랐나요?", " CCTV 확인 부탁드립니다 010-1234-5678"
        };
        List<String> texts = new ArrayList<>();
        for (String subject : subjects) {
            for (String complaint : complaints) {
                for (String closing : closings) {
                    texts.add(subject + complaint + closing);
                }
            }
        }
        texts.addAll(List.of("", "😀", "hello", "韓國", "\uD800", "땐 몰랐는데 결로가 심하네요"));
        return texts;
    }
}
