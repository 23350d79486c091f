package com.statbatch.e2e.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs scripts/deploy.sh with stand-ins for mvn and aws first on the PATH: each stand-in records
 * that it was called, so a test can prove that a dry run ran nothing, and nothing reaches AWS by
 * accident.
 */
final class DeployScript {

    static final Path SCRIPT = RepositoryRoot.find().resolve("scripts/deploy.sh");

    /**
     * What one run printed; {@code commands} are the "+ " lines split into words as the shell
     * would.
     */
    record Run(int exitCode, String stdout, String stderr, List<List<String>> commands) {
        List<String> commandLines() {
            return stdout.lines().filter(line -> line.startsWith("+ ")).toList();
        }

        List<String> command(String... prefix) {
            List<List<String>> matching =
                    commands.stream()
                            .filter(
                                    words ->
                                            words.size() >= prefix.length
                                                    && words.subList(0, prefix.length)
                                                            .equals(List.of(prefix)))
                            .toList();
            if (matching.size() != 1) {
                throw new AssertionError(
                        "Expected one command starting with "
                                + List.of(prefix)
                                + ", got "
                                + matching
                                + "\n"
                                + stdout);
            }
            return matching.get(0);
        }
    }

    private final Path workDir;
    private final Path standIns;
    private final Path calls;

    /**
     * {@code scratch} holds the stand-ins and their call log; the script runs in {@code workDir}.
     */
    DeployScript(Path scratch, Path workDir) throws IOException {
        this.workDir = workDir;
        this.standIns = Files.createDirectories(scratch.resolve("bin"));
        this.calls = scratch.resolve("calls.log");
        for (String tool : List.of("mvn", "aws")) {
            Path standIn = standIns.resolve(tool);
            Files.writeString(standIn, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + calls + "'\n");
            Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    Run run(Map<String, String> extraEnv, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> env = builder.environment();
        // The region must come from the options under test, never from the machine running the
        // tests.
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("PATH", standIns + ":" + env.get("PATH"));
        env.put("LC_ALL", "C");
        env.putAll(extraEnv);
        Path stdout = Files.createTempFile(standIns, "stdout", ".txt");
        Path stderr = Files.createTempFile(standIns, "stderr", ".txt");
        Process process =
                builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("scripts/deploy.sh did not finish within 60 s: " + args);
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        List<List<String>> commands =
                out.lines()
                        .filter(line -> line.startsWith("+ "))
                        .map(line -> shellWords(line.substring(2)))
                        .toList();
        return new Run(
                process.exitValue(),
                out,
                Files.readString(stderr, StandardCharsets.UTF_8),
                commands);
    }

    Run run(List<String> args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    /** The calls the stand-ins recorded; empty when neither mvn nor aws was run. */
    List<String> toolCalls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    /**
     * Splits a line into words with the shell's rules for what deploy.sh prints: spaces, '...' and
     * \x.
     */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Unterminated quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
