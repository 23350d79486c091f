package com.statbatch.job.sink;

/** PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes for the rest. */
public final class CopyText {

    private CopyText() {}

    public static void appendField(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
