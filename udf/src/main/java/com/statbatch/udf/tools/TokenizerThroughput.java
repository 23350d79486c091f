package com.statbatch.udf.tools;

import com.statbatch.udf.keyword.KeywordCount;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Times the per-document analysis the UDF runs (cap, normalise, analyse, count keywords) over a
 * list of texts on T threads. The baseline other benchmarks compare whole pipelines against, in the
 * same JVM.
 */
public final class TokenizerThroughput {

    /**
     * Texts handed to a thread at a time: large enough to keep the shared cursor cold, small enough
     * to balance.
     */
    private static final int BATCH = 256;

    /** One timed pass. */
    public record Result(int threads, long documents, long characters, long keywords, long nanos) {

        public double seconds() {
            return nanos / 1e9;
        }

        public double documentsPerSecond() {
            return documents / seconds();
        }

        public double charactersPerSecond() {
            return characters / seconds();
        }

        /** Keyword occurrences (sum of counts) per document. */
        public double keywordsPerDocument() {
            return documents == 0 ? 0 : (double) keywords / documents;
        }
    }

    private TokenizerThroughput() {}

    /** Analyses every text once, spread over {@code threads} threads, and times the whole pass. */
    public static Result measure(KeywordExtractor extractor, List<String> texts, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads + ".");
        }
        AtomicInteger cursor = new AtomicInteger();
        AtomicLong characters = new AtomicLong();
        AtomicLong keywords = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Thread worker =
                    new Thread(
                            () -> {
                                try {
                                    start.await();
                                    analyseBatches(extractor, texts, cursor, characters, keywords);
                                } catch (Throwable e) {
                                    failure.compareAndSet(null, e);
                                }
                            },
                            "tokenizer-throughput-" + t);
            worker.start();
            workers.add(worker);
        }
        long began = System.nanoTime();
        start.countDown();
        joinAll(workers);
        long nanos = System.nanoTime() - began;
        if (failure.get() != null) {
            throw new IllegalStateException(
                    "A benchmark thread failed: " + failure.get(), failure.get());
        }
        return new Result(threads, texts.size(), characters.get(), keywords.get(), nanos);
    }

    private static void analyseBatches(
            KeywordExtractor extractor,
            List<String> texts,
            AtomicInteger cursor,
            AtomicLong characters,
            AtomicLong keywords) {
        long chars = 0;
        long found = 0;
        for (int from = cursor.getAndAdd(BATCH);
                from < texts.size();
                from = cursor.getAndAdd(BATCH)) {
            for (String text : texts.subList(from, Math.min(from + BATCH, texts.size()))) {
                chars += text == null ? 0 : text.length();
                for (KeywordCount count : extractor.countKeywords(text)) {
                    found += count.count();
                }
            }
        }
        characters.addAndGet(chars);
        keywords.addAndGet(found);
    }

    private static void joinAll(List<Thread> workers) {
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for benchmark threads.", e);
        }
    }
}
