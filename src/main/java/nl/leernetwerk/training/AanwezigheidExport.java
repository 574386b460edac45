package nl.leernetwerk.training;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.Teksten;
import nl.leernetwerk.training.domain.Aanwezigheid;
import nl.leernetwerk.training.domain.AanwezigheidRepository;
import nl.leernetwerk.training.domain.Bijeenkomst;
import nl.leernetwerk.training.domain.BijeenkomstRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.Groep;
import nl.leernetwerk.training.domain.GroepRepository;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance list of a group for a date range, e.g. for the municipality, as CSV or PDF.
 * Minimal data only: name, date, status; no reasons, no contact details. Audited.
 */
@Service
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class AanwezigheidExport {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final GroepRepository groepen;
    private final BijeenkomstRepository bijeenkomsten;
    private final DeelnemerRepository deelnemers;
    private final AanwezigheidRepository aanwezigheden;
    private final GroepToegang toegang;
    private final AuditLog auditLog;

    AanwezigheidExport(GroepRepository groepen, BijeenkomstRepository bijeenkomsten, DeelnemerRepository deelnemers,
            AanwezigheidRepository aanwezigheden, GroepToegang toegang, AuditLog auditLog) {
        this.groepen = groepen;
        this.bijeenkomsten = bijeenkomsten;
        this.deelnemers = deelnemers;
        this.aanwezigheden = aanwezigheden;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    /** One line: a participant at a bijeenkomst in the range; {@code status} empty when not registered. */
    private record Regel(String naam, LocalDate datum, AanwezigheidStatus status) {}

    /** {@code deelnemer;datum;status} per participant and bijeenkomst from {@code van} to {@code tot} (either may be open). */
    @Transactional
    public String csv(long groepId, LocalDate van, LocalDate tot) {
        StringBuilder csv = new StringBuilder("deelnemer;datum;status\n");
        for (Regel r : regels(groepId, van, tot, "csv")) {
            csv.append(csvVeld(r.naam())).append(';').append(r.datum()).append(';')
                    .append(r.status() == null ? "" : r.status().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        return csv.toString();
    }

    /** The same list as a printable PDF (A4), with the group, the period and Dutch status names. */
    @Transactional
    public byte[] pdf(long groepId, LocalDate van, LocalDate tot) {
        List<Regel> regels = regels(groepId, van, tot, "pdf");
        Groep groep = groepen.findById(groepId).orElseThrow();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (Document document = new Document(PageSize.A4, 40, 40, 40, 40)) {
            PdfWriter.getInstance(document, uit);
            document.addTitle(Teksten.nl("training.export.pdf.titel", groep.naam()));
            document.open();
            document.add(new Paragraph(Teksten.nl("training.export.pdf.titel", groep.naam()),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            document.add(new Paragraph(Teksten.nl("training.export.pdf.periode", van == null ? "…" : DATUM.format(van),
                    tot == null ? "…" : DATUM.format(tot)), FontFactory.getFont(FontFactory.HELVETICA, 10)));
            PdfPTable tabel = new PdfPTable(new float[] {3, 1.4f, 2.2f});
            tabel.setWidthPercentage(100);
            tabel.setSpacingBefore(12);
            tabel.setHeaderRows(1);
            Font kop = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font tekst = FontFactory.getFont(FontFactory.HELVETICA, 10);
            for (String k : List.of("training.export.pdf.deelnemer", "training.export.pdf.datum", "training.export.pdf.status")) {
                tabel.addCell(new PdfPCell(new Phrase(Teksten.nl(k), kop)));
            }
            for (Regel r : regels) {
                tabel.addCell(new Phrase(r.naam(), tekst));
                tabel.addCell(new Phrase(DATUM.format(r.datum()), tekst));
                tabel.addCell(new Phrase(r.status() == null ? "" : Teksten.nl("aanwezigheid." + r.status().name()), tekst));
            }
            document.add(tabel);
            Paragraph voet = new Paragraph(Teksten.nl("training.export.pdf.voet"), FontFactory.getFont(FontFactory.HELVETICA, 8));
            voet.setAlignment(Element.ALIGN_LEFT);
            document.add(voet);
        }
        return uit.toByteArray();
    }

    /**
     * Per participant (also those who left, for the days they were in the group) and bijeenkomst in
     * the range, the status; access is checked and the export audited.
     */
    private List<Regel> regels(long groepId, LocalDate van, LocalDate tot, String formaat) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        List<Bijeenkomst> inPeriode = bijeenkomsten.findByGroepOrderByDatumAscBegintijdAsc(groep).stream()
                .filter(b -> (van == null || !b.datum().isBefore(van)) && (tot == null || !b.datum().isAfter(tot)))
                .toList();
        Map<String, AanwezigheidStatus> statussen = aanwezigheden.findByBijeenkomstGroep(groep).stream()
                .collect(Collectors.toMap(a -> sleutel(a.deelnemer().id().orElseThrow(), a.bijeenkomstId()),
                        Aanwezigheid::status));
        List<Regel> regels = new ArrayList<>();
        for (Deelnemer d : deelnemers.findByGroepOrderByNaam(groep)) {
            for (Bijeenkomst b : inPeriode) {
                if (d.wasLidOp(b.datum())) {
                    regels.add(new Regel(d.naam(), b.datum(),
                            statussen.get(sleutel(d.id().orElseThrow(), b.id().orElseThrow()))));
                }
            }
        }
        auditLog.leg("aanwezigheid geëxporteerd (" + formaat + ", " + (van == null ? "…" : van) + " t/m "
                + (tot == null ? "…" : tot) + ")", "groep:" + groepId);
        return regels;
    }

    private static String sleutel(long deelnemerId, long bijeenkomstId) {
        return deelnemerId + "/" + bijeenkomstId;
    }

    /** Quotes a field when needed; a leading =, +, - or @ is defused so a spreadsheet does not run it. */
    private static String csvVeld(String waarde) {
        String veilig = waarde.matches("^[=+\\-@].*") ? "'" + waarde : waarde;
        return veilig.matches(".*[;\"\n].*") ? '"' + veilig.replace("\"", "\"\"") + '"' : veilig;
    }
}
