package com.statbatch.job.analysis;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.category.CategoryDictionary;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * The task side of the one pass: reads (building_id, reject_reason, body) rows, analyses each text
 * of a known building once, folds it into a {@link DocumentFold} and returns the partial
 * aggregates. The fold is handed on whenever it holds {@link #MAX_TERM_ENTRIES} pairs, so a task's
 * memory stays bounded whatever its input; the rows it returns are then not quite distinct per
 * task, which the aggregation after the shuffle absorbs.
 */
final class FoldPartition implements MapPartitionsFunction<Row, Row> {

    /** About 60 MB of tallies per task: two tasks fit a 768 MB local heap beside Spark. */
    static final int MAX_TERM_ENTRIES = 250_000;

    private final NlpSettings settings;
    private final CategoryDictionary categories;
    private final Broadcast<long[]> knownBuildings;

    /**
     * @param categories loaded on the driver, so a task needs no file of its own
     * @param knownBuildings the building ids stat_dimension knows, sorted
     */
    FoldPartition(
            NlpSettings settings, CategoryDictionary categories, Broadcast<long[]> knownBuildings) {
        this.settings = settings;
        this.categories = categories;
        this.knownBuildings = knownBuildings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        KeywordExtractor extractor = KeywordExtractor.forSettings(settings);
        DocumentFold fold = new DocumentFold(settings.posTags(), categories);
        long[] known = knownBuildings.value();
        return new Iterator<>() {
            private Iterator<Row> ready = Collections.emptyIterator();
            private boolean finished;

            @Override
            public boolean hasNext() {
                while (!ready.hasNext() && !finished) {
                    while (input.hasNext() && fold.termEntries() < MAX_TERM_ENTRIES) {
                        add(input.next());
                    }
                    finished = !input.hasNext();
                    ready = fold.drain().iterator();
                }
                return ready.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.next();
            }

            private void add(Row row) {
                String reason = row.getString(1);
                if (reason != null) {
                    fold.reject(reason);
                } else if (Arrays.binarySearch(known, row.getLong(0)) < 0) {
                    fold.unknownBuilding(row.getLong(0));
                } else {
                    String body = row.getString(2);
                    fold.knownDocument(
                            row.getLong(0),
                            extractor.countKeywords(body),
                            extractor.truncates(body));
                }
            }
        };
    }
}
