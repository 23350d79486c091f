package com.statbatch.udf.resource;

import com.statbatch.udf.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a {@code name = term, term, …} file, the format of the variant and the category
 * dictionaries: the name before the first '=' (stripped, otherwise as written), the comma-separated
 * terms after it, normalised like text (NFKC, lower case) so that they match the analyzer's terms.
 *
 * @param source where the line comes from, as errors name it: the configuration key and its value
 * @param number the line's 1-based number in the file
 * @param text the line as written, for messages
 */
public record MappingLine(String source, int number, String text, String name, List<String> terms) {

    /**
     * The lines of the file the key's value names (see {@link NlpResources}); a line that is not
     * {@code name = term, …} stops with the file, the line number and an example of the format.
     */
    public static List<MappingLine> load(String key, String value, String example) {
        String source = key + " = '" + value + "'";
        TextNormalizer normalizer = new TextNormalizer();
        List<MappingLine> lines = new ArrayList<>();
        for (NumberedLine line : NlpResources.readNumberedLines(key, value)) {
            lines.add(parse(source, line, example, normalizer));
        }
        return lines;
    }

    private static MappingLine parse(
            String source, NumberedLine line, String example, TextNormalizer normalizer) {
        String text = line.text();
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw fail(source, line, "has no '='; write it as " + example);
        }
        String name = text.substring(0, equals).strip();
        if (name.isEmpty()) {
            throw fail(source, line, "has nothing before '='; write it as " + example);
        }
        List<String> terms = new ArrayList<>();
        for (String item : text.substring(equals + 1).split(",", -1)) {
            String term = normalizer.normalize(item).strip();
            if (term.isEmpty()) {
                throw fail(
                        source,
                        line,
                        "has an empty term (nothing after '=', or two commas in a row); write it as "
                                + example);
            }
            if (term.codePoints().anyMatch(Character::isWhitespace)) {
                throw fail(
                        source,
                        line,
                        "has the term '"
                                + item.strip()
                                + "' with a space in it; a term is one word: write 층간소음, not 층간 소음"
                                + " (the compound rule counts the spaced spelling as the word), and separate terms"
                                + " with commas");
            }
            terms.add(term);
        }
        return new MappingLine(source, line.number(), text, name, List.copyOf(terms));
    }

    /** An error about this line: the file, the line number and text, and what is wrong. */
    public IllegalArgumentException problem(String what) {
        return fail(source, new NumberedLine(number, text), what);
    }

    private static IllegalArgumentException fail(String source, NumberedLine line, String what) {
        return new IllegalArgumentException(
                source + ", line " + line.number() + " ('" + line.text() + "') " + what + ".");
    }
}
