package com.statbatch.udf.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The corpus a local tool reads: its first argument, the shared corpus when none is given. */
public final class CorpusArgument {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CORPUS",
            description =
                    "JSON lines (doc_id, building_id, created_at, body), .gz or plain (default: ${DEFAULT-VALUE}).")
    private Path path = Path.of("../shared/corpus/nsmc-reviews.jsonl.gz");

    public Path path() {
        return path;
    }

    /**
     * False, after saying so on out, when the corpus is not there: the tools skip rather than fail
     * on a machine without the shared corpus.
     */
    public boolean present(PrintStream out) {
        if (Files.isRegularFile(path)) {
            return true;
        }
        out.println(
                "Skipped: no corpus at "
                        + path.toAbsolutePath()
                        + " (the shared corpus lives in ../shared/corpus/ beside the repository; pass another path as argument).");
        return false;
    }
}
