package io.frontline.web.prevention;

import io.frontline.web.prevention.CompliancePages.FigureRow;
import io.frontline.web.prevention.CompliancePages.GapRow;
import io.frontline.web.prevention.CompliancePages.ReportView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance report's PDF holds every figure with its value and date and every gap, on as many pages as it needs;
 * a character its font cannot draw becomes "?" instead of failing the download.
 */
class CompliancePdfTest {

    /** The bundle's texts as their keys with the parameters, which is enough to find them back in the PDF. */
    private static PreventionMessages keys() {
        return (PreventionMessages) Proxy.newProxyInstance(PreventionMessages.class.getClassLoader(),
                new Class<?>[]{PreventionMessages.class}, (proxy, method, args) -> method.getName()
                        + (args == null ? "" : " " + String.join(" ", java.util.Arrays.stream(args).map(String::valueOf)
                        .toList())));
    }

    @Test
    void everyFigureAndGapIsInThePdfAcrossPages() throws IOException {
        List<FigureRow> figures = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            figures.add(new FigureRow(i < 40 ? "Policy" : "Training", "policy", "Measure " + i, "m" + i,
                    String.valueOf(i * 1.5), "2026-11-29", i == 3 ? "3 of 4 employees" : null));
        }
        ReportView report = new ReportView("Amsterdam Centrum", "2025-11-29", "2026-11-29", "2026-11-29 21:00",
                figures, List.of(new GapRow("Review", "No review covers the last three months")));

        byte[] pdf = new CompliancePdf().render(report, keys());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("compliance_title · Amsterdam Centrum", "Measure 0: 0.0 (2026-11-29)",
                    "Measure 3: 4.5 (2026-11-29) · 3 of 4 employees", "Measure 79: 118.5",
                    "Review: No review covers the last three months");
        }
    }

    @Test
    void charactersTheFontCannotDrawBecomeQuestionMarks() throws IOException {
        ReportView report = new ReportView("東京店", "2026-01-01", "2026-03-31", "now", List.of(), List.of());

        byte[] pdf = new CompliancePdf().render(report, keys());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("compliance_title · ???", "compliance_no_gaps");
        }
    }

    @Test
    void aPolicyTextIsSplitIntoParagraphsAtEmptyLines() {
        assertThat(PolicyPages.paragraphs("First line\nstill first.\n\n  \nSecond.\r\n\r\nThird.  "))
                .containsExactly("First line\nstill first.", "Second.", "Third.");
        assertThat(PolicyPages.paragraphs(null)).isEmpty();
    }
}
