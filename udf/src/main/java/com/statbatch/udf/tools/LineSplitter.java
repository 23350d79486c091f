package com.statbatch.udf.tools;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines separated by \n only, an optional \r before it dropped: BufferedReader.readLine also splits
 * at a lone \r, which would give more answers than the input has lines.
 */
final class LineSplitter {

    private final Reader reader;
    private boolean finished;

    LineSplitter(Reader reader) {
        this.reader = reader;
    }

    /**
     * The next line without its terminator, or null after the last; a last line without \n still
     * counts.
     */
    String next() throws IOException {
        if (finished) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        if (c == -1) {
            finished = true;
            if (line.isEmpty()) {
                return null;
            }
        }
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return line.toString();
    }
}
