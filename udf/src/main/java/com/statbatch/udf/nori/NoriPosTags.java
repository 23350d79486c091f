package com.statbatch.udf.nori;

import com.statbatch.udf.Token;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ko.POS;

/**
 * Nori's tags (mecab-ko-dic's) as Sejong tag names. Most are the same; where Nori is coarser or
 * differs:
 *
 * <ul>
 *   <li>E (every verbal ending; Nori does not tell EF, EC, EP, ETM apart) → EF where it ends the
 *       text or stands right before sentence-final punctuation (see {@link #markFinalEndings}),
 *       else EC, the most frequent class.
 *   <li>J (every particle) → by its surface form: 이/가/께서 JKS, 을/를 JKO, 의 JKG, 에/에서/에게/로… JKB,
 *       와/과/랑… JC, 아/야 JKV, 라고 JKQ, anything else JX.
 *   <li>NNBC (unit noun) → NNB; SSO, SSC (brackets) → SS; SC (separators , · / :) → SP; SY → SW;
 *       VSV → VV; UNKNOWN, UNA, NA → NA.
 * </ul>
 */
final class NoriPosTags {

    private static final Map<String, String> PARTICLES =
            Map.ofEntries(
                    Map.entry("이", "JKS"),
                    Map.entry("가", "JKS"),
                    Map.entry("께서", "JKS"),
                    Map.entry("을", "JKO"),
                    Map.entry("를", "JKO"),
                    Map.entry("ㄹ", "JKO"),
                    Map.entry("의", "JKG"),
                    Map.entry("에", "JKB"),
                    Map.entry("에서", "JKB"),
                    Map.entry("에게", "JKB"),
                    Map.entry("께", "JKB"),
                    Map.entry("한테", "JKB"),
                    Map.entry("로", "JKB"),
                    Map.entry("으로", "JKB"),
                    Map.entry("보다", "JKB"),
                    Map.entry("처럼", "JKB"),
                    Map.entry("에게서", "JKB"),
                    Map.entry("한테서", "JKB"),
                    Map.entry("와", "JC"),
                    Map.entry("과", "JC"),
                    Map.entry("하고", "JC"),
                    Map.entry("랑", "JC"),
                    Map.entry("이랑", "JC"),
                    Map.entry("아", "JKV"),
                    Map.entry("야", "JKV"),
                    Map.entry("여", "JKV"),
                    Map.entry("라고", "JKQ"),
                    Map.entry("이라고", "JKQ"));

    private NoriPosTags() {}

    static String sejong(POS.Tag tag, String surface) {
        return switch (tag) {
            case E -> "EC";
            case J -> PARTICLES.getOrDefault(surface, "JX");
            case NNBC -> "NNB";
            case SSO, SSC -> "SS";
            case SC -> "SP";
            case SY -> "SW";
            case VSV -> "VV";
            case UNKNOWN, UNA, NA -> "NA";
            default -> tag.name();
        };
    }

    /**
     * Retags as EF the endings (EC so far) that close a sentence: the text's last token, or one
     * before SF.
     */
    static void markFinalEndings(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean closesSentence = i == tokens.size() - 1 || tokens.get(i + 1).pos().equals("SF");
            if (token.pos().equals("EC") && closesSentence) {
                tokens.set(
                        i,
                        new Token(
                                token.surface(),
                                token.lemma(),
                                "EF",
                                token.beginOffset(),
                                token.endOffset()));
            }
        }
    }
}
