package com.statbatch.udf.komoran;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.TestSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.TokenizerFactories;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Run in a JVM of its own by {@link KomoranPlatformCharsetTest}: prints the platform charset, then
 * the nouns KOMORAN finds in {@link #TEXT} with the shipped user dictionary. The text is a
 * constant, not an argument, because a JVM decodes its arguments in the platform's encoding; the
 * output is UTF-8 whatever the platform charset, so that the test reads what was found.
 */
public final class UserDictionaryProbe {

    /** Two entries of conf/nlp/userdict-ko.txt that KOMORAN's model alone splits. */
    static final String TEXT = "장기수선충당금 택배보관함";

    private UserDictionaryProbe() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        NlpSettings komoran = TestSettings.with(Map.of(NlpSettings.ANALYZER_KEY, "komoran"));
        out.println(Charset.defaultCharset().name());
        out.println(
                TokenizerFactories.forAnalyzer("komoran").create(komoran).analyze(TEXT).stream()
                        .filter(token -> token.pos().startsWith("NN"))
                        .map(Token::term)
                        .collect(Collectors.joining(" ")));
    }
}
