package nl.leernetwerk.browser;

import static nl.leernetwerk.browser.Browser.tekst;
import static nl.leernetwerk.browser.TrainerBrowserIT.controleer;
import static org.assertj.core.api.Assertions.assertThat;

import nl.leernetwerk.ProductieApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journey 5, a beheerder: downloads what is known about a participant (inzage) and then erases
 * it (vergetelheid), after confirming.
 */
class PrivacyBrowserIT {

    private static ProductieApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ProductieApp.start();
    }

    @Test
    void beheerder_exports_and_erases_a_participants_data() {
        String groep = "Privacygroep " + System.currentTimeMillis() % 100000;
        String deelnemer = "Dirk van Vliet";
        try (Browser browser = new Browser(app, "5-privacy", 1024, 768)) {
            Trainingsstappen stappen = new Trainingsstappen(browser);
            browser.login("beheerder");
            stappen.maakGroep(groep);
            stappen.schrijfIn(deelnemer);
            stappen.schrijfIn("Els Visser");
            controleer(browser, "groep");

            WebElement inzage = browser.wachtOpKlikbaar(By.xpath("//vaadin-grid[@id='deelnemers']"
                    + "/vaadin-grid-cell-content[normalize-space()='" + deelnemer + "']"
                    + "/following-sibling::vaadin-grid-cell-content//a[normalize-space()='" + tekst("privacy.inzage") + "']"));
            browser.klik(inzage);
            String export = browser.download("inzage-deelnemer-");
            assertThat(export).contains(deelnemer, groep);

            WebElement vergeten = browser.driver().findElement(By.xpath("//vaadin-grid[@id='deelnemers']"
                    + "/vaadin-grid-cell-content[normalize-space()='" + deelnemer + "']"
                    + "/following-sibling::vaadin-grid-cell-content//vaadin-button[normalize-space()='"
                    + tekst("privacy.vergeten") + "']"));
            browser.klik(vergeten);
            browser.wachtOpTekst(tekst("privacy.vergeten.titel", deelnemer));
            browser.schermafdruk("bevestigen");
            browser.toegankelijk();
            browser.klik(browser.knop(tekst("privacy.vergeten.ja")));
            browser.wachtOpTekst(tekst("privacy.vergeten.klaar", deelnemer));
            browser.wachtTot(d -> d.findElements(By.xpath("//vaadin-grid[@id='deelnemers']"
                    + "/vaadin-grid-cell-content[normalize-space()='" + deelnemer + "']")).isEmpty());
            assertThat(browser.driver().findElements(By.xpath("//vaadin-grid[@id='deelnemers']"
                    + "/vaadin-grid-cell-content[normalize-space()='Els Visser']"))).isNotEmpty();
            controleer(browser, "gewist");
        }
    }
}
