package com.statbatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.e2e.support.RepoPaths;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The jar spark-submit ships to EMR holds the job and its libraries, and nothing for a terminal.
 */
class JobJarContentsTest {

    private static List<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        try (JarFile jar = new JarFile(RepoPaths.jobJar().toFile())) {
            entries = jar.stream().map(JarEntry::getName).toList();
        }
    }

    @Test
    void carriesTheJobItsAnalyzerAndTheSharedCode() {
        assertThat(entries)
                .contains(
                        "com/statbatch/job/StatBatchJob.class",
                        "com/statbatch/udf/keyword/KeywordExtractor.class",
                        "com/statbatch/common/period/StatPeriod.class",
                        "db/migration/V1__stat_tables.sql");
    }

    @Test
    void holdsNoLocalRunnerDemoDataOrBenchmark() {
        assertThat(entries)
                .filteredOn(
                        name ->
                                name.startsWith("com/statbatch/job/local/")
                                        || name.startsWith("com/statbatch/job/bench/"))
                .isEmpty();
    }

    @Test
    void holdsNoTerminalToolsOfTheAnalyzer() {
        assertThat(entries)
                .filteredOn(name -> name.startsWith("com/statbatch/udf/tools/"))
                .isEmpty();
    }

    @Test
    void holdsNoEmbeddedPostgresNorSpark() {
        assertThat(entries)
                .filteredOn(
                        name ->
                                name.startsWith("io/zonky/")
                                        || name.startsWith("org/apache/spark/")
                                        || name.startsWith("org/apache/hadoop/"))
                .isEmpty();
    }

    @Test
    @EnabledIfSystemProperty(named = "stat-batch.komoran", matches = "true")
    void underTheKomoranProfileCarriesKomoranItsTwoLibrariesAndBothModels() {
        assertThat(entries)
                .contains(
                        "com/statbatch/udf/komoran/KomoranTokenizerFactory.class",
                        "kr/co/shineware/nlp/komoran/core/Komoran.class",
                        "kr/co/shineware/util/common/model/Pair.class",
                        "kr/co/shineware/ds/aho_corasick/AhoCorasickDictionary.class");
        for (String model : List.of("models_full", "models_light")) {
            assertThat(entries)
                    .contains(
                            model + "/pos.table",
                            model + "/observation.model",
                            model + "/transition.model",
                            model + "/irregular.model");
        }
    }

    /** Only the jar and the JDK: what KOMORAN needs to load a model comes from the jar itself. */
    @Test
    @EnabledIfSystemProperty(named = "stat-batch.komoran", matches = "true")
    @SuppressWarnings("unchecked")
    void underTheKomoranProfileKomoranLoadsFromTheJarAloneAndAnalyses() throws Exception {
        try (URLClassLoader jarOnly =
                new URLClassLoader(
                        new URL[] {RepoPaths.jobJar().toUri().toURL()},
                        ClassLoader.getPlatformClassLoader())) {
            Class<?> komoranClass = jarOnly.loadClass("kr.co.shineware.nlp.komoran.core.Komoran");
            Class<?> modelClass =
                    jarOnly.loadClass("kr.co.shineware.nlp.komoran.constant.DEFAULT_MODEL");
            Object komoran =
                    komoranClass
                            .getConstructor(modelClass)
                            .newInstance(modelClass.getField("LIGHT").get(null));

            Object result =
                    komoranClass.getMethod("analyze", String.class).invoke(komoran, "관리사무소에 연락했어요");
            List<String> nouns =
                    (List<String>) result.getClass().getMethod("getNouns").invoke(result);

            assertThat(String.join("", nouns)).isEqualTo("관리사무소연락");
        }
    }
}
