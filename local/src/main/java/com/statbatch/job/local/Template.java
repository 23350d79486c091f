package com.statbatch.job.local;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Expands the small template language of the demo sentences: {@code [a|b|c]} picks one alternative
 * (an alternative may be empty), {@code {name}} picks one spelling of a named word. Alternatives do
 * not nest; the sentences stay readable as written.
 */
final class Template {

    private final Map<String, List<String>> spellings;

    Template(Map<String, List<String>> spellings) {
        this.spellings = spellings;
    }

    String expand(String template, Random random) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                int close = closing(template, i, ']');
                String[] choices = template.substring(i + 1, close).split("\\|", -1);
                out.append(choices[random.nextInt(choices.length)]);
                i = close + 1;
            } else if (c == '{') {
                int close = closing(template, i, '}');
                out.append(pick(template.substring(i + 1, close), random));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String pick(String word, Random random) {
        List<String> forms = spellings.get(word);
        if (forms == null) {
            throw new IllegalArgumentException(
                    "Template word {" + word + "} has no spellings; add it to the word list");
        }
        return forms.get(random.nextInt(forms.size()));
    }

    private static int closing(String template, int open, char close) {
        int at = template.indexOf(close, open);
        if (at < 0) {
            throw new IllegalArgumentException(
                    "Unclosed '" + template.charAt(open) + "' at " + open + " in: " + template);
        }
        return at;
    }
}
