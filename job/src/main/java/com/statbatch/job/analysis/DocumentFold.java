package com.statbatch.job.analysis;

import com.statbatch.udf.category.CategoryDictionary;
import com.statbatch.udf.keyword.KeywordCount;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One task's partial aggregates, folded one analysed document at a time: per (building, term) the
 * term frequency, the documents with the term and the occurrences per POS tag; per building the
 * documents, empty and truncated documents and tokens; per (building, category) the documents that
 * mention the category; documents of unknown buildings; rejected rows by reason. Nothing per
 * document is kept, so memory grows with the distinct (building, term) pairs; {@link #drain} hands
 * them on as {@link PartialColumns} rows. Not thread-safe: one per task.
 */
final class DocumentFold {

    private final List<String> posTags;
    private final CategoryDictionary categories;
    private final Map<String, Integer> posIndex = new HashMap<>();
    private final Map<Long, BuildingTally> buildings = new HashMap<>();
    private final Map<Long, Long> unknownDocuments = new HashMap<>();
    private final Map<String, Long> rejects = new HashMap<>();
    private int termEntries;
    private int documentSequence;

    DocumentFold(List<String> posTags, CategoryDictionary categories) {
        this.posTags = List.copyOf(posTags);
        this.categories = categories;
        for (int i = 0; i < posTags.size(); i++) {
            posIndex.put(posTags.get(i), i);
        }
    }

    void reject(String reason) {
        rejects.merge(reason, 1L, Long::sum);
    }

    void unknownBuilding(long buildingId) {
        unknownDocuments.merge(buildingId, 1L, Long::sum);
    }

    /**
     * Counts one document of a known building from its keywords (the extractor's counts, so each
     * (term, tag) once): its terms, and each category its terms mention, once. Another statistic
     * per (building, something) a document contributes to is counted here from the same keywords,
     * in a tally of its own like {@link BuildingTally#categories}, and emitted in {@link #drain} as
     * rows of a new {@link PartialColumns} kind.
     */
    void knownDocument(long buildingId, List<KeywordCount> keywords, boolean truncated) {
        BuildingTally building = buildings.computeIfAbsent(buildingId, id -> new BuildingTally());
        building.documents++;
        if (truncated) {
            building.truncated++;
        }
        if (keywords.isEmpty()) {
            building.empty++;
        }
        int document = ++documentSequence;
        for (KeywordCount keyword : keywords) {
            TermTally term = building.terms.get(keyword.term());
            if (term == null) {
                term = new TermTally(posTags.size());
                building.terms.put(keyword.term(), term);
                termEntries++;
            }
            term.occurrences += keyword.count();
            term.posOccurrences[posOf(keyword)] += keyword.count();
            // One term can come with two tags in one document: it is still one document.
            if (term.lastDocument != document) {
                term.lastDocument = document;
                term.documents++;
            }
            building.tokens += keyword.count();
        }
        for (String category : categories.categoriesOf(termsOf(keywords))) {
            building.categories.merge(category, 1L, Long::sum);
        }
    }

    private static List<String> termsOf(List<KeywordCount> keywords) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return keywords.get(index).term();
            }

            @Override
            public int size() {
                return keywords.size();
            }
        };
    }

    /** Distinct (building, term) pairs held. */
    int termEntries() {
        return termEntries;
    }

    /** Everything folded so far as {@link PartialColumns} rows; the fold is empty afterwards. */
    List<Row> drain() {
        List<Row> rows = new ArrayList<>(termEntries + buildings.size() + rejects.size());
        buildings.forEach(
                (id, building) -> {
                    rows.add(
                            row(
                                    PartialColumns.BUILDING,
                                    id,
                                    null,
                                    building.documents,
                                    building.tokens,
                                    building.empty,
                                    building.truncated,
                                    null));
                    building.terms.forEach(
                            (term, tally) ->
                                    rows.add(
                                            row(
                                                    PartialColumns.TERM,
                                                    id,
                                                    term,
                                                    tally.documents,
                                                    tally.occurrences,
                                                    0,
                                                    0,
                                                    tally.posOccurrences)));
                    building.categories.forEach(
                            (category, documents) ->
                                    rows.add(
                                            row(
                                                    PartialColumns.CATEGORY,
                                                    id,
                                                    category,
                                                    documents,
                                                    0,
                                                    0,
                                                    0,
                                                    null)));
                });
        unknownDocuments.forEach(
                (id, documents) ->
                        rows.add(row(PartialColumns.UNKNOWN, id, null, documents, 0, 0, 0, null)));
        rejects.forEach(
                (reason, documents) ->
                        rows.add(
                                row(
                                        PartialColumns.REJECT,
                                        null,
                                        reason,
                                        documents,
                                        0,
                                        0,
                                        0,
                                        null)));
        buildings.clear();
        unknownDocuments.clear();
        rejects.clear();
        termEntries = 0;
        return rows;
    }

    private int posOf(KeywordCount keyword) {
        Integer index = posIndex.get(keyword.pos());
        if (index == null) {
            throw new IllegalStateException(
                    "The extractor returned keyword "
                            + keyword
                            + " with a tag outside nlp.pos-tags "
                            + posTags
                            + "; the keyword policy and the fold must use the same settings");
        }
        return index;
    }

    private Row row(
            String kind,
            Long buildingId,
            String item,
            long documents,
            long occurrences,
            long empty,
            long truncated,
            long[] posOccurrences) {
        Object[] values = new Object[7 + posTags.size()];
        values[0] = kind;
        values[1] = buildingId;
        values[2] = item;
        values[3] = documents;
        values[4] = occurrences;
        values[5] = empty;
        values[6] = truncated;
        for (int i = 0; i < posTags.size(); i++) {
            values[7 + i] = posOccurrences == null ? 0L : posOccurrences[i];
        }
        return RowFactory.create(values);
    }

    private static final class BuildingTally {
        long documents;
        long empty;
        long truncated;
        long tokens;
        final Map<String, TermTally> terms = new HashMap<>();
        final Map<String, Long> categories = new HashMap<>();
    }

    private static final class TermTally {
        long occurrences;
        long documents;
        int lastDocument;
        final long[] posOccurrences;

        TermTally(int tags) {
            posOccurrences = new long[tags];
        }
    }
}
