package nl.leernetwerk.browser;

import java.time.Duration;
import static nl.leernetwerk.browser.Browser.tekst;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.leernetwerk.ProductieApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Journey 1, anonymous: search from the header, narrow with a facet, open a praktijkvoorbeeld and
 * follow one of its werkzame elementen; and the same search with the keyboard only.
 */
class ZoekenBrowserIT {

    private static ProductieApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ProductieApp.start();
    }

    @Test
    void anonymous_search_facet_praktijkvoorbeeld_werkzaam_element() {
        try (Browser browser = new Browser(app, "1-zoeken", 1280, 800)) {
            browser.open("/");
            wachtOpIndex(browser);
            browser.toegankelijk();
            browser.schermafdruk("start");

            WebElement zoekveld = browser.wachtOpKlikbaar(By.cssSelector("#kop-zoeken input"));
            zoekveld.click();
            zoekveld.sendKeys("werk met een maatje");
            browser.wachtOpVaadin();
            zoekveld.sendKeys(Keys.ENTER);
            browser.wachtTot(d -> d.getCurrentUrl().contains("/zoeken?q="));
            browser.wachtOpVaadin();
            long alles = aantal(browser);
            assertThat(alles).isPositive();
            browser.toegankelijk();
            browser.schermafdruk("resultaten");

            WebElement praktijk = browser.wachtOpKlikbaar(By.xpath("//vaadin-checkbox-group[@id='facet-type']"
                    + "/vaadin-checkbox[starts-with(normalize-space(label), '"
                    + tekst("kennistype.meervoud.PRAKTIJKVOORBEELD") + " (')]"));
            browser.klik(praktijk);
            browser.wachtTot(d -> d.getCurrentUrl().contains("type=praktijkvoorbeeld"));
            browser.wachtOpVaadin();
            long gefilterd = aantal(browser);
            assertThat(gefilterd).isPositive().isLessThanOrEqualTo(alles);
            List<WebElement> treffers = browser.driver().findElements(By.cssSelector(".treffer"));
            assertThat(treffers).isNotEmpty().allSatisfy(t ->
                    assertThat(t.getText()).contains(tekst("kennistype.PRAKTIJKVOORBEELD")));
            browser.toegankelijk();
            browser.schermafdruk("facet-praktijkvoorbeeld");

            // the first praktijkvoorbeeld in the list that names a werkzaam element
            String titel = null;
            for (int i = 0; i < treffers.size() && titel == null; i++) {
                WebElement link = browser.driver().findElements(By.cssSelector(".treffer h2 a")).get(i);
                String kandidaat = link.getText();
                browser.klik(link);
                browser.wachtTot(d -> d.getCurrentUrl().contains("/kennisbank/"));
                browser.wachtOpTekst(kandidaat);
                if (!werkzameElementen(browser).isEmpty()) {
                    titel = kandidaat;
                } else {
                    browser.driver().navigate().back();
                    browser.wachtOpVaadin();
                }
            }
            assertThat(titel).as("a praktijkvoorbeeld with a werkzaam element among the results").isNotNull();
            assertThat(browser.wachtOp(By.tagName("h1")).getText()).isEqualTo(titel);
            browser.toegankelijk();
            browser.schermafdruk("praktijkvoorbeeld");

            WebElement element = werkzameElementen(browser).getFirst();
            String elementTitel = element.getDomProperty("textContent").strip();
            String elementPad = element.getDomAttribute("href");
            browser.klik(element);
            browser.wachtTot(d -> d.getCurrentUrl().endsWith(elementPad));
            browser.wachtOpVaadin();
            // a link to another record starts at its top, not halfway down where the previous one was read
            assertThat(((Number) browser.js("return document.querySelector('h1').getBoundingClientRect().top;"))
                    .doubleValue()).isBetween(0.0, 200.0);
            assertThat(browser.wachtOp(By.tagName("h1")).getText()).isEqualTo(elementTitel);
            String pagina = browser.paginaTekst();
            assertThat(pagina).contains(tekst("kennistype.WERKZAAM_ELEMENT"),
                    tekst("kennisrecord.verwezen.WERKZAAM_ELEMENT.PRAKTIJKVOORBEELD"));
            // both directions: the werkzaam element links back to the praktijkvoorbeeld
            assertThat(browser.driver().findElements(By.linkText(titel))).isNotEmpty();
            browser.toegankelijk();
            browser.schermafdruk("werkzaam-element");
        }
    }

    @Test
    void keyboard_only_search_picks_a_suggestion() {
        try (Browser browser = new Browser(app, "1-zoeken-toetsenbord", 1280, 800)) {
            browser.open("/");
            wachtOpIndex(browser);
            // Tab from the top of the page until the header search field has the focus
            WebElement zoekveld = browser.driver().findElement(By.cssSelector("#kop-zoeken input"));
            for (int i = 0; i < 15 && !zoekveld.equals(browser.driver().switchTo().activeElement()); i++) {
                browser.acties().sendKeys(Keys.TAB).perform();
            }
            assertThat(browser.driver().switchTo().activeElement()).as("focus on the header search field")
                    .isEqualTo(zoekveld);
            browser.acties().sendKeys("maatje").perform();
            browser.wachtOp(By.cssSelector("vaadin-combo-box-item"));
            browser.schermafdruk("suggesties");
            String eerste = browser.driver().findElement(By.cssSelector("vaadin-combo-box-item")).getText();
            browser.acties().sendKeys(Keys.ARROW_DOWN).perform();
            browser.acties().sendKeys(Keys.ENTER).perform();
            browser.wachtTot(d -> d.getCurrentUrl().contains("/kennisbank/"));
            browser.wachtOpVaadin();
            assertThat(browser.wachtOp(By.tagName("h1")).getText()).isEqualTo(eerste);
            browser.schermafdruk("gekozen");
        }
    }

    @Test
    void keyboard_only_search_results_facet_and_a_result() {
        try (Browser browser = new Browser(app, "1-zoeken-toetsenbord-facet", 1280, 800)) {
            browser.open("/");
            wachtOpIndex(browser);
            WebElement zoekveld = browser.driver().findElement(By.cssSelector("#kop-zoeken input"));
            tabTot(browser, zoekveld, 15);
            // type and Enter without choosing a suggestion: the results page
            browser.acties().sendKeys("werk met een maatje").perform();
            browser.wachtOpVaadin();
            browser.acties().sendKeys(Keys.ENTER).perform();
            browser.wachtTot(d -> d.getCurrentUrl().contains("/zoeken?q="));
            browser.wachtOpVaadin();
            long alles = aantal(browser);

            // Tab to the praktijkvoorbeelden facet, Space ticks it
            WebElement praktijk = browser.wachtOp(By.xpath("//vaadin-checkbox-group[@id='facet-type']"
                    + "/vaadin-checkbox[starts-with(normalize-space(label), '"
                    + tekst("kennistype.meervoud.PRAKTIJKVOORBEELD") + " (')]"));
            tabTot(browser, praktijk.findElement(By.tagName("input")), 80);
            browser.schermafdruk("facet-focus");
            browser.acties().sendKeys(Keys.SPACE).perform();
            browser.wachtTot(d -> d.getCurrentUrl().contains("type=praktijkvoorbeeld"));
            browser.wachtOpVaadin();
            assertThat(aantal(browser)).isPositive().isLessThanOrEqualTo(alles);
            // the focus stays on the facet the user just ticked, so Tab goes on from there
            assertThat(browser.js("const a = document.activeElement; return a && a.closest('#facet-type') !== null;"))
                    .as("focus still in the type facet after filtering").isEqualTo(Boolean.TRUE);

            // Tab on to the first result and open it with Enter
            WebElement eerste = browser.wachtOp(By.cssSelector(".treffer h2 a"));
            String titel = eerste.getText();
            tabTot(browser, eerste, 80);
            browser.acties().sendKeys(Keys.ENTER).perform();
            browser.wachtTot(d -> d.getCurrentUrl().contains("/kennisbank/"));
            browser.wachtOpVaadin();
            assertThat(browser.wachtOp(By.tagName("h1")).getText()).isEqualTo(titel);
            browser.schermafdruk("resultaat-geopend");
            browser.toegankelijk();
        }
    }

    /** Presses Tab until this element has the focus (at most {@code maximaal} times). */
    private static void tabTot(Browser browser, WebElement doel, int maximaal) {
        for (int i = 0; i < maximaal && !doel.equals(browser.driver().switchTo().activeElement()); i++) {
            browser.acties().sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement()).as("Tab reaches %s", doel.getAccessibleName())
                .isEqualTo(doel);
    }

    @Test
    void search_and_reading_fit_a_phone_390_px_wide() {
        try (Browser browser = new Browser(app, "telefoon-390", 390, 844)) {
            browser.open("/");
            wachtOpIndex(browser);
            browser.schermafdruk("start");
            browser.geenHorizontaleOverloop();

            browser.open("/zoeken?q=maatje");
            assertThat(aantal(browser)).isPositive();
            browser.schermafdruk("zoeken");
            browser.geenHorizontaleOverloop();
            browser.toegankelijk();

            String pad = browser.driver().findElement(By.cssSelector(".treffer h2 a")).getDomAttribute("href");
            browser.open("/" + pad);
            browser.wachtOp(By.tagName("h1"));
            browser.schermafdruk("kennisrecord");
            browser.geenHorizontaleOverloop();
            browser.toegankelijk();

            // a praktijkvoorbeeld, the longest kind of page
            browser.open("/zoeken?q=maatje&type=praktijkvoorbeeld");
            assertThat(aantal(browser)).isPositive();
            browser.schermafdruk("zoeken-praktijkvoorbeelden");
            browser.geenHorizontaleOverloop();
            String praktijk = browser.driver().findElement(By.cssSelector(".treffer h2 a")).getDomAttribute("href");
            browser.open("/" + praktijk);
            browser.wachtOp(By.tagName("h1"));
            assertThat(browser.paginaTekst()).contains(tekst("kennistype.PRAKTIJKVOORBEELD"));
            browser.schermafdruk("praktijkvoorbeeld");
            browser.geenHorizontaleOverloop();
            browser.toegankelijk();

            browser.open("/kennisbank");
            browser.schermafdruk("kennisbank");
            browser.geenHorizontaleOverloop();
            browser.toegankelijk();
        }
    }

    /**
     * An overlay that closes around a page change sometimes leaves aria-hidden on the header and menu (a flaky axe
     * failure of the journeys): with no overlay open, the layout takes it off again.
     */
    @Test
    void a_left_over_aria_hidden_on_the_header_and_menu_is_taken_off() {
        try (Browser browser = new Browser(app, "1-aria-hidden", 1280, 800)) {
            browser.open("/kennisbank");
            browser.wachtOp(By.tagName("h1"));
            browser.js("""
                    const laag = document.querySelector('vaadin-app-layout');
                    laag.querySelectorAll(':scope > [slot]').forEach(e => e.setAttribute('aria-hidden', 'true'));
                    laag.shadowRoot.querySelector('#navbarTop').setAttribute('aria-hidden', 'true');""");
            browser.wachtTot(Duration.ofSeconds(5), d -> Boolean.TRUE.equals(browser.js("""
                    const laag = document.querySelector('vaadin-app-layout');
                    return laag.querySelector(':scope > [slot][aria-hidden]') === null
                        && laag.shadowRoot.querySelector('#navbarTop[aria-hidden]') === null;""")));
            browser.toegankelijk();
        }
    }

    /** The index is filled a few seconds after the app started: wait until search finds something. */
    static void wachtOpIndex(Browser browser) {
        browser.wachtTot(Duration.ofSeconds(60), d -> browser.js("""
                const x = new XMLHttpRequest(); x.open('GET', '/api/zoeken?q=werk', false); x.send();
                return x.status === 200 && JSON.parse(x.responseText).totaal > 0;""").equals(Boolean.TRUE));
    }

    private static long aantal(Browser browser) {
        String tekst = browser.wachtOp(By.id("zoeken-aantal")).getText();
        return Long.parseLong(tekst.replaceAll("\\D", ""));
    }

    private static List<WebElement> werkzameElementen(Browser browser) {
        return browser.driver().findElements(By.xpath("//h3[starts-with(normalize-space(), '"
                + tekst("kennisrecord.verwijst.WERKZAAM_ELEMENT") + " (')]/following-sibling::ul[1]//a"));
    }
}
