package com.statbatch.launcher;

import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Removes the database password from text bound for logs, alerts and responses: the value itself (a
 * driver may echo it) and any password=… pair, such as one inside a JDBC URL.
 */
final class SecretRedactor {

    private static final Pattern PASSWORD_PAIR =
            Pattern.compile("(?i)(password\\s*[=:]\\s*)[^&;,\\s\"']+");

    /** Shorter values would blank out ordinary words. */
    private static final int MIN_SECRET_CHARS = 4;

    private final Supplier<String> password;

    SecretRedactor(Supplier<String> password) {
        this.password = password;
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String secret = password.get();
        String redacted =
                secret != null && secret.length() >= MIN_SECRET_CHARS
                        ? text.replace(secret, "***")
                        : text;
        return PASSWORD_PAIR.matcher(redacted).replaceAll("$1***");
    }
}
