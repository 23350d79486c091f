package com.statbatch.udf.tools;

import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * scripts/tokenize.sh: shows what the analysis sees. One output line per input line, the line's
 * keywords as term/POS in text order (an empty line when there are none). Runs without Spark.
 */
@Command(
        name = "tokenize.sh",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads UTF-8 lines on stdin and writes, for each, its keywords as term/POS separated by spaces,"
                    + " in text order (an empty line when there are none), under the configured nlp.* policy."
                    + " Terms are canonical: variants rewritten, adjacent nouns that join to a dictionary word"
                    + " joined (--surface shows what was written).",
            "Text is normalised first as in the job (NFKC, lower case, URLs, e-mail addresses and phone"
                    + " numbers removed; cut at nlp.max-document-chars)."
        })
public final class TokenizeCommand implements Callable<Integer> {

    private static final String NONE = "none";

    @Mixin private AnalyzerOptions analyzer = new AnalyzerOptions();

    @Option(
            names = "--pos",
            paramLabel = "TAGS",
            description = "Sejong tags kept, comma-separated (nlp.pos-tags), e.g. NNG,NNP,SL.")
    private String posTags;

    @Option(
            names = "--min-length",
            paramLabel = "N",
            description = "Shortest keyword in characters (nlp.min-length).")
    private Integer minLength;

    @Option(
            names = "--stopwords",
            paramLabel = "FILE|none",
            description = "Stopword list (nlp.stopwords); none for no list.")
    private String stopwords;

    @Option(
            names = "--userdict",
            paramLabel = "FILE|none",
            description = "User dictionary (nlp.user-dictionary); none for no dictionary.")
    private String userDictionary;

    @Option(
            names = "--variants",
            paramLabel = "FILE|none",
            description =
                    "Variant dictionary (nlp.variants); none for no dictionary (then compounds join only to"
                            + " user-dictionary words).")
    private String variants;

    @Option(
            names = "--surface",
            description =
                    "Show what was written beside a term the variant dictionary or the compound rule"
                            + " rewrote: 엘리베이터/NNG(엘베), 층간소음/NNG(층간 소음).")
    private boolean surface;

    @Option(
            names = "--all",
            description = "Every token of the normalised text, no POS, length or stopword filter.")
    private boolean all;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A HOCON file over the defaults, as the job's --config.")
    private Path config;

    private final InputStream in;
    private final OutputStream out;

    public TokenizeCommand(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(ToolCommandLine.of(new TokenizeCommand(System.in, System.out)).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        KeywordExtractor extractor =
                new KeywordExtractor(
                        NlpSettings.fromConfig(
                                StatBatchConfig.load(Optional.ofNullable(config), overrides())));
        BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                in,
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPLACE)
                                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        LineSplitter lines = new LineSplitter(reader);
        for (String line = lines.next(); line != null; line = lines.next()) {
            writer.write(format(all ? extractor.tokens(line) : extractor.keywords(line)));
            writer.write('\n');
            // Interactive use wants each answer at once; piped input is flushed when the reader
            // waits for more.
            if (!reader.ready()) {
                writer.flush();
            }
        }
        writer.flush();
        return 0;
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>(analyzer.overrides());
        putIfSet(overrides, NlpSettings.POS_TAGS_KEY, posTags);
        putIfSet(
                overrides,
                NlpSettings.MIN_LENGTH_KEY,
                minLength == null ? null : minLength.toString());
        putIfSet(overrides, NlpSettings.STOPWORDS_KEY, noneAsEmpty(stopwords));
        putIfSet(overrides, NlpSettings.USER_DICTIONARY_KEY, noneAsEmpty(userDictionary));
        putIfSet(overrides, NlpSettings.VARIANTS_KEY, noneAsEmpty(variants));
        return overrides;
    }

    private static void putIfSet(Map<String, String> overrides, String key, String value) {
        if (value != null) {
            overrides.put(key, value);
        }
    }

    private static String noneAsEmpty(String value) {
        return NONE.equals(value) ? "" : value;
    }

    private String format(List<Token> tokens) {
        return tokens.stream().map(this::format).collect(Collectors.joining(" "));
    }

    private String format(Token token) {
        String keyword = token.term() + "/" + token.pos();
        return surface && !token.surface().equals(token.term())
                ? keyword + "(" + token.surface() + ")"
                : keyword;
    }
}
