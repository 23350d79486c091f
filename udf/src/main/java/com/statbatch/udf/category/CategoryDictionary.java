package com.statbatch.udf.category;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.keyword.KeywordExtractor;
import com.statbatch.udf.resource.MappingLine;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue categories over canonical terms ({@code nlp.categories}, e.g. {@code 누수 = 누수, 결로, 곰팡이}):
 * which categories a document mentions, given its keywords. A document mentions a category when one
 * of its terms is one of the category's terms, and mentions it once however many it has. Immutable
 * and serializable, so that Spark functions can carry it to executors; {@link #categoriesOf} is
 * pure and thread-safe.
 */
public final class CategoryDictionary implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORMAT = "'category = term, term, …' (e.g. 누수 = 누수, 결로, 곰팡이)";

    /** The labels, in the order of their first line in the file. */
    private final List<String> categories;

    /** Each term to the indexes (into {@link #categories}) of its categories, ascending. */
    private final Map<String, int[]> categoriesByTerm;

    private CategoryDictionary(List<String> categories, Map<String, int[]> categoriesByTerm) {
        this.categories = List.copyOf(categories);
        this.categoriesByTerm = Map.copyOf(categoriesByTerm);
    }

    /**
     * The dictionary {@code nlp.categories} names ("" for none), its terms read as the keywords the
     * analysis counts: a variant as its canonical term (with the settings' {@code nlp.variants}). A
     * malformed line, or a term that can never be a keyword (a stopword, too short, or split by the
     * analyzer), stops with the file, the line and what to change.
     */
    public static CategoryDictionary load(NlpSettings settings) {
        List<MappingLine> lines =
                MappingLine.load(NlpSettings.CATEGORIES_KEY, settings.categories(), FORMAT);
        KeywordExtractor extractor = KeywordExtractor.forSettings(settings);
        Map<String, Integer> indexes = new LinkedHashMap<>();
        Map<String, List<Integer>> byTerm = new HashMap<>();
        for (MappingLine line : lines) {
            int index = indexes.computeIfAbsent(line.name(), name -> indexes.size());
            for (String term : line.terms()) {
                List<Integer> of =
                        byTerm.computeIfAbsent(
                                keyword(extractor, line, term), t -> new ArrayList<>());
                if (!of.contains(index)) {
                    of.add(index);
                }
            }
        }
        Map<String, int[]> categoriesByTerm = new HashMap<>();
        byTerm.forEach(
                (term, of) ->
                        categoriesByTerm.put(
                                term, of.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return new CategoryDictionary(new ArrayList<>(indexes.keySet()), categoriesByTerm);
    }

    /** The keyword the analysis counts {@code term} as: its canonical term, checked. */
    private static String keyword(KeywordExtractor extractor, MappingLine line, String term) {
        Optional<String> problem = extractor.notCountedAsItself(term);
        if (problem.isPresent()) {
            throw line.problem(
                    "lists '"
                            + term
                            + "', which is never a keyword: it "
                            + problem.get()
                            + "; list the keyword scripts/tokenize.sh prints for it, or drop it");
        }
        List<Token> keywords = extractor.keywords(term);
        return keywords.get(0).term();
    }

    /** Every category, in the file's order. */
    public List<String> categories() {
        return categories;
    }

    /**
     * The categories the terms mention, each once, in the file's order; empty when none does. Pass
     * a document's keyword terms (ko_keywords' {@code term} fields).
     */
    public List<String> categoriesOf(Iterable<String> terms) {
        boolean[] mentioned = null;
        for (String term : terms) {
            int[] of = categoriesByTerm.get(term);
            if (of != null) {
                if (mentioned == null) {
                    mentioned = new boolean[categories.size()];
                }
                for (int index : of) {
                    mentioned[index] = true;
                }
            }
        }
        if (mentioned == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int index = 0; index < mentioned.length; index++) {
            if (mentioned[index]) {
                result.add(categories.get(index));
            }
        }
        return result;
    }
}
