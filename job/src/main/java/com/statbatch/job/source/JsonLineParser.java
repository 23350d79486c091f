package com.statbatch.job.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads one JSON Lines record into the raw columns. Spark's own JSON reader turns a number or an
 * object in a string column into its text, so "body is not a string" would pass unnoticed; this
 * parser looks at the token type.
 */
public final class JsonLineParser implements Serializable {

    private static final JsonFactory JSON = new JsonFactory();

    private final SourceColumns columns;

    public JsonLineParser(SourceColumns columns) {
        this.columns = columns;
    }

    /** Returns (building_id, created_at, body, format_problem, text_id), all strings. */
    public Row parse(String line) {
        String id = null;
        String building = null;
        String createdAt = null;
        String body = null;
        String problem = null;
        // Editors that save "UTF-8 with BOM" put U+FEFF before the first record of the file.
        String record = line.startsWith("\uFEFF") ? line.substring(1) : line;
        try (JsonParser parser = JSON.createParser(record)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return malformed();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.getCurrentName();
                JsonToken value = parser.nextToken();
                if (field.equals(columns.id())) {
                    id = scalar(parser, value);
                } else if (field.equals(columns.building())) {
                    building = scalar(parser, value);
                } else if (field.equals(columns.createdAt())) {
                    createdAt = scalar(parser, value);
                } else if (field.equals(columns.body())) {
                    body = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    problem =
                            value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL
                                    ? null
                                    : TextValidation.BODY_NOT_TEXT;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return malformed();
        }
        return RowFactory.create(building, createdAt, body, problem, id);
    }

    private static Row malformed() {
        return RowFactory.create(null, null, null, TextValidation.MALFORMED_RECORD, null);
    }

    private static String scalar(JsonParser parser, JsonToken value) throws IOException {
        return value != null && value.isScalarValue() && value != JsonToken.VALUE_NULL
                ? parser.getText()
                : null;
    }
}
