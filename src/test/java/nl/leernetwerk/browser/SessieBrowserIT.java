package nl.leernetwerk.browser;

import static nl.leernetwerk.browser.Browser.tekst;
import static nl.leernetwerk.browser.TrainerBrowserIT.controleer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.leernetwerk.ProductieApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Journey 3, a trainer on a tablet (1024×768) runs a bijeenkomst: plans its blocks (one with a
 * groepsopdracht) and keeps the plan as a template, opens "sessie draaien", starts, goes to the
 * next block, counts turns, credits an answer to a participant, writes a leerpunt, looks at the
 * afspraken and closes the session; the reflection then shows what the session captured.
 */
class SessieBrowserIT {

    private static ProductieApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ProductieApp.start();
    }

    @Test
    void trainer_plans_runs_and_reflects_on_a_bijeenkomst_on_a_tablet() {
        Instant begin = Instant.now();
        String groep = "Sessiegroep " + System.currentTimeMillis() % 100000;
        try (Browser browser = new Browser(app, "3-sessie", 1024, 768)) {
            Trainingsstappen stappen = new Trainingsstappen(browser);
            browser.login("trainer");
            stappen.maakGroep(groep);
            stappen.schrijfIn("Fatima El Amrani");
            stappen.schrijfIn("Gijs de Boer");
            stappen.planEnOpenBijeenkomst(LocalDate.now());

            // the plan: a kennismaking and a block with a groepsopdracht
            browser.klik(link(browser, tekst("sessie.link.plan")));
            browser.wachtTot(d -> d.getCurrentUrl().endsWith("/plan"));
            browser.wachtOpTekst(tekst("plan.uitleg").substring(0, 30));
            controleer(browser, "plan-leeg");
            voegBlokToe(browser, tekst("bloksoort.KENNISMAKING"), "Voorstelronde", 15, null);
            voegBlokToe(browser, tekst("bloksoort.OPDRACHT"), "Pitchen", 30, "Elevator pitch");
            browser.wachtOp(By.xpath("//vaadin-grid[@id='blokken']/vaadin-grid-cell-content[contains(., 'Pitchen')]"));
            assertThat(browser.wachtOp(By.id("plan-totaal")).getText()).startsWith(tekst("plan.totaal", 45, 0)
                    .substring(0, "Totaal 45".length()));
            browser.veld("vaadin-text-field", tekst("plan.sjabloon.naam")).sendKeys("Eerste bijeenkomst");
            browser.klik(browser.knop(tekst("plan.sjabloon.bewaren")));
            browser.wachtOpTekst(tekst("plan.sjabloon.bewaard", "Eerste bijeenkomst"));
            controleer(browser, "plan");

            // sessie draaien
            browser.klik(link(browser, tekst("sessie.link.draaien")));
            browser.wachtTot(d -> d.getCurrentUrl().endsWith("/sessie"));
            browser.wachtOpTekst(tekst("sessie.nietgestart"));
            controleer(browser, "sessie-klaar");
            browser.klik(browser.knop(tekst("sessie.start")));
            browser.wachtTot(d -> d.findElement(By.id("blok")).getText()
                    .equals(tekst("sessie.blok", tekst("bloksoort.KENNISMAKING"), "Voorstelronde", 1, 2)));
            // the countdown runs in the browser
            String eerste = browser.wachtOp(By.id("timer")).getText();
            assertThat(eerste).matches("1[45]:\\d\\d");
            browser.wachtTot(d -> !d.findElement(By.id("timer")).getText().equals(eerste));
            browser.klik(browser.knop(tekst("sessie.volgende")));
            browser.wachtTot(d -> d.findElement(By.id("blok")).getText()
                    .equals(tekst("sessie.blok", tekst("bloksoort.OPDRACHT"), "Pitchen", 2, 2)));
            browser.wachtOp(By.id("instructie"));
            controleer(browser, "sessie-opdracht");

            // turns: Fatima twice, Gijs once, one taken back
            browser.klik(beurt(browser, "Fatima El Amrani", 0));
            browser.klik(beurt(browser, "Fatima El Amrani", 1));
            browser.klik(beurt(browser, "Gijs de Boer", 0));
            browser.klik(browser.wachtOpKlikbaar(By.cssSelector("vaadin-button[aria-label='"
                    + tekst("sessie.beurt.terug", "Gijs de Boer") + "']")));
            beurt(browser, "Gijs de Boer", 0);
            beurt(browser, "Fatima El Amrani", 2);

            // an answer credited to Fatima, and a leerpunt of the group
            kies(browser, tekst("sessie.wie"), "Fatima El Amrani");
            browser.klik(browser.wachtOpKlikbaar(By.xpath("//vaadin-radio-group[label[normalize-space()='"
                    + tekst("sessie.soort") + "']]/vaadin-radio-button[label[normalize-space()='"
                    + tekst("inbreng.ANTWOORD") + "']]")));
            browser.wachtOp(By.xpath("//vaadin-text-area[label[normalize-space()='" + tekst("sessie.tekst")
                    + "']]//textarea")).sendKeys("Begin met wat je wél kunt");
            browser.klik(browser.knop(tekst("sessie.vastleggen")));
            browser.wachtOp(By.xpath("//ul[@id='inbreng']/li[normalize-space()='" + tekst("inbreng.ANTWOORD")
                    + ": Begin met wat je wél kunt — Fatima El Amrani']"));
            kies(browser, tekst("sessie.wie"), tekst("afspraken.door.groep"));
            browser.veld("vaadin-text-field", tekst("sessie.leerpunt")).sendKeys("Hulp vragen is sterk");
            browser.klik(browser.knop(tekst("sessie.leerpunt.bewaren")));
            browser.wachtOp(By.xpath("//ul[@id='inbreng']/li[normalize-space()='" + tekst("inbreng.LEERPUNT")
                    + ": Hulp vragen is sterk — " + tekst("afspraken.door.groep") + "']"));
            controleer(browser, "sessie-vastgelegd");

            // the afspraken, one tap away, and back with the keyboard
            browser.klik(browser.wachtOpKlikbaar(By.id("afspraken-knop")));
            browser.wachtOp(By.id("afspraken-kaart"));
            browser.wachtOpTekst(tekst("afspraken.geen"));
            controleer(browser, "afspraken");
            browser.acties().sendKeys(Keys.ESCAPE).perform();
            browser.wachtTot(d -> d.findElements(By.id("afspraken-kaart")).isEmpty());
            assertThat(browser.js("return document.activeElement && document.activeElement.id;"))
                    .as("focus back on the afspraken button").isEqualTo("afspraken-knop");

            browser.klik(browser.knop(tekst("sessie.einde")));
            browser.wachtTot(d -> d.findElement(By.id("blok")).getText().equals(tekst("sessie.afgesloten")));
            assertThat(browser.driver().findElement(By.id("timer")).getText()).isEmpty();
            controleer(browser, "sessie-afgesloten");

            // the reflection sees what the session captured
            browser.klik(link(browser, tekst("sessie.naar.reflectie")));
            browser.wachtTot(d -> d.getCurrentUrl().endsWith("/reflectie"));
            browser.wachtOp(By.id("uit-sessie"));
            String pagina = browser.paginaTekst();
            assertThat(pagina).contains(tekst("inbreng.ANTWOORD") + ": Begin met wat je wél kunt — Fatima El Amrani",
                    tekst("inbreng.LEERPUNT") + ": Hulp vragen is sterk — " + tekst("afspraken.door.groep"));
            assertThat(browser.wachtOp(By.xpath("//vaadin-text-area[label[normalize-space()='Fatima El Amrani']]"))
                    .getText()).contains(tekst("reflectie.sessie.beurten", 2));
            // the werkzame elementen of the plan's groepsopdracht are offered as a starting point
            assertThat(browser.wachtOp(By.id("uit-plan")).getText()).startsWith(tekst("reflectie.uitplan", "").strip());
            controleer(browser, "reflectie");
        }
        System.out.printf("Journey 3 (sessie draaien) took %.1f s%n", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    /** On the plan page: adds a block (with a groepsopdracht whose title starts with {@code opdracht}). */
    private static void voegBlokToe(Browser browser, String soort, String titel, int minuten, String opdracht) {
        kies(browser, tekst("plan.soort"), soort);
        WebElement duur = browser.veld("vaadin-integer-field", tekst("plan.minuten"));
        duur.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(minuten));
        browser.veld("vaadin-text-field", tekst("plan.titel")).sendKeys(titel);
        if (opdracht != null) {
            WebElement veld = browser.veld("vaadin-combo-box", tekst("plan.opdracht"));
            veld.sendKeys(opdracht);
            browser.wachtOp(By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(), '" + opdracht + "')]"));
            veld.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.wachtOpVaadin();
            new Trainingsstappen(browser).wachtTotDicht(veld);
        }
        browser.klik(browser.knop(tekst("plan.toevoegen.knop")));
        browser.wachtOp(By.xpath("//vaadin-grid[@id='blokken']/vaadin-grid-cell-content[starts-with(normalize-space(), '"
                + titel + "')]"));
    }

    /** Opens the vaadin-select with this label and picks the item with this text. */
    static void kies(Browser browser, String label, String item) {
        WebElement select = browser.wachtOpKlikbaar(By.xpath("//vaadin-select[label[normalize-space()='" + label + "']]"));
        browser.klik(select);
        browser.wachtTot(d -> select.getDomAttribute("opened") != null);
        browser.klik(browser.wachtOpKlikbaar(By.xpath("//vaadin-select-item[normalize-space()='" + item + "']")));
        browser.wachtTot(d -> select.getDomAttribute("opened") == null);
        browser.wachtOpAnimaties();
    }

    /** A link with this text, also when it is scrolled out of view (klik scrolls it in). */
    private static WebElement link(Browser browser, String tekst) {
        return browser.wachtTot(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[normalize-space()='" + tekst + "']")));
    }

    /** The turn button of a participant showing this number of turns. */
    private static WebElement beurt(Browser browser, String naam, int beurten) {
        return browser.wachtOpKlikbaar(By.xpath("//div[@id='sprekers']//vaadin-button[normalize-space()='"
                + tekst("sessie.beurt", naam, beurten) + "']"));
    }
}
