package com.statbatch.udf.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TokenizeCommandTest {

    @TempDir Path dir;

    private final StringWriter errors = new StringWriter();
    private int exitCode;

    @Test
    void writesOneLineOfTermSlashPosPerInputLine() {
        String output = run("엘리베이터가 또 고장나서 관리사무소에 연락했어요\n층간소음 층간소음 때문에\n");

        assertThat(output).isEqualTo("엘리베이터/NNG 관리사무소/NNG 연락/NNG\n층간소음/NNG 층간소음/NNG\n");
        assertThat(exitCode).isZero();
    }

    @Test
    void everyNameOfTheElevatorPrintsTheCanonicalTerm() {
        assertThat(run("엘베가 또 고장\n엘레베이터가 또 고장\n승강기가 또 고장\n엘리베이터가 또 고장\n"))
                .isEqualTo("엘리베이터/NNG 고장/NNG\n".repeat(4));
    }

    @Test
    void spacedCompoundsPrintTheWord() {
        assertThat(run("층간 소음이 심해요\n음식물 쓰레기 냄새\n분리 수거 날짜\n분리배출 장소\n"))
                .isEqualTo("층간소음/NNG\n음식물쓰레기/NNG 냄새/NNG\n분리수거/NNG 날짜/NNG\n분리수거/NNG 장소/NNG\n");
    }

    @Test
    void surfaceShowsWhatWasWrittenBesideARewrittenTerm() {
        assertThat(run("엘베가 또 고장\n층간 소음이 심해요\n재활용 분리배출\n", "--surface"))
                .isEqualTo("엘리베이터/NNG(엘베) 고장/NNG\n층간소음/NNG(층간 소음)\n재활용/NNG 분리수거/NNG(분리배출)\n");
    }

    @Test
    void aMalformedVariantLineStopsWithTheFileTheLineAndTheFormat() throws IOException {
        assertThat(refusedVariants("# mine\n엘리베이터 = 엘베\n\n주차장 주차공간\n"))
                .contains(
                        "nlp.variants = '"
                                + dir.resolve("variants.txt")
                                + "', line 4 ('주차장 주차공간') has no '='; write it as 'canonical = variant,"
                                + " variant, …' (e.g. 엘리베이터 = 엘베, 엘레베이터, 승강기).")
                .doesNotContain("at com.statbatch");
    }

    @Test
    void aVariantThatNeverReachesTheKeywordFilterStopsWithItsLineAndTheFix() throws IOException {
        assertThat(refusedVariants("cctv = 씨씨티비\ncctv = 씨씨tv, 쿵쿵\n"))
                .contains(
                        "line 2 ('cctv = 씨씨tv, 쿵쿵') lists '씨씨tv', which is never counted as its"
                                + " canonical term: it is analysed as 씨씨/NNP tv/SL, not as the term cctv;"
                                + " add it to nlp.user-dictionary (term<TAB>NNG) unless it begins longer"
                                + " words, or drop it.")
                .contains(
                        "line 2 ('cctv = 씨씨tv, 쿵쿵') lists '쿵쿵', which is never counted as its"
                                + " canonical term: it is analysed as 쿵쿵/MAG, not as the term cctv;")
                .doesNotContain("'씨씨티비'");
    }

    @Test
    void linesWithoutKeywordsGiveEmptyLinesSoOutputAndInputLineUp() {
        String output = run("\n😀😀\n   \n주차장\r\nhello\n누수");

        assertThat(output).isEqualTo("\n\n\n주차장/NNG\n\n누수/NNG\n");
    }

    @Test
    void aLoneCarriageReturnDoesNotSplitALine() {
        assertThat(run("주차장\r누수\n")).isEqualTo("주차장/NNG 누수/NNG\n");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(run("")).isEmpty();
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() {
        byte[] input = {(byte) 0xC3, (byte) 0x28, '\n'};

        assertThat(run(input)).isEqualTo("\n");
        assertThat(exitCode).isZero();
    }

    @Test
    void optionsOverrideThePolicyForOneRun() throws IOException {
        Path stopwords = Files.writeString(dir.resolve("stop.txt"), "엘리베이터\n");

        assertThat(run("WiFi 비번 물 좀\n", "--pos", "NNG,SL", "--min-length", "1"))
                .isEqualTo("wifi/SL 비번/NNG 물/NNG\n");
        assertThat(run("이번 관리비 정도\n", "--stopwords", "none")).isEqualTo("이번/NNG 관리비/NNG 정도/NNG\n");
        assertThat(run("엘리베이터 관리비\n", "--stopwords", stopwords.toString())).isEqualTo("관리비/NNG\n");
        assertThat(run("관리사무소\n", "--userdict", "none", "--variants", "none"))
                .isEqualTo("관리/NNG 사무소/NNG\n");
        Path variants = Files.writeString(dir.resolve("variants.txt"), "관리사무소 = 관리실\n");
        assertThat(run("관리사무소 관리실\n", "--userdict", "none", "--variants", variants.toString()))
                .isEqualTo("관리사무소/NNG 관리사무소/NNG\n");
        assertThat(run("엘베 고장\n", "--variants", "none")).isEqualTo("엘베/NNP 고장/NNG\n");
    }

    @Test
    void allShowsEveryTokenOfTheNormalisedText() {
        assertThat(run("ＣＣＴＶ가 고장!\n", "--all")).isEqualTo("cctv/NNG 가/JKS 고장/NNG !/SF\n");
    }

    @Test
    void configFileSetsThePolicy() throws IOException {
        Path config =
                Files.writeString(
                        dir.resolve("my.conf"), "nlp.pos-tags = [SL]\nnlp.min-length = 1\n");

        assertThat(run("관리비 wifi\n", "--config", config.toString())).isEqualTo("wifi/SL\n");
    }

    @Test
    void badSettingsExitWithTwoAndAMessageNamingTheValue() {
        assertThat(run("관리비\n", "--pos", "NOUN")).isEmpty();
        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString())
                .contains("nlp.pos-tags contains 'NOUN'")
                .doesNotContain("at com.statbatch");

        run("관리비\n", "--userdict", dir.resolve("missing.txt").toString());
        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString())
                .contains("nlp.user-dictionary = '" + dir.resolve("missing.txt") + "'");
    }

    /** The error output of a run with this variant dictionary, which must stop with exit code 2. */
    private String refusedVariants(String content) throws IOException {
        Path variants = Files.writeString(dir.resolve("variants.txt"), content);

        assertThat(run("엘베\n", "--variants", variants.toString())).isEmpty();
        assertThat(exitCode).isEqualTo(2);
        return errors.toString();
    }

    private String run(String input, String... args) {
        return run(input.getBytes(StandardCharsets.UTF_8), args);
    }

    private String run(byte[] input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine commandLine =
                ToolCommandLine.of(new TokenizeCommand(new ByteArrayInputStream(input), out));
        commandLine.setErr(new PrintWriter(errors, true));
        exitCode = commandLine.execute(args);
        return out.toString(StandardCharsets.UTF_8);
    }
}
