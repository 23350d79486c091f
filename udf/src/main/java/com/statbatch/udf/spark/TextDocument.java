package com.statbatch.udf.spark;

import java.util.Objects;

/** A document to analyse, as a JavaBean because Spark 3.5's bean encoder does not take records. */
public class TextDocument extends DocumentRef {

    private String body;

    public TextDocument() {}

    public TextDocument(String docId, String buildingId, String body) {
        super(docId, buildingId);
        this.body = body;
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
                && sameRef(other)
                && Objects.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getDocId(), getBuildingId(), body);
    }
}
