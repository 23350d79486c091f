package com.statbatch.job.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders report.html: one self-contained file (styles, script and data inline; no network at view
 * time) from the Mustache template {@code report/report.html.mustache}. The portfolio page is
 * rendered here; each building's page is drawn by the inline script, as SVG, from the embedded
 * {@link ReportData} when it is opened ({@code report.html#b1001}).
 */
public final class HtmlReport {

    public static final String FILE = "report.html";

    private static final String TEMPLATE = "report/report.html.mustache";

    private final Mustache template;
    private final String style;
    private final String script;

    public HtmlReport() {
        this.template = new DefaultMustacheFactory().compile(TEMPLATE);
        this.style = resource("report/report.css");
        this.script = resource("report/report.js");
    }

    public String render(ReportModel model) {
        StringWriter out = new StringWriter(1 << 16);
        template.execute(out, ReportView.of(model, style, script, ReportData.of(model)));
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The report resource " + name + " is missing from the job jar; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report resource " + name, e);
        }
    }
}
