package com.statbatch.udf.spark;

import java.io.Serializable;
import java.util.Objects;

/** Which document, of which building: the identity that analysis input and output share. */
public abstract class DocumentRef implements Serializable {

    private String docId;
    private String buildingId;

    protected DocumentRef() {}

    protected DocumentRef(String docId, String buildingId) {
        this.docId = docId;
        this.buildingId = buildingId;
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

    protected boolean sameRef(DocumentRef other) {
        return Objects.equals(docId, other.docId) && Objects.equals(buildingId, other.buildingId);
    }
}
