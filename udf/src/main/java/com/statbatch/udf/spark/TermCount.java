package com.statbatch.udf.spark;

import java.io.Serializable;
import java.util.Objects;

/** One keyword of a document and its count; a JavaBean for Spark's bean encoder. */
public class TermCount implements Serializable {

    private String term;
    private String pos;
    private int count;

    public TermCount() {}

    public TermCount(String term, String pos, int count) {
        this.term = term;
        this.pos = pos;
        this.count = count;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getPos() {
        return pos;
    }

    public void setPos(String pos) {
        this.pos = pos;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermCount other
                && count == other.count
                && Objects.equals(term, other.term)
                && Objects.equals(pos, other.pos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(term, pos, count);
    }

    @Override
    public String toString() {
        return term + "/" + pos + "×" + count;
    }
}
