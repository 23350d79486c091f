package com.statbatch.job.report;

/**
 * RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF ends a
 * record.
 */
public final class CsvFormat {

    /** Makes Excel read the file as UTF-8, so Korean shows as Korean. */
    public static final String BOM = "\uFEFF";

    public static final String RECORD_END = "\r\n";

    private CsvFormat() {}

    public static void appendRecord(StringBuilder out, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields[i]);
        }
        out.append(RECORD_END);
    }

    static void appendField(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        boolean quote =
                text.indexOf(',') >= 0
                        || text.indexOf('"') >= 0
                        || text.indexOf('\n') >= 0
                        || text.indexOf('\r') >= 0;
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
