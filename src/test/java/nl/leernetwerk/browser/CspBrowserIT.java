package nl.leernetwerk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.leernetwerk.ProductieApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Content-Security-Policy as a real browser applies it: Vaadin pages work under it (every
 * journey fails on a reported violation, see {@link Browser#geenCspSchendingen()}), and the check
 * itself catches a violation, so a journey without reports proves the policy is honoured, not absent.
 */
class CspBrowserIT {

    private static ProductieApp app;

    @BeforeAll
    static void start() throws Exception {
        app = ProductieApp.start();
    }

    @Test
    void the_browser_enforces_the_policy_and_the_journeys_check_catches_a_violation() {
        try (Browser browser = new Browser(app, "csp", 1280, 800)) {
            browser.open("/zoeken?q=werk");
            browser.wachtOp(By.id("zoeken-aantal"));
            browser.geenCspSchendingen();

            // an image from another origin is not allowed by img-src: the browser blocks and reports it
            browser.js("""
                    const img = document.createElement('img');
                    img.alt = ''; img.src = 'https://voorbeeld.invalid/volg.png';
                    document.body.appendChild(img);""");
            browser.wachtTot(d -> !browser.cspSchendingen().isEmpty());
            assertThat(browser.cspSchendingen().toString()).contains("img-src", "voorbeeld.invalid");
            assertThatThrownBy(browser::geenCspSchendingen).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("img-src");
            // reported once: the list is empty again
            browser.geenCspSchendingen();

            // after navigating inside the app (no new document) the listener still listens
            browser.klik(browser.wachtOpKlikbaar(By.cssSelector(".treffer h2 a")));
            browser.wachtTot(d -> d.getCurrentUrl().contains("/kennisbank/"));
            browser.js("const s = document.createElement('script'); s.src = 'https://voorbeeld.invalid/x.js';"
                    + " document.head.appendChild(s);");
            browser.wachtTot(d -> browser.cspSchendingen().toString().contains("script-src"));
            assertThatThrownBy(browser::geenCspSchendingen).isInstanceOf(AssertionError.class);
        }
    }
}
