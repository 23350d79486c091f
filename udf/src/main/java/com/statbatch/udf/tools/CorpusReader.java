package com.statbatch.udf.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the benchmark corpus: JSON lines {"doc_id", "building_id", "created_at", "body"},
 * gzip-compressed or not.
 */
public final class CorpusReader {

    /** One text of the corpus; body may be null or empty. */
    public record CorpusDocument(String docId, String buildingId, String createdAt, String body) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusReader() {}

    /** The first {@code limit} documents, all when limit is 0. */
    public static List<CorpusDocument> read(Path path, int limit) throws IOException {
        List<CorpusDocument> documents = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(path);
                InputStream in =
                        path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                documents.add(parse(path, lineNumber, line));
                if (limit > 0 && documents.size() >= limit) {
                    break;
                }
            }
        }
        return documents;
    }

    private static CorpusDocument parse(Path path, long lineNumber, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return new CorpusDocument(
                    text(node, "doc_id"),
                    text(node, "building_id"),
                    text(node, "created_at"),
                    text(node, "body"));
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    path + " line " + lineNumber + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
