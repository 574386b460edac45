package nl.leernetwerk.training;

import java.io.ByteArrayOutputStream;
import java.util.function.Function;
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

/** The outcome report as CSV (for spreadsheets) and as PDF (to hand over); labels come from the caller's language. */
public final class UitkomstExport {

    private UitkomstExport() {}

    /** Rows {@code sectie;onderdeel;aantal;percentage}; labels are the translated keys. */
    public static String csv(Uitkomstrapport rapport, Function<String, String> tekst) {
        StringBuilder csv = new StringBuilder(String.join(";", tekst.apply("uitkomst.kolom.sectie"),
                tekst.apply("uitkomst.kolom.onderdeel"), tekst.apply("uitkomst.kolom.aantal"),
                tekst.apply("uitkomst.kolom.percentage"))).append('\n');
        for (Uitkomstrapport.Rij rij : rapport.rijen()) {
            csv.append(tekst.apply("uitkomst.sectie." + rij.sectie().name())).append(';')
                    .append(tekst.apply(rij.sleutel())).append(';').append(rij.aantal()).append(';')
                    .append(rapport.percentage(rij.aantal())).append('\n');
        }
        return csv.toString();
    }

    /** A one-page PDF: title, then one table per section. */
    public static byte[] pdf(Uitkomstrapport rapport, String titel, Function<String, String> tekst) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, uit);
        document.open();
        document.addTitle(titel);
        document.add(new Paragraph(titel, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        Font vet = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font gewoon = FontFactory.getFont(FontFactory.HELVETICA, 10);
        for (Uitkomstrapport.Sectie sectie : Uitkomstrapport.Sectie.values()) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(tekst.apply("uitkomst.sectie." + sectie.name()),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
            PdfPTable tabel = new PdfPTable(new float[] {6, 1.5f, 1.5f});
            tabel.setWidthPercentage(100);
            tabel.addCell(new PdfPCell(new Phrase(tekst.apply("uitkomst.kolom.onderdeel"), vet)));
            tabel.addCell(rechts(tekst.apply("uitkomst.kolom.aantal"), vet));
            tabel.addCell(rechts(tekst.apply("uitkomst.kolom.percentage"), vet));
            rapport.rijen().stream().filter(r -> r.sectie() == sectie).forEach(rij -> {
                tabel.addCell(new PdfPCell(new Phrase(tekst.apply(rij.sleutel()), gewoon)));
                tabel.addCell(rechts(String.valueOf(rij.aantal()), gewoon));
                tabel.addCell(rechts(rapport.percentage(rij.aantal()), gewoon));
            });
            document.add(tabel);
        }
        document.close();
        return uit.toByteArray();
    }

    private static PdfPCell rechts(String tekst, Font font) {
        PdfPCell cel = new PdfPCell(new Phrase(tekst, font));
        cel.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cel;
    }
}
