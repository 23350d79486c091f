package com.statbatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.e2e.support.RepoPaths;
import java.io.IOException;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
