package com.statbatch.udf.tools;

import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * scripts/bench-tokenizer.sh: throughput of the configured analyzer on the shared corpus. Not a
 * test.
 */
@Command(
        name = "bench-tokenizer.sh",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Times the keyword analysis of the configured analyzer over a JSON-lines corpus:"
                        + " load time, then docs/s and chars/s on 1 thread and on N threads after a warm-up pass.")
public final class TokenizerBenchmark implements Callable<Integer> {

    @Mixin private CorpusArgument corpus = new CorpusArgument();

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads of the parallel pass (default: ${DEFAULT-VALUE}).")
    private int threads = 2;

    @Option(
            names = "--limit",
            paramLabel = "DOCS",
            description = "Read only the first DOCS texts; 0 for all (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Mixin private AnalyzerOptions analyzer = new AnalyzerOptions();

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A HOCON file over the defaults (nlp.* is what counts).")
    private Path config;

    public static void main(String[] args) {
        System.exit(ToolCommandLine.of(new TokenizerBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!corpus.present(System.out)) {
            return 0;
        }
        NlpSettings settings =
                NlpSettings.fromConfig(
                        StatBatchConfig.load(Optional.ofNullable(config), analyzer.overrides()));
        List<String> texts =
                CorpusReader.read(corpus.path(), limit).stream()
                        .map(CorpusReader.CorpusDocument::body)
                        .toList();
        long chars = texts.stream().mapToLong(text -> text == null ? 0 : text.length()).sum();
        System.out.printf(
                Locale.ROOT,
                "corpus     %s: %,d texts, %,d chars%n",
                corpus.path(),
                texts.size(),
                chars);
        System.out.printf(
                Locale.ROOT,
                "analyzer   %s (decompound %s, komoran model %s), pos %s, min-length %d%n",
                settings.analyzer(),
                settings.decompoundMode(),
                settings.komoranModel(),
                settings.posTags(),
                settings.minLength());

        long heapBefore = usedHeapAfterGc();
        long began = System.nanoTime();
        KeywordExtractor extractor = new KeywordExtractor(settings);
        extractor.countKeywords("관리사무소에 엘리베이터 고장을 알렸어요.");
        System.out.printf(
                Locale.ROOT,
                "load       %.2f s (analyzer, dictionaries, word lists)%n",
                (System.nanoTime() - began) / 1e9);
        System.out.printf(
                Locale.ROOT,
                "heap       %.0f MB held by the loaded analyzer (used heap after GC, before and after"
                        + " loading; Nori's dictionaries are off-heap)%n",
                (usedHeapAfterGc() - heapBefore) / (1024.0 * 1024));

        print("warm-up", TokenizerThroughput.measure(extractor, texts, threads));
        TokenizerThroughput.Result single = TokenizerThroughput.measure(extractor, texts, 1);
        print("1 thread", single);
        TokenizerThroughput.Result parallel =
                TokenizerThroughput.measure(extractor, texts, threads);
        print(threads + " threads", parallel);
        System.out.printf(
                Locale.ROOT,
                "speed-up   %.2fx on %d threads (%d processors)%n",
                parallel.documentsPerSecond() / single.documentsPerSecond(),
                threads,
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void print(String label, TokenizerThroughput.Result result) {
        System.out.printf(
                Locale.ROOT,
                "%-10s %6.2f s  %,10.0f docs/s  %,12.0f chars/s  %.2f keywords/doc%n",
                label,
                result.seconds(),
                result.documentsPerSecond(),
                result.charactersPerSecond(),
                result.keywordsPerDocument());
    }
}
