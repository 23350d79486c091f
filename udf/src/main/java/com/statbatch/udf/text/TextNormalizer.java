package com.statbatch.udf.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns raw text into what the analyzer sees: invisible and broken characters removed, NFKC
 * (full-width Ｃ Ｃ Ｔ Ｖ becomes CCTV, half-width forms become standard ones), lower case, and URLs,
 * e-mail addresses and phone numbers replaced by a space so that their parts never become keywords.
 * Word lists go through the same normalisation, so they match whatever case or width the text was
 * written in. Stateless.
 */
public final class TextNormalizer {

    /**
     * Format characters (zero-width space, BOM, soft hyphen) sit inside words: drop them without a
     * gap.
     */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    /**
     * Control characters, unpaired surrogates, private-use and unassigned code points separate
     * words.
     */
    private static final Pattern BROKEN = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}]+");

    private static final Pattern URL =
            Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]{}]+");
    private static final Pattern EMAIL =
            Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");

    /**
     * Korean numbers: mobile and area codes (010-1234-5678, 02-123-4567, 031.123.4567, (02) 123
     * 4567, 01012345678, +82 10-1234-5678) and nationwide service numbers (1588-1234).
     */
    private static final Pattern PHONE =
            Pattern.compile(
                    "(?<![\\d-])(?:(?:\\+82[-. ]?|\\(?0)\\d{1,2}(?:\\)\\s?|[-. ])?\\d{3,4}[-. ]?\\d{4}"
                            + "|1[568]\\d{2}-\\d{4})(?![\\d-])");

    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String cleaned = BROKEN.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ");
        String folded =
                Normalizer.normalize(cleaned, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // Most texts hold none of these: the cheap checks spare every text three regex scans.
        String withoutUrls =
                folded.contains("http") || folded.contains("www.")
                        ? URL.matcher(folded).replaceAll(" ")
                        : folded;
        String withoutEmails =
                withoutUrls.indexOf('@') >= 0
                        ? EMAIL.matcher(withoutUrls).replaceAll(" ")
                        : withoutUrls;
        return containsDigit(withoutEmails)
                ? PHONE.matcher(withoutEmails).replaceAll(" ")
                : withoutEmails;
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
