package com.statbatch.job.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final HtmlReport REPORT = new HtmlReport();

    private static Document render(ReportModel model) {
        return Jsoup.parse(REPORT.render(model));
    }

    private static JsonNode data(Document page) throws Exception {
        return new ObjectMapper().readTree(page.getElementById("report-data").data());
    }

    @Test
    void isOneKoreanPageThatNeedsNothingFromTheNetwork() {
        String html = REPORT.render(SampleReports.twoMonths());
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.title()).isEqualTo("건물 민원 리포트 2026-10");
        assertThat(page.select("script[src], link[rel=stylesheet], img, iframe")).isEmpty();
        // The SVG namespace name is an identifier, not a request.
        assertThat(html.replace("'http://www.w3.org/2000/svg'", ""))
                .doesNotContain("http:", "https:", "//cdn", "@import", "url(", "fetch(");
        assertThat(page.select("style").first().data()).contains("--bar");
        assertThat(page.select("script:not([type])").first().data()).contains("function route()");
    }

    @Test
    void carriesEveryBuildingForTheListTheBrowserDraws() throws Exception {
        Document page = render(SampleReports.twoMonths());

        assertThat(page.select("#buildings tbody tr")).isEmpty();
        assertThat(page.select("#buildings th[data-key]").eachAttr("data-key"))
                .containsExactly("id", "name", "docs", "prev", "rises");
        assertThat(data(page).get("buildings"))
                .extracting(b -> b.get("id").asLong() + " " + b.get("name").asText())
                .containsExactly(
                        "1002 라온아파트", "1001 청솔 1단지", "1003 <script>alert(1)</script> & 한빛");
    }

    @Test
    void namesAreTextNeverMarkup() throws Exception {
        String html = REPORT.render(SampleReports.twoMonths());

        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(Jsoup.parse(html).select("script")).hasSize(2);
        assertThat(html).contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 한빛");
        assertThat(data(Jsoup.parse(html)).at("/buildings/2/name").asText())
                .isEqualTo("<script>alert(1)</script> & 한빛");
    }

    @Test
    void showsThePortfolioCategoriesWithTheirChangeAgainstLastMonth() {
        Document page = render(SampleReports.twoMonths());

        assertThat(page.select("table.categories tbody tr"))
                .extracting(Element::text)
                .containsExactly(
                        "누수 72 20.6% 3.5% 증가",
                        "주차 40 11.4% 14.5% 유지",
                        "소음 20 5.7% 7.1% 유지",
                        "엘리베이터 10 2.9% 0.0% 신규",
                        "택배 5 1.4% 0.0% 신규");
        assertThat(page.select("p.facts").text()).contains("비교 기준: 2026-09");
    }

    @Test
    void risingIssuesNameTheBuildingsTheyRoseInLargestRiseFirst() {
        Document page = render(SampleReports.twoMonths());

        assertThat(page.select("#rising-categories tbody tr"))
                .extracting(Element::text)
                .containsExactly(
                        "누수 2 청솔 1단지 증가 5.0% → 30.0% 라온아파트 신규 1.5% → 10.0%",
                        "택배 1 청솔 1단지 신규 0.0% → 2.5%");
        assertThat(page.select("#rising-terms tbody tr"))
                .extracting(Element::text)
                // one building each: the more documents first
                .containsExactly("누수 1 청솔 1단지 증가 5.0% → 30.0%", "곰팡이 1 청솔 1단지 신규 12.5%");
    }

    @Test
    void theFirstMonthSaysThereIsNoPreviousMonthInsteadOfCallingEverythingNew() throws Exception {
        Document page = render(SampleReports.firstMonth());

        assertThat(page.select(".no-previous").eachText())
                .contains("이전 달 없음", "이전 달 데이터가 없어 변화(신규·증가·감소)를 계산하지 않았습니다. 다음 달부터 표시됩니다.");
        assertThat(page.select("#rising-categories, #rising-terms")).isEmpty();
        assertThat(page.select("table.categories .badge")).isEmpty();
        assertThat(page.select("table.categories tbody tr").first().text())
                .isEqualTo("누수 72 20.6%");
        assertThat(data(page).get("previous").isNull()).isTrue();
    }

    @Test
    void embedsEachBuildingsChartsAndTrendsCompactly() throws Exception {
        JsonNode data = data(render(SampleReports.twoMonths()));

        assertThat(data.get("categories"))
                .extracting(JsonNode::asText)
                .containsExactly("누수", "주차", "소음", "엘리베이터", "택배");
        JsonNode cheongsol = data.at("/buildings/1");
        assertThat(cheongsol.get("id").asLong()).isEqualTo(1001);
        assertThat(cheongsol.get("prev").asLong()).isEqualTo(180);
        assertThat(cheongsol.get("cat").toString())
                .isEqualTo("[[0,60,3000,500,\"R\"],[2,20,1000,1222,\"S\"],[4,5,250,0,\"N\"]]");
        assertThat(cheongsol.get("top").toString())
                .isEqualTo("[[\"누수\",84],[\"천장\",41],[\"곰팡이\",30],[\"층간소음\",22]]");
        assertThat(cheongsol.get("dist").toString()).isEqualTo("[[\"곰팡이\",12.5],[\"천장\",8.25]]");
        // Only NEW and RISING terms: the FALLING 주차장 is not shown, so not embedded.
        assertThat(cheongsol.get("rise").toString())
                .isEqualTo("[[\"누수\",60,3000,9,500,\"R\"],[\"곰팡이\",25,1250,null,null,\"N\"]]");
        assertThat(data.at("/buildings/2/prev").isNull()).isTrue();
    }

    @Test
    void aPortfolioOf3964DenseBuildingsStaysUnderFiveMegabytes() {
        String html = REPORT.render(SampleReports.dense(3964, 10));

        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThan(5 * 1024 * 1024);
    }
}
