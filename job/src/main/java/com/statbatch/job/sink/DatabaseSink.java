package com.statbatch.job.sink;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * PostgreSQL, the period's results of record: the rows are copied into staging tables, and the
 * commit swaps them in, all or nothing, in one transaction that also runs {@code inSwap} (the run
 * row saying whose results the tables hold).
 */
public final class DatabaseSink implements PeriodSink {

    public static final String NAME = "write-db";

    private final StagingSwapWriter writer;
    private final StagingSwapWriter.InSwap inSwap;

    public DatabaseSink(StagingSwapWriter writer, StagingSwapWriter.InSwap inSwap) {
        this.writer = writer;
        this.inSwap = inSwap;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String commitStage() {
        return "swap";
    }

    @Override
    public PeriodSink.Staged stage(PeriodOutput output) throws Exception {
        StagingSwapWriter.Staged staged =
                writer.stage(
                        output.periodId(),
                        stagingTag(output.periodId()),
                        output.keywords(),
                        output.periodRows());
        return new PeriodSink.Staged() {
            @Override
            public Map<String, Long> written() {
                return staged.written().rows();
            }

            @Override
            public boolean commit() throws Exception {
                staged.swap(new StagingSwapWriter.Written(output.counted()), inSwap);
                return true;
            }

            @Override
            public void close() {
                staged.close();
            }
        };
    }

    /** Unique per run, so two runs of a period never share a staging table. */
    private static String stagingTag(long periodId) {
        return "p"
                + periodId
                + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }
}
