package com.statbatch.udf.spark;

import java.io.Serializable;
import java.util.Objects;

/** A document to analyse, as a JavaBean because Spark 3.5's bean encoder does not take records. */
public class TextDocument implements Serializable {

    private String docId;
    private String buildingId;
    private String body;

    public TextDocument() {}

    public TextDocument(String docId, String buildingId, String body) {
        this.docId = docId;
        this.buildingId = buildingId;
        this.body = body;
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextDocument other
                && Objects.equals(docId, other.docId)
                && Objects.equals(buildingId, other.buildingId)
                && Objects.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(docId, buildingId, body);
    }
}
