package com.statbatch.job.notify;

import com.statbatch.job.report.html.Figures;
import com.statbatch.job.report.html.Highlights;
import com.statbatch.job.report.html.RisingIssue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Korean part of the completion mail a property manager reads first: what rose since last month
 * and where. Plain text with short lines, so it reads the same in any mail client.
 */
final class ChangesMessage {

    static final int ISSUES = 5;
    static final int BUILDINGS = 3;

    private ChangesMessage() {}

    static String text(String periodLabel, Highlights highlights) {
        StringBuilder text = new StringBuilder();
        text.append("[건물 민원 리포트] ").append(periodLabel).append('\n');
        if (highlights.previousPeriodLabel() == null) {
            text.append("이전 달 데이터가 없어 이번 달에는 변화(신규·증가)를 계산하지 않았습니다.\n");
            return text.toString();
        }
        text.append(highlights.previousPeriodLabel()).append(" 대비 달라진 점\n\n");
        section(text, "증가한 이슈 카테고리", highlights.categories(), "신규·증가한 카테고리가 없습니다.");
        text.append('\n');
        section(text, "신규·증가 키워드", highlights.terms(), "신규·증가한 키워드가 없습니다.");
        return text.toString();
    }

    private static void section(
            StringBuilder text, String title, List<RisingIssue> issues, String none) {
        text.append(title).append('\n');
        if (issues.isEmpty()) {
            text.append("  ").append(none).append('\n');
            return;
        }
        for (RisingIssue issue : issues.subList(0, Math.min(ISSUES, issues.size()))) {
            text.append("  · ")
                    .append(issue.label())
                    .append(": 건물 ")
                    .append(issue.buildings().size())
                    .append("곳 — ")
                    .append(
                            issue.buildings().stream()
                                    .limit(BUILDINGS)
                                    .map(
                                            r ->
                                                    r.buildingName()
                                                            + " "
                                                            + r.line().status().korean()
                                                            + " "
                                                            + Figures.shareChange(r.line()))
                                    .collect(Collectors.joining(", ")));
            if (issue.buildings().size() > BUILDINGS) {
                text.append(" 외 ").append(issue.buildings().size() - BUILDINGS).append("곳");
            }
            text.append('\n');
        }
        if (issues.size() > ISSUES) {
            text.append("  (그 밖에 ").append(issues.size() - ISSUES).append("개는 리포트에서)\n");
        }
    }
}
