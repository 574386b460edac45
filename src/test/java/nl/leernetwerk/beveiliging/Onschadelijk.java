package nl.leernetwerk.beveiliging;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;

/**
 * Decides whether rendered output can run anything in a browser: the Vaadin element tree that
 * the client builds from the server (including HTML set through {@code innerHTML} and components
 * in grid cells), HTML strings, and CSV cells that a spreadsheet would run as a formula. Text in
 * text nodes and grid cells is inert by construction (the client sets {@code textContent}).
 */
final class Onschadelijk {

    private static final Set<String> GEVAARLIJKE_TAGS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "style", "link", "meta", "base", "form", "svg", "math", "template", "noscript", "xmp");
    private static final Set<String> URL_ATTRIBUTEN = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "background", "poster", "lowsrc", "dynsrc", "srcset", "codebase", "cite", "longdesc", "usemap", "ping");

    /** Rows of a grid that are checked: in-memory lists whole (up to a bound), lazy ones their first page (newest first). */
    private static final int MAX_RIJEN = 1000;
    private static final int MAX_RIJEN_LUI = 50;

    private Onschadelijk() {}

    /** What the current UI shows: problems found (empty: harmless) and all the text a person would read. */
    record Weergave(List<String> problemen, String tekst) {}

    static Weergave ui() {
        List<String> problemen = new ArrayList<>();
        StringBuilder tekst = new StringBuilder();
        Map<Element, Boolean> gezien = new IdentityHashMap<>();
        loop(UI.getCurrent().getElement(), problemen, tekst, gezien);
        for (Component component : _find(Component.class)) {
            loop(component.getElement(), problemen, tekst, gezien);
        }
        for (Grid<?> grid : _find(Grid.class)) {
            boolean lui = !(grid.getDataProvider() instanceof com.vaadin.flow.data.provider.ListDataProvider<?>);
            int rijen = Math.min(_size(grid), lui ? MAX_RIJEN_LUI : MAX_RIJEN);
            for (int rij = 0; rij < rijen; rij++) {
                _getFormattedRow(grid, rij).forEach(cel -> tekst.append(' ').append(cel));
                for (Grid.Column<?> kolom : grid.getColumns()) {
                    // text columns are rendered as textContent; component columns are checked like the page
                    if (kolom.getRenderer() instanceof ComponentRenderer<?, ?>) {
                        if (kolom.getKey() == null) {
                            problemen.add("component column without key in grid " + grid.getId().orElse("?"));
                            continue;
                        }
                        loop(_getCellComponent(grid, rij, kolom.getKey()).getElement(), problemen, tekst, gezien);
                    } else if (kolom.getRenderer() instanceof LitRenderer<?>) {
                        problemen.add("LitRenderer column in grid " + grid.getId().orElse("?") + ": check its template");
                    }
                }
            }
        }
        return new Weergave(problemen, tekst.toString());
    }

    private static void loop(Element element, List<String> problemen, StringBuilder tekst, Map<Element, Boolean> gezien) {
        if (gezien.put(element, true) != null) {
            return;
        }
        if (element.isTextNode()) {
            tekst.append(' ').append(element.getText());
            return;
        }
        String tag = element.getTag().toLowerCase(Locale.ROOT);
        if (GEVAARLIJKE_TAGS.contains(tag)) {
            problemen.add("element <" + tag + ">");
        }
        for (String naam : element.getAttributeNames().toList()) {
            attribuut(tag, naam, element.getAttribute(naam), problemen);
        }
        for (String naam : element.getPropertyNames().toList()) {
            Object waarde = element.getPropertyRaw(naam);
            if (naam.equalsIgnoreCase("innerHTML") || naam.equalsIgnoreCase("outerHTML")) {
                Weergave html = html(String.valueOf(waarde));
                problemen.addAll(html.problemen());
                tekst.append(' ').append(html.tekst());
            } else if (naam.toLowerCase(Locale.ROOT).startsWith("on") || naam.equalsIgnoreCase("srcdoc")) {
                problemen.add("property " + naam + " on <" + tag + ">");
            } else if (waarde instanceof String s) {
                tekst.append(' ').append(s);
            }
        }
        element.getChildren().forEach(kind -> loop(kind, problemen, tekst, gezien));
    }

    /** An HTML fragment as a browser would parse it. */
    static Weergave html(String html) {
        List<String> problemen = new ArrayList<>();
        Document document = Jsoup.parseBodyFragment(html);
        for (org.jsoup.nodes.Element element : document.body().select("*")) {
            String tag = element.normalName();
            if (GEVAARLIJKE_TAGS.contains(tag)) {
                problemen.add("HTML <" + tag + "> in " + html);
            }
            for (Attribute attribuut : element.attributes()) {
                attribuut(tag, attribuut.getKey(), attribuut.getValue(), problemen);
            }
        }
        return new Weergave(problemen, document.body().text());
    }

    private static void attribuut(String tag, String naam, String waarde, List<String> problemen) {
        String sleutel = naam.toLowerCase(Locale.ROOT);
        if (sleutel.startsWith("on") || sleutel.equals("srcdoc") || sleutel.equals("formaction")) {
            problemen.add("attribute " + naam + "=" + waarde + " on <" + tag + ">");
        }
        if (waarde != null && URL_ATTRIBUTEN.contains(sleutel) && gevaarlijkeUrl(waarde)) {
            problemen.add("URL " + naam + "=" + waarde + " on <" + tag + ">");
        }
        if (waarde != null && sleutel.equals("style")) {
            String stijl = waarde.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
            if (stijl.contains("javascript:") || stijl.contains("expression(") || stijl.contains("url(")) {
                problemen.add("style " + waarde + " on <" + tag + ">");
            }
        }
    }

    /** A URL that runs script or loads a document of its own: javascript:, vbscript:, data:. */
    static boolean gevaarlijkeUrl(String url) {
        String schoon = url.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
        return schoon.startsWith("javascript:") || schoon.startsWith("vbscript:") || schoon.startsWith("data:");
    }

    /** CSV cells (semicolon separated, quoted cells may span lines) that a spreadsheet would run as a formula. */
    static List<String> formules(String csv) {
        List<String> problemen = new ArrayList<>();
        for (String cel : cellen(csv)) {
            if (!cel.isEmpty() && "=+-@\t\r".indexOf(cel.charAt(0)) >= 0 && !cel.matches("-?\\d+([.,]\\d+)?")) {
                problemen.add("formula cell " + cel);
            }
        }
        return problemen;
    }

    private static List<String> cellen(String csv) {
        List<String> cellen = new ArrayList<>();
        StringBuilder cel = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                if (tussenAanhalingstekens && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cel.append('"');
                    i++;
                } else {
                    tussenAanhalingstekens = !tussenAanhalingstekens;
                }
            } else if ((c == ';' || c == '\n') && !tussenAanhalingstekens) {
                cellen.add(cel.toString());
                cel.setLength(0);
            } else if (c != '\uFEFF') {
                cel.append(c);
            }
        }
        cellen.add(cel.toString());
        return cellen;
    }
}
