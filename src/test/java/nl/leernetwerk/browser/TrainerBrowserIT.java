package nl.leernetwerk.browser;

import static nl.leernetwerk.browser.Browser.tekst;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.leernetwerk.ProductieApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Journey 2, a trainer on a tablet (1024×768): start a group, enrol participants, plan a
 * bijeenkomst, register attendance (one participant with the keyboard only), follow up the
 * absence without notice and download the attendance as CSV. Every page: axe-core and no
 * sideways scrolling.
 */
class TrainerBrowserIT {

    private static ProductieApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ProductieApp.start();
    }

    @Test
    void trainer_registers_attendance_follows_up_an_absence_and_exports_csv() {
        String groep = "Sterk naar werk " + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(app, "2-trainer", 1024, 768)) {
            Trainingsstappen stappen = new Trainingsstappen(browser);
            browser.login("trainer");
            browser.open("/trainingen");
            controleer(browser, "trainingen");

            stappen.maakGroep(groep);
            stappen.schrijfIn("Anna Jansen");
            stappen.schrijfIn("Bram Bakker");
            stappen.schrijfIn("Cor de Wit");
            controleer(browser, "groep-met-deelnemers");

            // the calendar of a date picker speaks Dutch too (Vaadin's own texts are English)
            browser.veld("vaadin-date-picker", tekst("bijeenkomst.datum")).click();
            WebElement vandaagKnop = browser.wachtOp(By.cssSelector("vaadin-button[slot='today-button']"));
            assertThat(vandaagKnop.getText()).isEqualTo(tekst("datumkiezer.vandaag"));
            assertThat(browser.driver().findElement(By.cssSelector("vaadin-button[slot='cancel-button']")).getText())
                    .isEqualTo(tekst("datumkiezer.annuleren"));
            browser.schermafdruk("datumkiezer");
            browser.acties().sendKeys(Keys.ESCAPE).perform();
            browser.wachtTot(d -> d.findElements(By.cssSelector("vaadin-button[slot='today-button']")).stream()
                    .noneMatch(WebElement::isDisplayed));

            stappen.planEnOpenBijeenkomst(LocalDate.now());
            controleer(browser, "aanwezigheid-leeg");

            browser.klik(stappen.status("Anna Jansen", tekst("aanwezigheid.AANWEZIG")));
            browser.klik(stappen.status("Bram Bakker", tekst("aanwezigheid.AFWEZIG_ZONDER_BERICHT")));
            assertThat(rij(browser, "Anna Jansen").getText()).contains(ingevuldDoorTrainer());
            assertThat(rij(browser, "Bram Bakker").getText()).contains(ingevuldDoorTrainer());

            // keyboard only: Tab to Cor's row, Space chooses the first status, an arrow key the next
            WebElement eerste = stappen.status("Cor de Wit", tekst("aanwezigheid.AANWEZIG"));
            for (int i = 0; i < 40 && !focusBinnen(browser, eerste); i++) {
                browser.acties().sendKeys(Keys.TAB).perform();
            }
            assertThat(focusBinnen(browser, eerste)).as("Tab reaches Cor's first status").isTrue();
            browser.acties().sendKeys(Keys.SPACE).perform();
            browser.wachtOpVaadin();
            browser.acties().sendKeys(Keys.ARROW_DOWN).perform();
            browser.wachtOpVaadin();
            browser.wachtTot(d -> rij(browser, "Cor de Wit").getText().contains(ingevuldDoorTrainer()));
            assertThat(stappen.status("Cor de Wit", tekst("aanwezigheid.TE_LAAT")).getAttribute("checked")).isNotNull();
            controleer(browser, "aanwezigheid-ingevuld");

            // the absence without notice is waiting to be followed up
            browser.open("/trainingen");
            browser.klik(browser.wachtOpKlikbaar(By.partialLinkText(tekst("trainingen.opvolging", 0).replace(" 0", ""))));
            browser.wachtTot(d -> d.getCurrentUrl().contains("/trainingen/opvolging"));
            WebElement punt = browser.wachtOp(By.xpath("//vaadin-details[.//*[contains(normalize-space(), 'Bram Bakker ("
                    + groep + ")')]]"));
            controleer(browser, "opvolging");
            // scrolled to the middle: at the bottom edge a notification can take the click
            browser.klik(punt.findElement(By.xpath(".//vaadin-checkbox[label[normalize-space()='" + tekst("opvolging.contact")
                    + "']]")));
            punt.findElement(By.xpath(".//vaadin-text-area[label[normalize-space()='" + tekst("opvolging.waarom")
                    + "']]//textarea")).sendKeys("Bus reed niet");
            punt.findElement(By.xpath(".//vaadin-text-area[label[normalize-space()='" + tekst("opvolging.uitkomst")
                    + "']]//textarea")).sendKeys("Gebeld; komt volgende week weer");
            browser.klik(punt.findElement(By.xpath(".//vaadin-button[normalize-space()='" + tekst("opvolging.afronden")
                    + "']")));
            browser.wachtOpTekst(tekst("opvolging.afgerond", "Bram Bakker"));
            browser.wachtTot(d -> !browser.paginaTekst().contains("Bram Bakker (" + groep + ")"));
            browser.schermafdruk("opvolging-afgerond");

            // the matrix and the CSV download
            browser.open("/trainingen");
            browser.klik(browser.wachtOpKlikbaar(By.linkText(groep)));
            browser.wachtOp(By.id("aanwezigheidsoverzicht"));
            controleer(browser, "overzicht");
            browser.klik(browser.wachtOpKlikbaar(By.linkText(tekst("training.export.csv"))));
            String csv = browser.download("aanwezigheid-");
            String vandaag = LocalDate.now().toString();
            assertThat(csv.lines()).first().isEqualTo("deelnemer;datum;status");
            assertThat(csv.lines()).contains("Anna Jansen;" + vandaag + ";aanwezig",
                    "Bram Bakker;" + vandaag + ";afwezig_zonder_bericht", "Cor de Wit;" + vandaag + ";te_laat");
        }
    }

    /** axe-core, no sideways scrolling at tablet width, and a screenshot. */
    static void controleer(Browser browser, String stap) {
        browser.wachtOpVaadin();
        browser.schermafdruk(stap);
        browser.geenHorizontaleOverloop();
        browser.toegankelijk();
    }

    private static String ingevuldDoorTrainer() {
        return tekst("aanwezigheid.geregistreerd", "trainer", "").trim();
    }

    private static WebElement rij(Browser browser, String deelnemer) {
        return browser.driver().findElement(By.xpath("//vaadin-radio-group[label[normalize-space()='" + deelnemer
                + "']]/.."));
    }

    private static boolean focusBinnen(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(browser.js("return arguments[0].contains(document.activeElement);", element));
    }
}
