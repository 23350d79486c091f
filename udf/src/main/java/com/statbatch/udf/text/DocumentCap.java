package com.statbatch.udf.text;

/**
 * The per-document length cap: one giant row must not stall a task. The UDF that reports truncation
 * and the analysis that cuts use this one rule.
 */
public final class DocumentCap {

    private final int maxChars;

    public DocumentCap(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException(
                    "The document cap must be at least 1 char, got " + maxChars + ".");
        }
        this.maxChars = maxChars;
    }

    /** True when {@link #cut} would drop part of {@code text}. */
    public boolean exceeds(String text) {
        return text != null && text.length() > maxChars;
    }

    /**
     * The text, or its first {@code maxChars} chars, one less where the last would split a
     * surrogate pair.
     */
    public String cut(String text) {
        if (!exceeds(text)) {
            return text;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }
}
