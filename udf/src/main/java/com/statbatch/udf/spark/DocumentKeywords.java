package com.statbatch.udf.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document's keywords with counts, in order of first occurrence; a JavaBean for Spark's bean
 * encoder.
 */
public class DocumentKeywords extends DocumentRef {

    private boolean truncated;
    private List<TermCount> keywords = new ArrayList<>();

    public DocumentKeywords() {}

    public DocumentKeywords(
            String docId, String buildingId, boolean truncated, List<TermCount> keywords) {
        super(docId, buildingId);
        this.truncated = truncated;
        this.keywords = new ArrayList<>(keywords);
    }

    public boolean isTruncated() {
        return truncated;
    }

    public void setTruncated(boolean truncated) {
        this.truncated = truncated;
    }

    public List<TermCount> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<TermCount> keywords) {
        this.keywords = keywords;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentKeywords other
                && sameRef(other)
                && truncated == other.truncated
                && Objects.equals(keywords, other.keywords);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getDocId(), getBuildingId(), truncated, keywords);
    }

    @Override
    public String toString() {
        return "DocumentKeywords{"
                + getDocId()
                + ", building "
                + getBuildingId()
                + (truncated ? ", truncated" : "")
                + ", "
                + keywords
                + "}";
    }
}
