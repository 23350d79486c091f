package com.statbatch.job.trend;

/**
 * How many of a building's documents in one period mention a term or a category.
 *
 * @param documents documents that mention it
 * @param buildingDocuments all documents of the building in the period
 */
public record DocumentShare(long documents, long buildingDocuments) {

    public DocumentShare {
        if (documents < 0 || buildingDocuments < 0 || documents > buildingDocuments) {
            throw new IllegalArgumentException(
                    "A share needs 0 <= documents <= building documents, got "
                            + documents
                            + " of "
                            + buildingDocuments);
        }
    }

    /** documents / building documents; 0 for a building without documents. */
    public double share() {
        return buildingDocuments == 0 ? 0.0 : (double) documents / buildingDocuments;
    }
}
