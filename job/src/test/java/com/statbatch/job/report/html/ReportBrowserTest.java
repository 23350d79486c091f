package com.statbatch.job.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * report.html in a real browser: Debian's chromium, headless, driven through its chromedriver. The
 * pages and screenshots stay in {@code job/target/report-browser/} for a person to look at.
 */
class ReportBrowserTest {

    private static final Path OUT = Path.of("target", "report-browser");
    private static final List<String> BROWSERS =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS =
            List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() throws IOException {
        Optional<String> binary = firstExisting(BROWSERS);
        Optional<String> driver = firstExisting(DRIVERS);
        Assumptions.assumeTrue(
                binary.isPresent() && driver.isPresent(),
                "Chromium or chromedriver is not installed (looked for "
                        + BROWSERS
                        + " and "
                        + DRIVERS
                        + "); the browser check of report.html is skipped. Install them with"
                        + " apt-get install chromium chromium-driver fonts-noto-cjk");
        Files.createDirectories(OUT);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.get());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,1600",
                "--lang=ko-KR");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(driver.get()))
                        .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Optional<String> firstExisting(List<String> paths) {
        return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    private static Path write(String name, ReportModel model) throws IOException {
        Path file = OUT.resolve(name).toAbsolutePath();
        Files.writeString(file, new HtmlReport().render(model), StandardCharsets.UTF_8);
        return file;
    }

    private static void open(Path file) {
        browser.get(file.toUri().toString());
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** Opens a building's page by its link and waits until the page shows it. */
    private static void openBuilding(WebElement link) {
        String id = link.getAttribute("href").replaceFirst(".*#b", "");
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .pollingEvery(Duration.ofMillis(10))
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                By.cssSelector("#building h2 small"), "#" + id));
    }

    private static void screenshot(String name) throws IOException {
        Files.write(OUT.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    @Test
    void drawsThePortfolioAndEveryBuildingPageWithoutConsoleErrors() throws IOException {
        open(write("report.html", SampleReports.twoMonths()));

        assertThat(all("#buildings tbody tr"))
                .extracting(WebElement::getText)
                .containsExactly(
                        "1001 청솔 1단지 200 180 누수 30.0% · 소음 10.0% · 택배 2.5% 4",
                        "1002 라온아파트 120 130 주차 33.3% · 누수 10.0% 1",
                        "1003 <script>alert(1)</script> & 한빛 30 엘리베이터 33.3% 0");
        assertThat(browser.findElement(By.id("buildings-shown")).getText()).isEqualTo("3 / 3곳");
        assertThat(all("#portfolio-chart svg rect.bar")).hasSize(5);
        assertThat(all("#portfolio-chart svg rect.prev")).hasSize(5);
        assertThat(all("#rising-categories tbody tr")).hasSize(2);
        assertThat(all("#building").get(0).isDisplayed()).isFalse();
        screenshot("portfolio.png");

        openBuilding(browser.findElement(By.linkText("청솔 1단지")));

        assertThat(browser.getCurrentUrl()).endsWith("#b1001");
        assertThat(all("#portfolio").get(0).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#building h2")).getText())
                .isEqualTo("청솔 1단지 #1001");
        // categories (3), top terms (4) and distinctive terms (2) as bars
        assertThat(all("#building svg")).hasSize(3);
        assertThat(all("#building svg rect.bar")).hasSize(9);
        assertThat(all("#building table.categories tbody tr")).hasSize(3);
        assertThat(all("#building .trends li"))
                .extracting(WebElement::getText)
                .containsExactly(
                        "증가 누수 60건 (30.0%) · 지난달 9건 (5.0%)", "신규 곰팡이 25건 (12.5%) · 지난달 기준 미만");
        screenshot("building-1001.png");

        browser.findElement(By.linkText("← 포트폴리오로")).click();
        openBuilding(browser.findElement(By.linkText("<script>alert(1)</script> & 한빛")));
        assertThat(browser.findElement(By.cssSelector("#building h2")).getText())
                .isEqualTo("<script>alert(1)</script> & 한빛 #1003");
        assertThat(all("#building svg")).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#building")).getText())
                .contains("두드러진 키워드가 없습니다.", "이 건물은 지난달 문서가 없어 비교할 수 없습니다.");

        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void sortsTheBuildingsByDocumentsAndFindsThemByName() throws IOException {
        open(write("report-sort.html", SampleReports.twoMonths()));
        WebElement documents = browser.findElement(By.cssSelector("#buildings th[data-key=docs]"));

        documents.click();
        assertThat(documents.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(firstColumn()).containsExactly("1003", "1002", "1001");
        documents.click();
        assertThat(firstColumn()).containsExactly("1001", "1002", "1003");
        browser.findElement(By.cssSelector("#buildings th[data-key=name]")).click();
        assertThat(firstColumn()).containsExactly("1003", "1002", "1001");

        browser.findElement(By.id("building-filter")).sendKeys("라온");
        assertThat(all("#buildings tbody tr"))
                .extracting(WebElement::getText)
                .containsExactly("1002 라온아파트 120 130 주차 33.3% · 누수 10.0% 1");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void listsAHundredBuildingsAtATimeMostDocumentsFirst() throws IOException {
        open(write("report-paged.html", SampleReports.dense(250, 2)));

        assertThat(all("#buildings tbody tr")).hasSize(100);
        assertThat(browser.findElement(By.id("buildings-shown")).getText()).isEqualTo("100 / 250곳");
        List<Long> documents =
                all("#buildings tbody tr td:nth-child(3)").stream()
                        .map(td -> Long.parseLong(td.getText().replace(",", "")))
                        .toList();
        assertThat(documents).isSortedAccordingTo(Comparator.reverseOrder());

        browser.findElement(By.id("buildings-more")).click();
        browser.findElement(By.id("buildings-more")).click();
        assertThat(all("#buildings tbody tr")).hasSize(250);
        assertThat(browser.findElement(By.id("buildings-more")).isDisplayed()).isFalse();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theFirstMonthSaysThereIsNoPreviousMonth() throws IOException {
        open(write("report-first-month.html", SampleReports.firstMonth()));

        assertThat(browser.findElement(By.cssSelector("#portfolio .note")).getText())
                .startsWith("이전 달 데이터가 없어");
        assertThat(all("#portfolio-chart svg rect.prev")).isEmpty();
        openBuilding(browser.findElement(By.linkText("청솔 1단지")));
        assertThat(browser.findElement(By.cssSelector("#building .note")).getText())
                .isEqualTo("이전 달 데이터가 없어 신규·증가 키워드를 계산하지 않았습니다.");
        screenshot("building-first-month.png");
        assertThat(consoleErrors()).isEmpty();
    }

    /**
     * The size and speed check for a month like the corpus's 2015-08 (3,964 buildings), every
     * building as full as a report allows. The opening time is measured and written to {@code
     * target/report-browser/dense-3964.txt}, not asserted: it depends on the machine.
     */
    @Test
    void opensAPortfolioOf3964DenseBuildingsAndRecordsHowLongItTook() throws IOException {
        Path file = write("report-dense-3964.html", SampleReports.dense(3964, 10));

        open(file);
        @SuppressWarnings("unchecked")
        List<Number> timing =
                (List<Number>)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "const n = performance.getEntriesByType('navigation')[0];"
                                                + " const d = performance.getEntriesByName('report-drawn')[0];"
                                                + " return [n.loadEventEnd, d.startTime];");
        assertThat(browser.findElement(By.id("buildings-shown")).getText())
                .isEqualTo("100 / 3,964곳");
        long buildingStarted = System.nanoTime();
        openBuilding(browser.findElement(By.cssSelector("#buildings tbody tr:first-child a")));
        assertThat(all("#building svg rect.bar")).hasSize(12 + 10 + 10);
        long buildingMillis = (System.nanoTime() - buildingStarted) / 1_000_000;
        screenshot("building-dense.png");

        String figures =
                String.format(
                        Locale.ROOT,
                        "report.html, 3964 dense buildings: %.2f MB; loaded %.0f ms and drawn %.0f ms"
                                + " after navigation started; a building page in %d ms%n",
                        Files.size(file) / 1024.0 / 1024.0,
                        timing.get(0).doubleValue(),
                        timing.get(1).doubleValue(),
                        buildingMillis);
        Files.writeString(OUT.resolve("dense-3964.txt"), figures);
        System.out.print(figures);
        assertThat(consoleErrors()).isEmpty();
    }

    private static List<String> firstColumn() {
        return all("#buildings tbody tr td:first-child").stream().map(WebElement::getText).toList();
    }
}
