package com.statbatch.udf.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class CorpusArgumentTest {

    @Command
    static class Tool {
        @Mixin CorpusArgument corpus = new CorpusArgument();
    }

    @TempDir Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    CorpusArgument parse(String... args) {
        Tool tool = new Tool();
        new CommandLine(tool).parseArgs(args);
        return tool.corpus;
    }

    @Test
    void withoutAnArgumentTheSharedCorpusBesideTheRepositoryIsRead() {
        assertThat(parse().path()).isEqualTo(Path.of("../shared/corpus/nsmc-reviews.jsonl.gz"));
    }

    @Test
    void aCorpusThatIsThereIsPresentAndNothingIsSaid() throws Exception {
        Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"body\": \"좋아요\"}\n");

        assertThat(parse(corpus.toString()).present(stream())).isTrue();
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingCorpusIsNotPresentAndTheToolSaysWhereItLookedAndWhatToPass() {
        Path missing = dir.resolve("none.jsonl.gz");

        assertThat(parse(missing.toString()).present(stream())).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Skipped: no corpus at " + missing.toAbsolutePath())
                .contains("pass another path as argument");
    }

    PrintStream stream() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
