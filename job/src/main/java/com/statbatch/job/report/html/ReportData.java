package com.statbatch.job.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-building data the page's script draws the building pages from, as compact JSON embedded
 * in a {@code <script type="application/json">} element ({@code <} and {@code >} escaped, so no
 * text can close the element). Compact because the page must stay small for thousands of buildings:
 * shares are integers in basis points (1/100 of a percent), categories are indexes into one list, a
 * status is one letter (N, R, F, S) or null, and every line is an array:
 *
 * <pre>
 * {"period": "2026-10", "previous": "2026-09" | null,
 *  "categories": [label, ...],
 *  "portfolio": [[category, documents, share, previous share, status], ...],
 *  "buildings": [{"id": 1001, "name": "…", "docs": 376, "prev": 350 | null,
 *                 "cat": [[category, documents, share, previous share, status]],
 *                 "top": [[term, mentions]], "dist": [[term, score]],
 *                 "rise": [[term, documents, share, previous documents, previous share, status]]}]}
 * </pre>
 *
 * Only what the page shows is embedded: of a building's term trends, the NEW and RISING ones.
 */
final class ReportData {

    private static final JsonFactory JSON = new JsonFactory();

    private ReportData() {}

    static String of(ReportModel model) {
        Map<String, Integer> categoryIndex = new LinkedHashMap<>();
        model.categories().forEach(c -> categoryIndex.putIfAbsent(c.label(), categoryIndex.size()));
        model.buildings()
                .forEach(
                        b ->
                                b.categories()
                                        .forEach(
                                                c ->
                                                        categoryIndex.putIfAbsent(
                                                                c.label(), categoryIndex.size())));
        StringWriter out = new StringWriter(64 + 512 * model.buildings().size());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setCharacterEscapes(new ScriptSafeEscapes());
            json.writeStartObject();
            json.writeStringField("period", model.periodLabel());
            json.writeStringField("previous", model.previousPeriodLabel());
            json.writeArrayFieldStart("categories");
            for (String label : categoryIndex.keySet()) {
                json.writeString(label);
            }
            json.writeEndArray();
            json.writeFieldName("portfolio");
            writeCategories(json, model.categories(), categoryIndex);
            json.writeArrayFieldStart("buildings");
            for (BuildingReport b : model.buildings()) {
                writeBuilding(json, b, categoryIndex);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report's data", e);
        }
        return out.toString();
    }

    private static void writeBuilding(
            JsonGenerator json, BuildingReport b, Map<String, Integer> categoryIndex)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", b.id());
        json.writeStringField("name", b.name());
        json.writeNumberField("docs", b.documents());
        json.writeFieldName("prev");
        writeNullable(json, b.previousDocuments());
        json.writeFieldName("cat");
        writeCategories(json, b.categories(), categoryIndex);
        json.writeFieldName("top");
        writeTerms(json, b.topTerms());
        json.writeFieldName("dist");
        writeTerms(json, b.distinctiveTerms());
        json.writeArrayFieldStart("rise");
        for (TrendLine line : b.termTrends()) {
            if (line.status() == null || !line.status().isRise()) {
                continue;
            }
            json.writeStartArray();
            json.writeString(line.label());
            json.writeNumber(line.documents());
            json.writeNumber(basisPoints(line.share()));
            writeNullable(json, line.previousDocuments());
            writeShareAndStatus(json, line);
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeCategories(
            JsonGenerator json, List<TrendLine> lines, Map<String, Integer> categoryIndex)
            throws IOException {
        json.writeStartArray();
        for (TrendLine line : lines) {
            json.writeStartArray();
            json.writeNumber(categoryIndex.get(line.label()));
            json.writeNumber(line.documents());
            json.writeNumber(basisPoints(line.share()));
            writeShareAndStatus(json, line);
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void writeShareAndStatus(JsonGenerator json, TrendLine line) throws IOException {
        if (line.previousShare() == null) {
            json.writeNull();
        } else {
            json.writeNumber(basisPoints(line.previousShare()));
        }
        if (line.status() == null) {
            json.writeNull();
        } else {
            json.writeString(line.status().name().substring(0, 1));
        }
    }

    private static void writeTerms(JsonGenerator json, List<TermValue> terms) throws IOException {
        json.writeStartArray();
        for (TermValue t : terms) {
            json.writeStartArray();
            json.writeString(t.term());
            double rounded = Math.round(t.value() * 100) / 100.0;
            if (rounded == Math.rint(rounded)) {
                json.writeNumber((long) rounded);
            } else {
                json.writeNumber(rounded);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void writeNullable(JsonGenerator json, Long value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static long basisPoints(double share) {
        return Math.round(share * 10_000);
    }

    /** Escapes the characters that could end or confuse the script element the JSON sits in. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
