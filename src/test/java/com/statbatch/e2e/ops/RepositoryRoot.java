package com.statbatch.e2e.ops;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The top of the repository: Maven runs this module in src/test, so walk up to the directory
 * holding .ci.
 */
final class RepositoryRoot {

    private RepositoryRoot() {}

    static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No directory with .ci and pom.xml above " + start);
    }
}
