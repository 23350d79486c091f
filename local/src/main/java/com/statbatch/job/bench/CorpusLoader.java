package com.statbatch.job.bench;

import com.statbatch.common.db.DbSettings;
import com.statbatch.job.sink.CopyText;
import com.statbatch.udf.tools.CorpusReader.CorpusDocument;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the corpus into building and building_text with COPY, as an application database would hold
 * it.
 */
final class CorpusLoader {

    private static final int BATCH = 50_000;

    private CorpusLoader() {}

    /** Returns the number of texts loaded. */
    static long load(DbSettings db, List<CorpusDocument> documents)
            throws SQLException, IOException {
        try (Connection c = db.connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder buildings = new StringBuilder();
            for (String id :
                    new TreeSet<>(documents.stream().map(CorpusDocument::buildingId).toList())) {
                buildings.append(id).append("\t건물 ").append(id).append("\t\\N\n");
            }
            copy.copyIn(
                    "copy building (building_id, name, address) from stdin",
                    new StringReader(buildings.toString()));
            long loaded = 0;
            StringBuilder texts = new StringBuilder();
            for (CorpusDocument d : documents) {
                texts.append(d.docId())
                        .append('\t')
                        .append(d.buildingId())
                        .append('\t')
                        .append(d.createdAt())
                        .append('\t');
                CopyText.appendField(texts, d.body());
                texts.append('\n');
                if (++loaded % BATCH == 0) {
                    copy.copyIn(
                            "copy building_text (text_id, building_id, created_at, body) from stdin",
                            new StringReader(texts.toString()));
                    texts.setLength(0);
                }
            }
            copy.copyIn(
                    "copy building_text (text_id, building_id, created_at, body) from stdin",
                    new StringReader(texts.toString()));
            return loaded;
        }
    }
}
