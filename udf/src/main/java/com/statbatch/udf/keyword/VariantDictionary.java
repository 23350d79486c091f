package com.statbatch.udf.keyword;

import com.statbatch.udf.resource.MappingLine;
import com.statbatch.udf.text.TextNormalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Canonical terms and the other spellings of each ({@code nlp.variants}, e.g. {@code 엘리베이터 = 엘베,
 * 엘레베이터, 승강기}). Terms are whole words: 엘베 is rewritten, 엘베이터 is not. Immutable.
 */
public final class VariantDictionary {

    static final String FORMAT = "'canonical = variant, variant, …' (e.g. 엘리베이터 = 엘베, 엘레베이터, 승강기)";

    /** Every variant to its canonical term, and every canonical term to itself. */
    private final Map<String, String> canonicalByTerm;

    /** Every variant and the line that lists it, in the file's order. */
    private final Map<String, MappingLine> variantLines;

    private VariantDictionary(
            Map<String, String> canonicalByTerm, Map<String, MappingLine> variantLines) {
        this.canonicalByTerm = Map.copyOf(canonicalByTerm);
        this.variantLines = new LinkedHashMap<>(variantLines);
    }

    /**
     * The dictionary the key's value names (a file, a file shipped with --files or a classpath
     * resource; "" for none). A line that is not {@code canonical = variant, …}, a variant listed
     * under two canonical terms, or a term that is both a variant and a canonical term stops with
     * the file, the line and what to change.
     */
    public static VariantDictionary load(String key, String value) {
        Map<String, String> canonicalByTerm = new HashMap<>();
        Map<String, MappingLine> canonicalLines = new HashMap<>();
        Map<String, MappingLine> variantLines = new LinkedHashMap<>();
        for (MappingLine line : MappingLine.load(key, value, FORMAT)) {
            String canonical = canonicalOf(line);
            MappingLine asVariant = variantLines.get(canonical);
            if (asVariant != null) {
                throw line.problem(
                        "makes '"
                                + canonical
                                + "' a canonical term, but line "
                                + asVariant.number()
                                + " lists it as a variant of '"
                                + canonicalByTerm.get(canonical)
                                + "'; a term has one canonical term, so move these variants to line "
                                + asVariant.number());
            }
            canonicalLines.putIfAbsent(canonical, line);
            canonicalByTerm.put(canonical, canonical);
            for (String variant : line.terms()) {
                if (variant.equals(canonical)) {
                    continue;
                }
                MappingLine asCanonical = canonicalLines.get(variant);
                if (asCanonical != null) {
                    throw line.problem(
                            "lists '"
                                    + variant
                                    + "' as a variant, but line "
                                    + asCanonical.number()
                                    + " makes it a canonical term; move line "
                                    + asCanonical.number()
                                    + "'s variants here, or drop '"
                                    + variant
                                    + "' from one of the two lines");
                }
                MappingLine earlier = variantLines.putIfAbsent(variant, line);
                String other = canonicalByTerm.get(variant);
                if (earlier != null && !other.equals(canonical)) {
                    throw line.problem(
                            "lists '"
                                    + variant
                                    + "' as a variant of '"
                                    + canonical
                                    + "', but line "
                                    + earlier.number()
                                    + " makes it a variant of '"
                                    + other
                                    + "'; a term has one canonical term, so keep it on one line");
                }
                canonicalByTerm.put(variant, canonical);
            }
        }
        return new VariantDictionary(canonicalByTerm, variantLines);
    }

    private static String canonicalOf(MappingLine line) {
        String canonical = new TextNormalizer().normalize(line.name()).strip();
        if (canonical.isEmpty() || canonical.codePoints().anyMatch(Character::isWhitespace)) {
            throw line.problem(
                    "has '"
                            + line.name()
                            + "' before '=', which is not one word; the canonical term is the one word"
                            + " every variant is counted as, e.g. 층간소음 = 층간소음문제");
        }
        return canonical;
    }

    /** The canonical term of a dictionary term; any other term unchanged. */
    public String canonical(String term) {
        return canonicalByTerm.getOrDefault(term, term);
    }

    /** True for the canonical terms and the variants. */
    public boolean contains(String term) {
        return canonicalByTerm.containsKey(term);
    }

    /** Every variant with the line that lists it, in the file's order. */
    public Map<String, MappingLine> variantLines() {
        return Collections.unmodifiableMap(variantLines);
    }

    /** The canonical terms and the variants. */
    public Set<String> terms() {
        return canonicalByTerm.keySet();
    }
}
