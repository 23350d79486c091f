package com.statbatch.udf.resource;

import com.statbatch.udf.SejongTags;
import com.statbatch.udf.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the user dictionary: {@code term<TAB>POS}, the POS optional (NNG). The one format
 * both analyzers read: KOMORAN takes both columns, Nori the term (Nori tags every user entry NNG).
 */
public record UserDictionaryEntry(String term, String pos) {

    public static final String DEFAULT_POS = "NNG";

    /**
     * The entries of the dictionary {@code value} names (see {@link NlpResources}), normalised like
     * text, without repeats.
     */
    public static List<UserDictionaryEntry> load(String key, String value) {
        TextNormalizer normalizer = new TextNormalizer();
        Map<String, UserDictionaryEntry> entries = new LinkedHashMap<>();
        for (String line : NlpResources.readLines(key, value)) {
            UserDictionaryEntry entry = parse(key, value, line, normalizer);
            entries.putIfAbsent(entry.term(), entry);
        }
        return new ArrayList<>(entries.values());
    }

    private static UserDictionaryEntry parse(
            String key, String value, String line, TextNormalizer normalizer) {
        String[] columns = line.split("\\s+");
        if (columns.length > 2 || (columns.length == 2 && !SejongTags.isKnown(columns[1]))) {
            throw new IllegalArgumentException(
                    key
                            + " = '"
                            + value
                            + "': the line '"
                            + line
                            + "' is not 'term<TAB>POS' with a Sejong POS such as NNG or NNP; a term has no spaces.");
        }
        String term = normalizer.normalize(columns[0]).strip();
        if (term.isEmpty() || term.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    key
                            + " = '"
                            + value
                            + "': the line '"
                            + line
                            + "' has no usable term (URLs, e-mail addresses and phone numbers are stripped from text, so they"
                            + " cannot be entries).");
        }
        return new UserDictionaryEntry(term, columns.length == 2 ? columns[1] : DEFAULT_POS);
    }
}
