package com.statbatch.job.run;

/**
 * Pads text to a width in terminal cells: Hangul, CJK and full-width forms take two cells, so
 * String.format's %-24s would push every column after a Korean building name out of line.
 */
final class TerminalColumns {

    private TerminalColumns() {}

    static String padRight(String text, int cells) {
        String value = text == null ? "" : text;
        int width = value.codePoints().map(TerminalColumns::cells).sum();
        return width >= cells ? value : value + " ".repeat(cells - width);
    }

    private static int cells(int codePoint) {
        boolean wide =
                (codePoint >= 0x1100 && codePoint <= 0x115F)
                        || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
        return wide ? 2 : 1;
    }
}
