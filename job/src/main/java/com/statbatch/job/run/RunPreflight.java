package com.statbatch.job.run;

import com.statbatch.job.JobSettings;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Everything a run can get wrong by configuration, checked before anything is written: the analyzer
 * and its word lists load, the report prefix is a place the job can write (endpoints are checked
 * where they are read, {@link com.statbatch.common.aws.AwsSettings}). A problem found here is a
 * usage error (exit 2) and nothing has run, not a FAILED month with the master tables already
 * synced.
 */
public final class RunPreflight {

    private static final Set<String> REPORT_SCHEMES = Set.of("s3a", "s3", "file");

    private RunPreflight() {}

    /**
     * @throws IllegalArgumentException or {@link java.io.UncheckedIOException} naming the key and
     *     the value at fault
     */
    public static void check(JobSettings settings) {
        // The extractor is cached per JVM, so the tasks that run in this JVM reuse what loads here.
        KeywordExtractor.forSettings(settings.nlp());
        checkReportPrefix(settings.reportPrefix());
    }

    private static void checkReportPrefix(String prefix) {
        URI uri = parse("report.prefix", prefix);
        String scheme = uri.getScheme();
        if (scheme != null && !REPORT_SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException(
                    "report.prefix = '"
                            + prefix
                            + "' has the scheme "
                            + scheme
                            + ":, which the job cannot write; use s3a://bucket/path, s3://bucket/path,"
                            + " file:///path or a local directory");
        }
    }

    private static URI parse(String key, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    key + " = '" + value + "' is not a valid URI: " + e.getMessage(), e);
        }
    }
}
