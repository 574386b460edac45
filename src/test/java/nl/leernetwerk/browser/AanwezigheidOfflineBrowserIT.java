package nl.leernetwerk.browser;

import static nl.leernetwerk.browser.Browser.tekst;
import static nl.leernetwerk.browser.TrainerBrowserIT.controleer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.leernetwerk.ProductieApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Attendance on a flaky connection, with the keyboard (keys 1–5) and a tap: a registration made
 * while the tablet is offline is not shown as saved, the page says in Dutch that it is not saved
 * yet, and once the connection is back it reaches the server. Proven after a reload and in the
 * group's attendance matrix: nothing was silently dropped.
 */
class AanwezigheidOfflineBrowserIT {

    private static ProductieApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ProductieApp.start();
    }

    @Test
    void registrations_made_offline_reach_the_server_when_the_connection_is_back() {
        Instant begin = Instant.now();
        String groep = "Wifi-groep " + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(app, "aanwezigheid-offline", 1024, 768)) {
            Trainingsstappen stappen = new Trainingsstappen(browser);
            browser.login("trainer");
            stappen.maakGroep(groep);
            for (String naam : new String[] {"Hanna Smit", "Ivo Mulder", "Jamal Idrissi", "Karin Vos"}) {
                stappen.schrijfIn(naam);
            }
            stappen.planEnOpenBijeenkomst(LocalDate.now());
            String bijeenkomst = browser.driver().getCurrentUrl();

            // online, keyboard only: Tab into Hanna's row, key 1 = aanwezig
            tabNaar(browser, "Hanna Smit");
            browser.acties().sendKeys("1").perform();
            browser.wachtTot(d -> rij(browser, "Hanna Smit").getText().contains(ingevuld()));
            assertThat(gekozen(stappen, "Hanna Smit", "AANWEZIG")).isTrue();

            // the connection drops
            netwerk(browser, false);
            browser.wachtTot(d -> Boolean.FALSE.equals(browser.js("return navigator.onLine;")));
            // a tap on Ivo's "te laat" (the radio button is checked at once, in the browser) ...
            WebElement teLaat = stappen.status("Ivo Mulder", tekst("aanwezigheid.TE_LAAT"));
            browser.js("arguments[0].scrollIntoView({block: 'center'});", teLaat);
            teLaat.click();
            // ... and key 4 (afwezig zonder bericht) in Jamal's row, key 3 in Karin's
            tabNaar(browser, "Jamal Idrissi");
            browser.acties().sendKeys("4").perform();
            tabNaar(browser, "Karin Vos");
            browser.acties().sendKeys(Keys.NUMPAD3).perform();
            // the trainer sees, in Dutch, that this is not saved yet; the rows do not claim otherwise
            browser.wachtTot(d -> verbindingsmelding(browser).contains(tekst("verbinding.herstellen").substring(0, 40))
                    || verbindingsmelding(browser).contains(tekst("verbinding.weg").substring(0, 40)));
            for (String naam : new String[] {"Ivo Mulder", "Jamal Idrissi", "Karin Vos"}) {
                assertThat(rij(browser, naam).getText()).as(naam + " while offline")
                        .contains(tekst("aanwezigheid.nognietgeregistreerd")).doesNotContain(ingevuld());
            }
            browser.schermafdruk("offline");
            browser.toegankelijk();

            // back online: what was chosen offline is delivered, in order
            netwerk(browser, true);
            browser.wachtTot(Duration.ofSeconds(40), d -> rij(browser, "Ivo Mulder").getText().contains(ingevuld())
                    && rij(browser, "Jamal Idrissi").getText().contains(ingevuld())
                    && rij(browser, "Karin Vos").getText().contains(ingevuld()));
            browser.wachtOpVaadin();
            browser.schermafdruk("weer-online");

            // a reload shows what the server has
            browser.driver().navigate().refresh();
            browser.wachtOpVaadin();
            browser.wachtOpTekst(tekst("aanwezigheid.uitleg").substring(0, 20));
            assertThat(gekozen(stappen, "Hanna Smit", "AANWEZIG")).isTrue();
            assertThat(gekozen(stappen, "Ivo Mulder", "TE_LAAT")).isTrue();
            assertThat(gekozen(stappen, "Jamal Idrissi", "AFWEZIG_ZONDER_BERICHT")).isTrue();
            assertThat(gekozen(stappen, "Karin Vos", "AFWEZIG_MET_BERICHT")).isTrue();
            controleer(browser, "na-herladen");

            // and so does the group's attendance matrix: one of each
            browser.open("/trainingen");
            browser.klik(browser.wachtOpKlikbaar(By.linkText(groep)));
            browser.wachtOp(By.id("aanwezigheidsoverzicht"));
            for (String status : new String[] {"aanwezig", "te_laat", "afwezig_zonder_bericht", "afwezig_met_bericht"}) {
                assertThat(browser.driver().findElements(By.cssSelector("#aanwezigheidsoverzicht .aanwezigheid-" + status)))
                        .as("matrix cells " + status).hasSize(1);
            }
            controleer(browser, "matrix");
            assertThat(bijeenkomst).contains("/trainingen/bijeenkomst/");
        }
        System.out.printf("Attendance offline took %.1f s%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    /** Switches the page's network off (as a dropped wifi: requests fail at once) or on again. */
    static void netwerk(Browser browser, boolean online) {
        browser.cdp("Network.enable", Map.of());
        browser.cdp("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static String verbindingsmelding(Browser browser) {
        Object tekst = browser.js("const i = document.querySelector('vaadin-connection-indicator');"
                + " return i ? i.innerText || '' : '';");
        return String.valueOf(tekst);
    }

    /** Tab (forward) until the focus is inside this participant's status group. */
    private static void tabNaar(Browser browser, String deelnemer) {
        WebElement groep = browser.wachtOp(By.xpath("//vaadin-radio-group[label[normalize-space()='" + deelnemer + "']]"));
        for (int i = 0; i < 60 && !focusBinnen(browser, groep); i++) {
            browser.acties().sendKeys(Keys.TAB).perform();
        }
        assertThat(focusBinnen(browser, groep)).as("Tab reaches the row of " + deelnemer).isTrue();
    }

    private static boolean focusBinnen(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(browser.js("return arguments[0].contains(document.activeElement);", element));
    }

    private static boolean gekozen(Trainingsstappen stappen, String deelnemer, String status) {
        return stappen.status(deelnemer, tekst("aanwezigheid." + status)).getDomAttribute("checked") != null;
    }

    private static WebElement rij(Browser browser, String deelnemer) {
        return browser.driver().findElement(By.xpath("//vaadin-radio-group[label[normalize-space()='" + deelnemer
                + "']]/.."));
    }

    private static String ingevuld() {
        return tekst("aanwezigheid.geregistreerd", "trainer", "").trim();
    }
}
