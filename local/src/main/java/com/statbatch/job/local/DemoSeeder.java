package com.statbatch.job.local;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link DemoCorpus} for the period into the local source tables. */
final class DemoSeeder {

    private final DbSettings db;
    private final long seed;

    DemoSeeder(DbSettings db, long seed) {
        this.db = db;
        this.seed = seed;
    }

    /** Returns what was written, for the progress line. */
    String seed(StatPeriod period, int buildingCount, int textCount) throws SQLException {
        return seed(period, buildingCount, textCount, DemoCorpus.TopicMix.USUAL);
    }

    /** The same, with the month's topics leaning as {@code mix} says. */
    String seed(StatPeriod period, int buildingCount, int textCount, DemoCorpus.TopicMix mix)
            throws SQLException {
        DemoCorpus corpus = new DemoCorpus(seed);
        List<DemoBuilding> buildings = corpus.buildings(buildingCount);
        List<DemoText> texts = corpus.texts(buildings, period, textCount, mix);
        List<Long> writers = new ArrayList<>(buildings.stream().map(DemoBuilding::id).toList());
        writers.add(DemoCorpus.UNREGISTERED_BUILDING_ID);
        SourceTables tables = new SourceTables(db);
        tables.upsertBuildings(buildings);
        tables.replaceTexts(period, writers, texts);
        return buildings.size()
                + " buildings, "
                + texts.size()
                + " texts from "
                + period.start()
                + " to "
                + period.lastDay()
                + " (seed "
                + seed
                + ")";
    }
}
