package nl.leernetwerk.basis.ui;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown written by people (content files, contributions, comments) as HTML that is safe
 * to show: rendered on the server, then cleaned with an allow-list, so scripts, event handlers
 * and {@code javascript:} links never reach the browser.
 */
public final class MarkdownWeergave {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final Safelist TOEGESTAAN = Safelist.relaxed().removeTags("img");

    private MarkdownWeergave() {}

    /** Safe HTML for the Markdown text. */
    public static String veiligeHtml(String markdown) {
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)), TOEGESTAAN);
    }
}
