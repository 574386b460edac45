package nl.leernetwerk.browser;

import static nl.leernetwerk.browser.Browser.tekst;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a trainer (or beheerder) does in the browser to get a group with participants and a bijeenkomst. */
final class Trainingsstappen {

    private final Browser browser;

    Trainingsstappen(Browser browser) {
        this.browser = browser;
    }

    /** Dutch date as the date picker shows and accepts it. */
    static String datum(LocalDate datum) {
        return datum.getDayOfMonth() + "-" + datum.getMonthValue() + "-" + datum.getYear();
    }

    /** On /trainingen: fills in the new-group form and opens the new group. */
    void maakGroep(String naam) {
        browser.open("/trainingen");
        browser.veld("vaadin-text-field", tekst("groep.naam")).sendKeys(naam);
        WebElement training = browser.veld("vaadin-combo-box", tekst("groep.training"));
        training.click();
        browser.wachtOp(By.cssSelector("vaadin-combo-box-item"));
        training.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.wachtOpVaadin();
        wachtTotDicht(training);
        WebElement start = browser.veld("vaadin-date-picker", tekst("groep.startdatum"));
        start.sendKeys(datum(LocalDate.now()), Keys.ENTER);
        browser.wachtOpVaadin();
        wachtTotDicht(start);
        browser.klik(browser.knop(tekst("trainingen.groepstarten")));
        browser.wachtOpTekst(tekst("trainingen.groepgestart", naam));
        WebElement link = browser.wachtOpKlikbaar(By.linkText(naam));
        browser.klik(link);
        browser.wachtTot(d -> d.findElement(By.tagName("h1")).getText().equals(naam));
    }

    /** On a group's page: enrols a participant with only a name. */
    void schrijfIn(String deelnemer) {
        WebElement naam = browser.veld("vaadin-text-field", tekst("deelnemer.naam"));
        naam.sendKeys(deelnemer);
        browser.klik(browser.knop(tekst("deelnemer.inschrijven")));
        browser.wachtOpTekst(tekst("deelnemer.ingeschreven", deelnemer));
        browser.wachtOp(By.xpath("//vaadin-grid[@id='deelnemers']/vaadin-grid-cell-content[normalize-space()='"
                + deelnemer + "']"));
    }

    /** On a group's page: plans a bijeenkomst on this date (default times) and opens its attendance. */
    void planEnOpenBijeenkomst(LocalDate dag) {
        WebElement datum = browser.veld("vaadin-date-picker", tekst("bijeenkomst.datum"));
        datum.sendKeys(datum(dag), Keys.ENTER);
        browser.wachtOpVaadin();
        wachtTotDicht(datum);
        browser.klik(browser.knop(tekst("bijeenkomst.plannen")));
        browser.wachtOpTekst(tekst("bijeenkomst.gepland"));
        WebElement link = browser.wachtOpKlikbaar(By.xpath("//vaadin-grid[@id='bijeenkomsten']//a[normalize-space()='"
                + datum(dag) + "']"));
        browser.klik(link);
        browser.wachtTot(d -> d.getCurrentUrl().contains("/trainingen/bijeenkomst/"));
        browser.wachtOpTekst(tekst("aanwezigheid.uitleg").substring(0, 20));
    }

    /**
     * Waits until the overlay of this field's combo box or date picker has closed, as a person would
     * before the next field. Typing on at machine speed while an overlay was still closing left the
     * app layout aria-hidden for good now and then (axe: aria-hidden-focus on the header and menu).
     */
    void wachtTotDicht(WebElement invoer) {
        WebElement veld = invoer.findElement(By.xpath("./ancestor::*[self::vaadin-combo-box or self::vaadin-date-picker"
                + " or self::vaadin-multi-select-combo-box][1]"));
        browser.wachtTot(d -> veld.getDomAttribute("opened") == null);
        browser.wachtOpAnimaties();
    }

    /** On the attendance page: the radio button of this status in the participant's row. */
    WebElement status(String deelnemer, String statusLabel) {
        return browser.wachtOpKlikbaar(By.xpath("//vaadin-radio-group[label[normalize-space()='" + deelnemer
                + "']]/vaadin-radio-button[label[normalize-space()='" + statusLabel + "' or starts-with(normalize-space(), '"
                + statusLabel + " (')]]"));
    }
}
