package com.statbatch.udf.spark;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/** The typed counterpart of ko_keywords and ko_truncated. */
public final class KeywordExtraction {

    public static final Encoder<TextDocument> DOCUMENT_ENCODER = Encoders.bean(TextDocument.class);
    public static final Encoder<DocumentKeywords> KEYWORDS_ENCODER =
            Encoders.bean(DocumentKeywords.class);

    private KeywordExtraction() {}

    /**
     * One result per document. A DataFrame with string columns docId, buildingId and body becomes
     * the input with {@code .as(KeywordExtraction.DOCUMENT_ENCODER)}.
     */
    public static Dataset<DocumentKeywords> extract(
            Dataset<TextDocument> documents, NlpSettings settings) {
        KeywordExtractor.forSettings(settings);
        return documents.mapPartitions(new ExtractPartition(settings), KEYWORDS_ENCODER);
    }

    private static final class ExtractPartition
            implements MapPartitionsFunction<TextDocument, DocumentKeywords> {
        private final NlpSettings settings;

        ExtractPartition(NlpSettings settings) {
            this.settings = settings;
        }

        @Override
        public Iterator<DocumentKeywords> call(Iterator<TextDocument> documents) {
            KeywordExtractor extractor = KeywordExtractor.forSettings(settings);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return documents.hasNext();
                }

                @Override
                public DocumentKeywords next() {
                    TextDocument document = documents.next();
                    return new DocumentKeywords(
                            document.getDocId(),
                            document.getBuildingId(),
                            extractor.truncates(document.getBody()),
                            extractor.countKeywords(document.getBody()).stream()
                                    .map(
                                            count ->
                                                    new TermCount(
                                                            count.term(),
                                                            count.pos(),
                                                            count.count()))
                                    .toList());
                }
            };
        }
    }
}
