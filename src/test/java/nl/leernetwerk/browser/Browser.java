package nl.leernetwerk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.ProductieApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven by Selenium against the production jar, with what every
 * journey needs: waiting for Vaadin, screenshots under {@code target/browser}, axe-core and a
 * check for horizontal overflow. Selenium Manager is never used: driver and browser are given.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("leernetwerk.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("leernetwerk.chromedriver", "/usr/bin/chromedriver");
    /** axe-core rule results at these impacts fail a journey. */
    private static final Set<String> ERNSTIG = Set.of("serious", "critical");
    private static final Duration WACHTTIJD = Duration.ofSeconds(20);

    private final ProductieApp app;
    private final ChromeDriver driver;
    private final WebDriverWait wacht;
    private final String reis;
    private final Path schermafdrukken = Path.of(System.getProperty("leernetwerk.screenshots", "target/browser"));
    private int stap;

    /** A fresh browser (no cookies) for one journey, with its viewport in CSS pixels. */
    public Browser(ProductieApp app, String reis, int breedte, int hoogte) {
        this.app = app;
        this.reis = reis;
        System.setProperty("SE_OFFLINE", "true");
        try {
            Files.createDirectories(downloads());
            try (var oud = Files.list(downloads())) {
                for (Path bestand : oud.toList()) {
                    Files.delete(bestand);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM);
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=nl-NL", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + breedte + "," + hoogte);
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl",
                "download.default_directory", downloads().toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, opties);
        // before any script of any page: collect what the Content-Security-Policy blocks
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LUISTERAAR));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wacht = new WebDriverWait(driver, WACHTTIJD);
        viewport(breedte, hoogte);
    }

    /** Sets the inner size of the page (what CSS media queries see) to exactly these pixels. */
    public void viewport(int breedte, int hoogte) {
        driver.manage().window().setSize(new Dimension(breedte, hoogte));
        Map<?, ?> binnen = (Map<?, ?>) js("return {b: window.innerWidth, h: window.innerHeight};");
        int extraB = breedte - ((Number) binnen.get("b")).intValue();
        int extraH = hoogte - ((Number) binnen.get("h")).intValue();
        if (extraB != 0 || extraH != 0) {
            driver.manage().window().setSize(new Dimension(breedte + extraB, hoogte + extraH));
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** A Chrome DevTools Protocol command on the current page (network conditions and the like). */
    public Map<String, Object> cdp(String commando, Map<String, Object> parameters) {
        return driver.executeCdpCommand(commando, parameters);
    }

    /** Opens a path of the app and waits until Vaadin has rendered it. */
    public void open(String pad) {
        geenCspSchendingen();
        driver.get(app.url(pad));
        wachtOpVaadin();
    }

    /** Waits until the Vaadin client has no request under way (the server's answer is rendered). */
    public void wachtOpVaadin() {
        wacht.until(d -> Boolean.TRUE.equals(js("""
                if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow
                    || !window.Vaadin.Flow.clients) { return false; }
                const clients = Object.values(window.Vaadin.Flow.clients).filter(c => c && c.isActive);
                return clients.length > 0 && clients.every(c => !c.isActive());""")));
    }

    /** Waits until opening overlays and other animations have finished (colours are final then). */
    public void wachtOpAnimaties() {
        try {
            wacht.until(d -> Boolean.TRUE.equals(js("""
                    return document.getAnimations().every(a => a.playState !== 'running'
                        || (a.effect && a.effect.getComputedTiming().iterations === Infinity))
                      && !document.querySelector(':is(vaadin-notification-card, vaadin-dialog-overlay)[opening],'
                        + ' :is(vaadin-notification-card, vaadin-dialog-overlay)[closing]');""")));
        } catch (org.openqa.selenium.TimeoutException nogBezig) {
            // an endless animation (a spinner) must not stop a journey: go on as the user would
        }
    }

    /**
     * A closing overlay (a dialog, a date picker) leaves the layout aria-hidden for a moment; on a
     * busy machine axe would catch that moment. Waits until the layout is hidden only behind an open overlay.
     */
    private void wachtOpGeslotenOverlays() {
        try {
            wacht.until(d -> Boolean.TRUE.equals(js("""
                    const laag = document.querySelector('vaadin-app-layout');
                    const verborgen = laag && (laag.querySelector(':scope > [slot][aria-hidden=true]')
                        || (laag.shadowRoot && laag.shadowRoot.querySelector('#navbarTop[aria-hidden=true]')));
                    return !verborgen || document.querySelector('[opened]:is(vaadin-dialog, vaadin-confirm-dialog)') !== null;""")));
        } catch (org.openqa.selenium.TimeoutException blijft) {
            // still hidden: axe reports it
        }
    }

    public WebElement wachtOp(By locator) {
        return wachtTot(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement wachtOpKlikbaar(By locator) {
        return wachtTot(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Waits for a condition; on a time-out saves a screenshot and says where the browser was. */
    public <T> T wachtTot(Function<WebDriver, T> voorwaarde) {
        return wachtTot(WACHTTIJD, voorwaarde);
    }

    /** As {@link #wachtTot(Function)}, with its own time limit. */
    public <T> T wachtTot(Duration maximaal, Function<WebDriver, T> voorwaarde) {
        try {
            return new WebDriverWait(driver, maximaal).until(voorwaarde);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path plaatje = schermafdruk("mislukt");
            throw new AssertionError("waited in vain on " + driver.getCurrentUrl() + " (screenshot " + plaatje
                    + "); page text:\n" + paginaTekst(), e);
        }
    }

    public void wachtOpTekst(String tekst) {
        wachtTot(d -> paginaTekst().contains(tekst));
    }

    /** The visible text of the page, including that inside Vaadin components' shadow roots. */
    public String paginaTekst() {
        return (String) js("return document.body.innerText;");
    }

    public Object js(String script, Object... argumenten) {
        return ((JavascriptExecutor) driver).executeScript(script, argumenten);
    }

    public Actions acties() {
        return new Actions(driver);
    }

    /** Logs in through the login page as a user would, then waits for the start page. */
    public void login(String gebruiker) {
        open("/login");
        WebElement naam = wachtOp(By.cssSelector("vaadin-login-form input[name='username']"));
        naam.sendKeys(gebruiker);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("leernetwerk", Keys.ENTER);
        wachtTot(d -> !d.getCurrentUrl().contains("/login"));
        wachtOpVaadin();
    }

    /** The input inside a Vaadin field (text, date, time, combo box, integer) with this label. */
    public WebElement veld(String component, String label) {
        return wachtOp(By.xpath("//" + component + "[label[normalize-space()=" + xpath(label) + "]]//input"));
    }

    /** A text as an XPath string literal, also when it holds an apostrophe (Thema's). */
    public static String xpath(String tekst) {
        if (!tekst.contains("'")) {
            return "'" + tekst + "'";
        }
        return "concat('" + tekst.replace("'", "', \"'\", '") + "')";
    }

    /** A button with this text (Vaadin's vaadin-button). */
    public WebElement knop(String tekst) {
        return wachtOpKlikbaar(By.xpath("//vaadin-button[normalize-space()='" + tekst + "']"));
    }

    /** Clicks and waits for the server's answer. */
    public void klik(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        wachtOpVaadin();
    }

    /** Saves a screenshot as target/browser/&lt;journey&gt;-&lt;nn&gt;-&lt;step&gt;.png. */
    public Path schermafdruk(String naam) {
        wachtOpAnimaties();
        try {
            Files.createDirectories(schermafdrukken);
            Path doel = schermafdrukken.resolve("%s-%02d-%s.png".formatted(reis, ++stap, naam));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), doel, StandardCopyOption.REPLACE_EXISTING);
            return doel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails when the page is wider than the viewport (the user would have to scroll sideways) or
     * when a heading or control sticks out on the right, cut off by a container (as a too-full header is).
     */
    public void geenHorizontaleOverloop() {
        Map<?, ?> maten = (Map<?, ?>) js("""
                const naam = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.textContent ? ' "' + e.textContent.trim().substring(0, 30) + '"' : '');
                const afgesneden = [...document.querySelectorAll('h1, h2, a, vaadin-button, vaadin-select, '
                        + 'vaadin-combo-box, vaadin-text-field, vaadin-date-picker, vaadin-radio-group')]
                    .filter(e => !e.closest('vaadin-grid'))
                    .filter(e => { const r = e.getBoundingClientRect();
                        return r.width > 0 && r.height > 0 && r.left >= 0 && r.right > window.innerWidth + 1; })
                    .slice(0, 5).map(naam);
                return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth, afgesneden: afgesneden};""");
        long scroll = ((Number) maten.get("scroll")).longValue();
        long inner = ((Number) maten.get("inner")).longValue();
        assertThat(scroll).as("page %s is %d px wide in a %d px viewport", driver.getCurrentUrl(), scroll, inner)
                .isLessThanOrEqualTo(inner);
        assertThat((List<?>) maten.get("afgesneden"))
                .as("headings and controls cut off on the right of %s at %d px", driver.getCurrentUrl(), inner)
                .isEmpty();
    }

    /**
     * Fails when the browser reported a Content-Security-Policy violation on the current page (the
     * listener is installed before any page script runs, see {@link #CSP_LUISTERAAR}); the list is
     * emptied, so every violation is reported once.
     */
    public void geenCspSchendingen() {
        Object gemeld = js("""
                if (location.protocol === 'data:' || location.href === 'about:blank') { return []; }
                if (!Array.isArray(window.__cspSchendingen)) { return 'no CSP listener on ' + location.href; }
                return window.__cspSchendingen.splice(0);""");
        assertThat(gemeld).as("CSP listener").isInstanceOf(List.class);
        assertThat((List<?>) gemeld).as("Content-Security-Policy violations reported by the browser on %s",
                driver.getCurrentUrl()).isEmpty();
    }

    /** The CSP violations reported so far on this page, without emptying the list (for a test of the check). */
    public List<?> cspSchendingen() {
        return (List<?>) js("return window.__cspSchendingen.slice();");
    }

    /** Runs axe-core on the current page and fails on serious or critical violations; also checks CSP. */
    public void toegankelijk() {
        geenCspSchendingen();
        // a notification fades out after a few seconds; axe caught it halfway (colour contrast)
        try {
            new WebDriverWait(driver, Duration.ofSeconds(8)).until(d -> Boolean.TRUE.equals(
                    js("return document.querySelector('vaadin-notification-card') === null;")));
        } catch (org.openqa.selenium.TimeoutException blijft) {
            // a notification that stays open is checked as it is
        }
        wachtOpAnimaties();
        wachtOpGeslotenOverlays();
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) {
            js(AXE);
        }
        Object uitkomst = ((JavascriptExecutor) driver).executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => klaar(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || ''))}))))
                  .catch(e => klaar('axe failed: ' + e));""");
        assertThat(uitkomst).as("axe-core result").isInstanceOf(List.class);
        List<?> schendingen = (List<?>) uitkomst;
        String ernstig = schendingen.stream().map(Map.class::cast)
                .filter(v -> ERNSTIG.contains(String.valueOf(v.get("impact"))))
                .map(v -> "%s (%s): %s%n    %s".formatted(v.get("id"), v.get("impact"), v.get("help"),
                        String.join("\n    ", (List<String>) v.get("nodes"))))
                .collect(Collectors.joining("\n"));
        if (!ernstig.isEmpty()) {
            ernstig += "\n    open overlays: " + js("""
                    return [...document.querySelectorAll('[opened]')].map(e => e.tagName.toLowerCase()
                        + (e.id ? '#' + e.id : '') + (e.getAttribute('aria-label') ? ' ' + e.getAttribute('aria-label') : ''))
                        .join(', ') || 'none';""");
        }
        assertThat(ernstig).as("serious or critical accessibility violations on %s", driver.getCurrentUrl()).isEmpty();
    }

    /** A Dutch UI text from the nl bundle, so the journeys follow the copy as a user reads it. */
    public static String tekst(String sleutel, Object... argumenten) {
        String waarde = NL.getProperty(sleutel);
        if (waarde == null) {
            throw new IllegalArgumentException("no key " + sleutel + " in translations_nl.properties");
        }
        return argumenten.length == 0 ? waarde : new java.text.MessageFormat(waarde, java.util.Locale.of("nl"))
                .format(argumenten);
    }

    private static final java.util.Properties NL = new java.util.Properties();

    static {
        try (var lezer = new java.io.InputStreamReader(
                Browser.class.getResourceAsStream("/vaadin-i18n/translations_nl.properties"), StandardCharsets.UTF_8)) {
            NL.load(lezer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where chromium saves downloads for this journey. */
    public Path downloads() {
        return Path.of(System.getProperty("leernetwerk.screenshots", "target/browser")).resolve("downloads-" + reis);
    }

    /** Waits for a downloaded file whose name starts with this prefix and returns its text. */
    public String download(String voorvoegsel) {
        return wacht.until(d -> {
            try (var bestanden = Files.list(downloads())) {
                return bestanden.filter(p -> p.getFileName().toString().startsWith(voorvoegsel)
                                && !p.getFileName().toString().endsWith(".crdownload"))
                        .findFirst().map(p -> {
                            try {
                                return Files.readString(p, StandardCharsets.UTF_8);
                            } catch (IOException e) {
                                return null;
                            }
                        }).orElse(null);
            } catch (IOException nogNiet) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        try {
            geenCspSchendingen();
        } finally {
            driver.quit();
        }
    }

    /** Runs in every new document before its own scripts; the event bubbles up from elements to the document. */
    private static final String CSP_LUISTERAAR = """
            window.__cspSchendingen = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspSchendingen.push(
                e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' in ' + (e.sourceFile || e.documentURI)
                + ':' + e.lineNumber + (e.sample ? ' [' + e.sample + ']' : '')), true);""";

    private static final String AXE = laadAxe();

    private static String laadAxe() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
