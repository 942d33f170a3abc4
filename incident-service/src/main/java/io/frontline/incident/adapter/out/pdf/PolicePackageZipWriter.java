package io.frontline.incident.adapter.out.pdf;

import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.PolicePackage;
import io.frontline.incident.application.domain.model.PoliceReport;
import io.frontline.incident.application.domain.model.Statement;
import io.frontline.incident.application.port.out.EvidenceFilesPort;
import io.frontline.incident.application.port.out.PolicePackageWriterPort;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The police handover package as one ZIP: {@code index.pdf} (the incident, its timeline, the statements, the
 * evidence with its SHA-256 hashes, the care plan without medical detail, the police reference), {@code index.txt}
 * (the same text in UTF-8, exact where the PDF's font lacks a character, e.g. Japanese) and, under
 * {@code evidence/}, every file the service keeps, named after its place in the list and its hash. Times are
 * local to the incident's site.
 */
@ApplicationScoped
class PolicePackageZipWriter implements PolicePackageWriterPort {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float HEADING = 13;

    @Inject
    Organisation organisation;

    /** One line of the index: a heading or a paragraph. */
    record Line(String text, boolean heading) {
    }

    @Override
    public void write(PolicePackage p, EvidenceFilesPort files, OutputStream out) {
        List<Line> lines = index(p);
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("index.pdf"));
            zip.write(pdf(p, lines));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("index.txt"));
            zip.write(lines.stream().map(l -> l.heading() ? "\n== " + l.text() + " ==" : l.text())
                    .collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            int n = 0;
            for (Evidence e : p.evidence()) {
                n++;
                if (!e.stored()) {
                    continue;
                }
                Optional<InputStream> content = files.open(e.sha256());
                if (content.isEmpty()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(fileEntry(n, e)));
                try (InputStream in = content.get()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the police package", e);
        }
    }

    static String fileEntry(int n, Evidence e) {
        String name = e.file().fileName().replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return String.format("evidence/%02d-%s-%s", n, e.sha256().substring(0, 12), name);
    }

    List<Line> index(PolicePackage p) {
        Incident i = p.incident();
        ZoneId zone = organisation.findSite(i.siteId()).map(Site::timeZone).orElse(ZoneId.of("UTC"));
        DateTimeFormatter at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(zone);
        String siteName = organisation.findSite(i.siteId()).map(Site::name).orElse(i.siteId());
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Police handover package " + i.reference().value(), true));
        lines.add(new Line("Made by " + p.createdBy() + " on " + at.format(p.createdAt()) + ".", false));

        lines.add(new Line("Incident", true));
        lines.add(new Line("Reference: " + i.reference().value(), false));
        lines.add(new Line("Site: " + siteName + " (" + i.siteId() + ")", false));
        lines.add(new Line("Occurred: " + at.format(i.occurredAt()), false));
        lines.add(new Line("Reported: " + at.format(i.reportedAt()) + " by " + i.reportedBy(), false));
        lines.add(new Line("Types: " + i.types().stream().map(IncidentType::name).map(PolicePackage::words)
                .collect(Collectors.joining(", ")), false));
        lines.add(new Line("Severity: " + PolicePackage.words(i.severity().name()), false));
        lines.add(new Line("Status: " + PolicePackage.words(i.status().name()), false));
        if (i.immediateDanger()) {
            lines.add(new Line("The reporter was in immediate danger.", false));
        }
        lines.add(new Line("What happened: " + i.description(), false));
        if (!i.victims().isEmpty()) {
            lines.add(new Line("Victims: " + String.join(", ", i.victims()), false));
        }
        if (!i.witnesses().isEmpty()) {
            lines.add(new Line("Witnesses: " + String.join(", ", i.witnesses()), false));
        }
        i.perpetrator().ifPresent(perpetrator -> lines.add(new Line("Perpetrator: "
                + Optional.ofNullable(perpetrator.description()).orElse("not described")
                + (perpetrator.subjectKey() == null ? "" : " (subject key " + perpetrator.subjectKey().value() + ")"),
                false)));

        lines.add(new Line("Police report", true));
        PoliceReport report = i.progress().policeReport();
        lines.add(new Line(report == null ? "No police report recorded yet."
                : "Station: " + report.station() + "; reference: " + report.reference() + "; filed on "
                + report.filedOn() + ".", false));

        lines.add(new Line("Timeline", true));
        for (PolicePackage.TimelineEntry entry : p.timeline()) {
            lines.add(new Line(at.format(entry.at()) + "  " + entry.what(), false));
        }

        lines.add(new Line("Statements (" + p.statements().size() + ")", true));
        if (p.statements().isEmpty()) {
            lines.add(new Line("No statements.", false));
        }
        for (Statement s : p.statements()) {
            lines.add(new Line(at.format(s.recordedAt()) + ", " + s.author() + " as "
                    + PolicePackage.words(s.authorRole().name()) + ":", false));
            lines.add(new Line(s.text(), false));
        }

        lines.add(new Line("Evidence (" + p.evidence().size() + ")", true));
        if (p.evidence().isEmpty()) {
            lines.add(new Line("No evidence.", false));
        }
        int n = 0;
        for (Evidence e : p.evidence()) {
            n++;
            String where = e.stored() ? "in this package as " + fileEntry(n, e) + " (" + e.file().contentType()
                    + ", " + e.file().size() + " bytes, uploaded as \"" + e.file().fileName() + "\")"
                    : "kept at " + e.uri();
            lines.add(new Line(n + ". " + PolicePackage.words(e.kind().name()) + ", added " + at.format(e.addedAt())
                    + " by " + e.addedBy() + (e.capturedAt() == null ? "" : ", captured " + at.format(e.capturedAt()))
                    + "; " + where, false));
            lines.add(new Line("SHA-256: " + e.sha256(), false));
        }

        lines.add(new Line("Care for the victim (facts only, no medical detail)", true));
        for (PolicePackage.CarePlanFact task : p.carePlan()) {
            lines.add(new Line(PolicePackage.words(task.kind().name()) + ": due " + at.format(task.dueAt()) + ", "
                    + PolicePackage.words(task.status().name())
                    + (task.completedAt() == null ? "" : " on " + at.format(task.completedAt())), false));
        }
        return lines;
    }

    byte[] pdf(PolicePackage p, List<Line> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream fontFile = getClass().getResourceAsStream(FONT)) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Police handover package " + p.incident().reference().value());
            info.setAuthor(p.createdBy());
            GregorianCalendar created = new GregorianCalendar();
            created.setTimeInMillis(p.createdAt().toEpochMilli());
            info.setCreationDate(created);
            Pages pages = new Pages(doc, font);
            for (Line line : lines) {
                float size = line.heading() ? HEADING : SIZE;
                if (line.heading()) {
                    pages.space(size);
                }
                for (String part : wrap(printable(font, line.text()), font, size,
                        PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                    pages.line(part, size);
                }
            }
            pages.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Characters the font cannot draw become "?" in the PDF (index.txt keeps them). */
    static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        Map<Integer, Boolean> known = new HashMap<>();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
                return;
            }
            boolean drawable = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            out.append(drawable ? new String(Character.toChars(cp)) : "?");
        });
        return out.toString();
    }

    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                result.add(current.toString());
                current.setLength(0);
            }
            // a word longer than a line (a hash, a long URI) is cut
            String rest = word;
            while (font.getStringWidth(rest) / 1000 * size > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                result.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (!current.isEmpty() || result.isEmpty()) {
            result.add(current.toString());
        }
        return result;
    }

    /** Writes lines top to bottom, starting a new A4 page when one is full. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void space(float size) throws IOException {
            ensure(size * 2);
            y -= size * 0.8f;
        }

        void line(String text, float size) throws IOException {
            ensure(size * 1.4f);
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
        }

        private void ensure(float height) throws IOException {
            if (stream == null || y - height < MARGIN) {
                close();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                stream = new PDPageContentStream(doc, page);
                y = PDRectangle.A4.getHeight() - MARGIN;
            }
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

}
