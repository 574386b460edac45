package nl.leernetwerk.training.ui;

import java.util.List;
import java.util.Locale;

/** A horizontal bar chart as server-side SVG: one bar per row, neglected rows in the error colour and marked in words. */
final class Staafdiagram {

    /** One bar; {@code aandacht} marks it as neglected. */
    record Staaf(String label, long waarde, boolean aandacht) {}

    private static final int RIJ = 30;
    private static final int LABEL = 260;
    private static final int BREEDTE = 640;

    private Staafdiagram() {}

    static String svg(String titel, List<Staaf> staven, String aandachtTekst) {
        long max = Math.max(1, staven.stream().mapToLong(Staaf::waarde).max().orElse(1));
        int hoogte = RIJ * staven.size() + 10;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
                        + "aria-label=\"%s\" style=\"max-width:%dpx\"><title>%s</title>",
                BREEDTE, hoogte, xml(titel), BREEDTE, xml(titel)));
        int y = 5;
        int ruimte = BREEDTE - LABEL - 60;
        for (Staaf staaf : staven) {
            int lengte = (int) Math.round((double) ruimte * staaf.waarde() / max);
            String kleur = staaf.aandacht() ? "var(--lumo-error-color, #e5262a)" : "var(--lumo-primary-color, #1676f3)";
            String label = staaf.aandacht() ? staaf.label() + " " + aandachtTekst : staaf.label();
            svg.append(String.format(Locale.ROOT,
                    "<g class=\"staaf%s\" aria-label=\"%s: %d\"><text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" fill=\"currentColor\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"currentColor\">%d</text></g>",
                    staaf.aandacht() ? " aandacht" : "", xml(staaf.label()), staaf.waarde(), LABEL - 8, y + 18, xml(kort(label)), LABEL, y + 4,
                    Math.max(lengte, 2), RIJ - 10, kleur, LABEL + Math.max(lengte, 2) + 6, y + 18, staaf.waarde()));
            y += RIJ;
        }
        return svg.append("</svg>").toString();
    }

    private static String kort(String tekst) {
        return tekst.length() <= 40 ? tekst : tekst.substring(0, 39) + "…";
    }

    static String xml(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
