package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import nl.leernetwerk.basis.ui.MarkdownWeergave;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Marks the first occurrence of each {@link Vakterm} in safe HTML with its explanation. */
final class Vaktermen {

    private Vaktermen() {}

    /** Markdown as a safe HTML component, with the field terms explained. */
    static Html markdown(String markdown, Component vertaler) {
        return new Html("<div class=\"markdown\">" + leggUit(MarkdownWeergave.veiligeHtml(markdown), vertaler) + "</div>");
    }

    /** @param veiligeHtml HTML that was already sanitised; only {@code abbr} elements are added */
    static String leggUit(String veiligeHtml, Component vertaler) {
        Document document = Jsoup.parseBodyFragment(veiligeHtml);
        Set<Vakterm> gedaan = EnumSet.noneOf(Vakterm.class);
        for (TextNode tekst : alleTekst(document)) {
            if (tekst.parent() instanceof Element ouder && (ouder.tagName().equals("a") || ouder.tagName().equals("abbr")
                    || ouder.tagName().matches("h[1-6]"))) {
                continue;
            }
            for (Vakterm term : Vakterm.values()) {
                if (gedaan.contains(term)) {
                    continue;
                }
                String inhoud = tekst.getWholeText();
                Matcher m = term.patroon().matcher(inhoud);
                if (m.find()) {
                    TextNode woord = m.start() == 0 ? tekst : tekst.splitText(m.start());
                    TextNode rest = m.end() < inhoud.length() ? woord.splitText(m.end() - m.start()) : null;
                    woord.replaceWith(new Element("abbr")
                            .attr("title", vertaler.getTranslation("vakterm." + term.name()))
                            .text(woord.getWholeText()));
                    gedaan.add(term);
                    if (rest == null) {
                        break;
                    }
                    tekst = rest;
                }
            }
        }
        return document.body().html();
    }

    private static List<TextNode> alleTekst(Document document) {
        return document.body().select("*").stream().flatMap(e -> e.textNodes().stream()).toList();
    }
}
