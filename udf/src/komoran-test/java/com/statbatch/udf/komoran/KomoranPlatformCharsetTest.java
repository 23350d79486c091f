package com.statbatch.udf.komoran;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * KOMORAN's own setUserDic reads in the platform charset; ours must not. The platform charset is
 * fixed when a JVM starts, so the check runs in a JVM started with another one.
 */
class KomoranPlatformCharsetTest {

    @Test
    void userDictionaryMatchesInAJvmWhosePlatformCharsetIsAscii() throws Exception {
        List<String> lines = probe("-Dfile.encoding=US-ASCII");

        assertThat(lines.get(0)).isEqualTo("US-ASCII");
        assertThat(lines.get(1)).isEqualTo("장기수선충당금 택배보관함");
    }

    @Test
    void userDictionaryMatchesInAJvmWhosePlatformCharsetIsLatin1() throws Exception {
        List<String> lines = probe("-Dfile.encoding=ISO-8859-1");

        assertThat(lines.get(0)).isEqualTo("ISO-8859-1");
        assertThat(lines.get(1)).isEqualTo("장기수선충당금 택배보관함");
    }

    private static List<String> probe(String charsetFlag) throws Exception {
        Process probe =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                charsetFlag,
                                "-cp",
                                System.getProperty("java.class.path"),
                                UserDictionaryProbe.class.getName())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(2, TimeUnit.MINUTES)).as("the probe JVM ended").isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
