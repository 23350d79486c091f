package com.statbatch.udf;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The Sejong part-of-speech tag names that tokens carry and that configuration may name. */
public final class SejongTags {

    public static final Set<String> ALL =
            Set.of(
                    "NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "VX", "VCP", "VCN", "MM", "MAG",
                    "MAJ", "IC", "JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX", "JC", "EP",
                    "EF", "EC", "ETN", "ETM", "XPN", "XSN", "XSV", "XSA", "XR", "SF", "SP", "SS",
                    "SE", "SO", "SW", "SL", "SH", "SN", "NF", "NV", "NA");

    private SejongTags() {}

    /** For messages. */
    public static SortedSet<String> sorted() {
        return new TreeSet<>(ALL);
    }

    public static boolean isKnown(String tag) {
        return ALL.contains(tag);
    }
}
