package com.statbatch.job.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One building's top keywords under two analyzers, and how far they agree: the Jaccard index of the
 * two term sets (a term counts once, whatever part of speech each analyzer gave it).
 */
record TopTermsOverlap(long buildingId, long documents, List<String> first, List<String> second) {

    /**
     * Every building that has documents, with its top terms under each analyzer (none if absent).
     */
    static List<TopTermsOverlap> of(
            Map<Long, Long> documents,
            Map<Long, List<String>> first,
            Map<Long, List<String>> second) {
        return documents.keySet().stream()
                .sorted()
                .map(
                        id ->
                                new TopTermsOverlap(
                                        id,
                                        documents.get(id),
                                        first.getOrDefault(id, List.of()),
                                        second.getOrDefault(id, List.of())))
                .toList();
    }

    /** False when neither analyzer found a keyword: there is nothing to agree on. */
    boolean comparable() {
        return !first.isEmpty() || !second.isEmpty();
    }

    double jaccard() {
        if (!comparable()) {
            throw new IllegalStateException(
                    "building " + buildingId + " has no keywords under either analyzer");
        }
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        Set<String> both = new HashSet<>(first);
        both.retainAll(new HashSet<>(second));
        return (double) both.size() / union.size();
    }

    /**
     * The mean Jaccard index over the comparable buildings with at least minDocuments documents.
     */
    static OptionalDouble meanJaccard(List<TopTermsOverlap> overlaps, long minDocuments) {
        return overlaps.stream()
                .filter(o -> o.documents() >= minDocuments && o.comparable())
                .mapToDouble(TopTermsOverlap::jaccard)
                .average();
    }
}
