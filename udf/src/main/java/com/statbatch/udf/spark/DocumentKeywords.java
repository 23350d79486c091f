package com.statbatch.udf.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A document's keywords with counts, in order of first occurrence; a JavaBean for Spark's bean encoder. */
public class DocumentKeywords implements Serializable {

    private String docId;
    private String buildingId;
    private boolean truncated;
    private List<TermCount> keywords = new ArrayList<>();

    public DocumentKeywords() {}

    public DocumentKeywords(String docId, String buildingId, boolean truncated, List<TermCount> keywords) {
        this.docId = docId;
        this.buildingId = buildingId;
        this.truncated = truncated;
        this.keywords = new ArrayList<>(keywords);
    }

    public String getDocId() {
        return docId;
    }

    public void setDocId(String docId) {
        this.docId = docId;
    }

    public String getBuildingId() {
        return buildingId;
    }

    public void setBuildingId(String buildingId) {
        this.buildingId = buildingId;
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
                && truncated == other.truncated
                && Objects.equals(docId, other.docId)
                && Objects.equals(buildingId, other.buildingId)
                && Objects.equals(keywords, other.keywords);
    }

    @Override
    public int hashCode() {
        return Objects.hash(docId, buildingId, truncated, keywords);
    }

    @Override
    public String toString() {
        return "DocumentKeywords{" + docId + ", building " + buildingId + (truncated ? ", truncated" : "") + ", "
                + keywords + "}";
    }
}
