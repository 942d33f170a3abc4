package io.frontline.web.prevention;

import io.frontline.web.prevention.CompliancePages.FigureRow;
import io.frontline.web.prevention.CompliancePages.GapRow;
import io.frontline.web.prevention.CompliancePages.ReportView;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance report as a PDF (A4, one line per figure, then the gaps), with PDFBox's embedded Liberation Sans as
 * incident-service's police package has it: characters that font cannot draw become "?", which is why the page asks
 * for the English texts when the reader reads Japanese.
 */
@ApplicationScoped
public class CompliancePdf {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float HEADING = 14;

    public byte[] render(ReportView report, PreventionMessages m) {
        try (PDDocument doc = new PDDocument(); InputStream fontFile = getClass().getResourceAsStream(FONT)) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            doc.getDocumentInformation().setTitle(m.compliance_title() + " · " + report.scopeName());
            Writer w = new Writer(doc, font);
            w.line(m.compliance_title() + " · " + report.scopeName(), HEADING);
            w.line(m.compliance_period(report.from(), report.to()) + " · " + m.compliance_generated(report.generatedAt()),
                    SIZE);
            w.space();
            String duty = null;
            for (FigureRow f : report.figures()) {
                if (!f.duty().equals(duty)) {
                    duty = f.duty();
                    w.space();
                    w.line(duty, 12);
                }
                w.line(f.measure() + ": " + f.value() + (f.asOf() == null ? "" : " (" + f.asOf() + ")")
                        + (f.detail() == null || f.detail().isBlank() ? "" : " · " + f.detail()), SIZE);
            }
            w.space();
            w.line(m.compliance_gaps(), 12);
            if (report.gaps().isEmpty()) {
                w.line(m.compliance_no_gaps(), SIZE);
            }
            for (GapRow g : report.gaps()) {
                w.line(g.duty() + ": " + g.text(), SIZE);
            }
            w.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines top to bottom, wrapped to the page's width, on as many pages as they need. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void space() {
            y -= SIZE / 2;
        }

        void line(String text, float size) throws IOException {
            for (String part : wrap(printable(text), size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                if (y < MARGIN + size) {
                    newPage();
                }
                y -= size * 1.4f;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(part);
                stream.endText();
            }
        }

        void close() throws IOException {
            stream.close();
        }

        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                if (Character.isWhitespace(cp)) {
                    out.append(' ');
                    return;
                }
                try {
                    font.encode(c);
                    out.append(c);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= width || current.isEmpty()) {
                    current.setLength(0);
                    current.append(candidate);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            lines.add(current.toString());
            return lines;
        }
    }
}
