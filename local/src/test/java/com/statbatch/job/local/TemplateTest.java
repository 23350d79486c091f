package com.statbatch.job.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTest {

    final Template template = new Template(Map.of("엘베", List.of("엘리베이터", "엘베")));

    /** Every text the template gives in 200 draws. */
    Set<String> variants(String text) {
        Set<String> seen = new HashSet<>();
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            seen.add(template.expand(text, random));
        }
        return seen;
    }

    @Test
    void expandsAlternativesAndNamedWordsIntoEveryCombination() {
        assertThat(variants("{엘베}가 [고장났어요|멈춤]"))
                .containsExactlyInAnyOrder("엘리베이터가 고장났어요", "엘리베이터가 멈춤", "엘베가 고장났어요", "엘베가 멈춤");
    }

    @Test
    void anEmptyAlternativeLeavesNothing() {
        assertThat(variants("추워요[ ㅠㅠ|]")).containsExactlyInAnyOrder("추워요 ㅠㅠ", "추워요");
    }

    @Test
    void theSameRandomSequenceGivesTheSameText() {
        String text = "[a|b|c][d|e|f]{엘베}";

        assertThat(template.expand(text, new Random(5)))
                .isEqualTo(template.expand(text, new Random(5)));
    }

    @Test
    void unknownWordsAndUnclosedBracketsNameTheProblem() {
        assertThatThrownBy(() -> template.expand("{주차장}이 없어요", new Random(1)))
                .hasMessageContaining("{주차장} has no spellings");
        assertThatThrownBy(() -> template.expand("[고장|멈춤", new Random(1)))
                .hasMessageContaining("Unclosed '['");
    }
}
