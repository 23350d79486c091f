package com.statbatch.job.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.job.report.html.Highlights;
import com.statbatch.job.report.html.SampleReports;
import org.junit.jupiter.api.Test;

class ChangesMessageTest {

    @Test
    void listsTheRisingCategoriesAndKeywordsWithTheBuildingsTheyRoseIn() {
        String text = ChangesMessage.text("2026-10", Highlights.of(SampleReports.twoMonths()));

        assertThat(text)
                .isEqualTo(
                        """
                        [건물 민원 리포트] 2026-10
                        2026-09 대비 달라진 점

                        증가한 이슈 카테고리
                          · 누수: 건물 2곳 — 청솔 1단지 증가 5.0% → 30.0%, 라온아파트 신규 1.5% → 10.0%
                          · 택배: 건물 1곳 — 청솔 1단지 신규 0.0% → 2.5%

                        신규·증가 키워드
                          · 누수: 건물 1곳 — 청솔 1단지 증가 5.0% → 30.0%
                          · 곰팡이: 건물 1곳 — 청솔 1단지 신규 12.5%
                        """);
    }

    @Test
    void theFirstMonthSaysThereIsNothingToCompareWith() {
        assertThat(ChangesMessage.text("2026-09", Highlights.of(SampleReports.firstMonth())))
                .isEqualTo(
                        """
                        [건물 민원 리포트] 2026-09
                        이전 달 데이터가 없어 이번 달에는 변화(신규·증가)를 계산하지 않았습니다.
                        """);
    }
}
