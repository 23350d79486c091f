package com.statbatch.e2e.support;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.testing.Sql;
import java.util.List;

/** The job's result tables as text, for comparing one run with another. */
public final class Tables {

    private Tables() {}

    public static List<String> results(DbSettings db) {
        return List.of(
                String.join(
                        "\n",
                        Sql.rows(
                                db,
                                "select building_id, rank, term, pos, term_freq, doc_freq, bg_doc_freq,"
                                        + " round(score::numeric, 9), distinctive_rank"
                                        + " from stat_keyword order by building_id, rank")),
                String.join(
                        "\n", Sql.rows(db, "select * from stat_building order by building_id")));
    }
}
