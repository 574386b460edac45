package nl.leernetwerk.browser;

import static nl.leernetwerk.browser.Browser.tekst;
import static nl.leernetwerk.browser.TrainerBrowserIT.controleer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import nl.leernetwerk.ProductieApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Journey 4: a lid writes a praktijkvoorbeeld in the leernetwerk and submits it; a redacteur (her
 * own browser, her own login) takes it in review and publishes it; an anonymous visitor finds it
 * with the search page and reads it.
 */
class BijdrageBrowserIT {

    private static ProductieApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ProductieApp.start();
    }

    @Test
    void lid_submits_redacteur_publishes_visitor_finds_it() {
        Instant begin = Instant.now();
        String titel = "Kwartiermakers begeleiden naar werk " + System.currentTimeMillis() % 100000;
        String pad;
        try (Browser lid = new Browser(app, "4-bijdrage-lid", 1280, 800)) {
            lid.login("lid");
            lid.open("/leernetwerk");
            controleer(lid, "leernetwerk");
            lid.klik(lid.knop(tekst("leernetwerk.bijdrage.nieuw")));
            lid.wachtTot(d -> d.getCurrentUrl().matches(".*/leernetwerk/bijdrage/\\d+"));
            pad = lid.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

            // every field saves when the author leaves it
            tekstveld(lid, "leernetwerk.bijdrage.titel", titel);
            tekstvak(lid, "leernetwerk.bijdrage.samenvatting",
                    "Kwartiermakers zoeken met deelnemers een eerste werkplek in de buurt.");
            tekstveld(lid, "leernetwerk.bijdrage.organisatie", "Stichting Op Weg");
            tekstveld(lid, "leernetwerk.bijdrage.regio", "Deventer");
            tekstveld(lid, "leernetwerk.bijdrage.doelgroep", "statushouders, jongeren");
            tekstveld(lid, "leernetwerk.bijdrage.themas", "netwerk, werkplek");
            lid.klik(lid.wachtOpKlikbaar(By.xpath("//vaadin-checkbox-group[label[normalize-space()='"
                    + tekst("leernetwerk.bijdrage.treden") + "']]/vaadin-checkbox[label[normalize-space()='3']]")));
            WebElement elementen = lid.veld("vaadin-multi-select-combo-box", tekst("leernetwerk.bijdrage.werkzame-elementen"));
            elementen.sendKeys("sociaal");
            lid.wachtOp(By.cssSelector("vaadin-multi-select-combo-box-item"));
            elementen.sendKeys(Keys.ARROW_DOWN, Keys.ENTER, Keys.ESCAPE);
            lid.wachtOpVaadin();
            new Trainingsstappen(lid).wachtTotDicht(elementen);
            tekstvak(lid, "leernetwerk.bijdrage.aanpak",
                    "De kwartiermaker loopt **de eerste weken** mee op de werkplek en belt elke vrijdag.");
            tekstvak(lid, "leernetwerk.bijdrage.wat-werkt", "Een vast gezicht voor deelnemer en werkgever.");
            lid.wachtOpTekst(tekst("leernetwerk.bijdrage.opgeslagen", "").strip());
            controleer(lid, "formulier");

            lid.klik(lid.knop(tekst("leernetwerk.bijdrage.indienen")));
            lid.wachtOpTekst(tekst("leernetwerk.bijdrage.ingediend.melding"));
            lid.wachtTot(d -> d.findElement(By.id("status")).getText().contains(tekst("leernetwerk.bijdrage.status.INGEDIEND")));
            controleer(lid, "ingediend");
        }

        String slug;
        try (Browser redacteur = new Browser(app, "4-bijdrage-redacteur", 1280, 800)) {
            redacteur.login("redacteur");
            redacteur.open("/leernetwerk");
            WebElement inWachtrij = redacteur.wachtOpKlikbaar(By.xpath("//vaadin-grid[@id='te-beoordelen']//a[normalize-space()='"
                    + titel + "']"));
            controleer(redacteur, "wachtrij");
            redacteur.klik(inWachtrij);
            redacteur.wachtTot(d -> d.getCurrentUrl().endsWith(pad));
            redacteur.wachtOp(By.id("review"));
            redacteur.klik(redacteur.knop(tekst("leernetwerk.review.neem")));
            redacteur.wachtOpTekst(tekst("leernetwerk.review.genomen"));
            redacteur.wachtTot(d -> d.findElement(By.id("status")).getText()
                    .contains(tekst("leernetwerk.bijdrage.status.IN_REVIEW")));
            controleer(redacteur, "in-review");
            redacteur.klik(redacteur.knop(tekst("leernetwerk.review.goedkeuren")));
            redacteur.wachtOpTekst(tekst("leernetwerk.review.gepubliceerd"));
            WebElement gepubliceerd = redacteur.wachtOp(By.id("gepubliceerd"));
            slug = gepubliceerd.getDomAttribute("href").replaceFirst(".*kennisbank/", "");
            assertThat(redacteur.driver().findElement(By.id("status")).getText())
                    .contains(tekst("leernetwerk.bijdrage.status.GEPUBLICEERD"));
            controleer(redacteur, "gepubliceerd");
        }

        try (Browser bezoeker = new Browser(app, "4-bijdrage-bezoeker", 1280, 800)) {
            String vraag = URLEncoder.encode("kwartiermakers Op Weg Deventer", StandardCharsets.UTF_8);
            // the index follows the publication (asynchronously in production): search until it is there
            bezoeker.wachtTot(Duration.ofSeconds(30), d -> {
                bezoeker.open("/zoeken?q=" + vraag);
                return !d.findElements(By.xpath("//*[contains(@class, 'treffer')]//h2/a[normalize-space()='" + titel + "']"))
                        .isEmpty();
            });
            controleer(bezoeker, "gevonden");
            bezoeker.klik(bezoeker.wachtOpKlikbaar(By.xpath("//*[contains(@class, 'treffer')]//h2/a[normalize-space()='"
                    + titel + "']")));
            bezoeker.wachtTot(d -> d.getCurrentUrl().endsWith("/kennisbank/" + slug));
            assertThat(bezoeker.wachtOp(By.tagName("h1")).getText()).isEqualTo(titel);
            String pagina = bezoeker.paginaTekst();
            assertThat(pagina).contains(tekst("kennistype.PRAKTIJKVOORBEELD"), "Stichting Op Weg",
                    "De kwartiermaker loopt de eerste weken mee", "Een vast gezicht voor deelnemer en werkgever.");
            // the Markdown of the author is rendered, not shown as asterisks
            assertThat(bezoeker.driver().findElements(By.xpath("//strong[normalize-space()='de eerste weken']"))).isNotEmpty();
            controleer(bezoeker, "gelezen");
        }
        System.out.printf("Journey 4 (bijdrage publiceren) took %.1f s%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    /** Types into a text field and leaves it with Tab, so that the form saves it. */
    private static void tekstveld(Browser browser, String sleutel, String waarde) {
        WebElement veld = browser.veld("vaadin-text-field", tekst(sleutel));
        veld.sendKeys(waarde, Keys.TAB);
        browser.wachtOpVaadin();
    }

    private static void tekstvak(Browser browser, String sleutel, String waarde) {
        WebElement veld = browser.wachtOp(By.xpath("//vaadin-text-area[label[normalize-space()='" + tekst(sleutel)
                + "']]//textarea"));
        veld.sendKeys(waarde, Keys.TAB);
        browser.wachtOpVaadin();
    }
}
