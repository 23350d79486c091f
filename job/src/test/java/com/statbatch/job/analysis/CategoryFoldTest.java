package com.statbatch.job.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.job.trend.CategoryCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Categories are counted by the one pass, from the same keywords as the terms. */
class CategoryFoldTest {

    /** building|category|documents, ordered. */
    private static List<String> categoryCounts(FoldedDocuments documents) {
        return CategoryCounts.of(documents.aggregate())
                .orderBy("building_id", "category")
                .collectAsList()
                .stream()
                .map(r -> r.getLong(0) + "|" + r.getString(1) + "|" + r.getLong(2))
                .toList();
    }

    @Test
    void aDocumentCountsOncePerCategoryHoweverManyOfItsTermsBelongToIt() {
        FoldedDocuments documents =
                new FoldedDocuments()
                        .doc(1, "누수/NNG:2", "곰팡이/NNG:1", "천장/NNG:1")
                        .doc(1, "누수/NNG:1", "주차장/NNG:1");

        assertThat(categoryCounts(documents)).containsExactly("1|누수|2", "1|주차|1");
    }

    @Test
    void aBuildingsCategoryCountsAddUpAcrossTasks() {
        FoldedDocuments documents =
                new FoldedDocuments()
                        .doc(1, "층간소음/NNG:1")
                        .doc(2, "택배/NNG:1")
                        .nextTask()
                        .doc(1, "소음/NNG:1", "층간소음/NNG:1")
                        .doc(1, "관리비/NNG:1");

        assertThat(categoryCounts(documents)).containsExactly("1|관리비|1", "1|소음|2", "2|택배|1");
    }

    @Test
    void documentsWithoutACategoryTermAddNoCategoryRow() {
        FoldedDocuments documents = new FoldedDocuments().doc(1, "영화/NNG:3").doc(1);

        assertThat(categoryCounts(documents)).isEmpty();
    }
}
