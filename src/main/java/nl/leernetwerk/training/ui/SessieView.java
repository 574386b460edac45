package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.ui.MarkdownWeergave;
import nl.leernetwerk.training.AfspraakService;
import nl.leernetwerk.training.InbrengSoort;
import nl.leernetwerk.training.Blok;
import nl.leernetwerk.training.DeelnemerKeuze;
import nl.leernetwerk.training.Groepsopdracht;
import nl.leernetwerk.training.OpdrachtService;
import nl.leernetwerk.training.SessieService;
import nl.leernetwerk.training.Variant;
import org.springframework.security.access.AccessDeniedException;

/**
 * Running a bijeenkomst on a tablet in the training room (laid out for 1024×768, without the
 * app's menu): the current block with a countdown (counted in the browser from when the server
 * started the block), every participant by name with how often they had the word, the group's
 * answers and tips credited to who gave them, a quick leerpunt, and the afspraken one tap away.
 */
@Route(value = "trainingen/bijeenkomst/:" + TrainingRoutes.ID + "/sessie", autoLayout = false)
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class SessieView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SessieService sessieService;
    private final OpdrachtService opdrachtService;
    private final AfsprakenKaart afspraken;
    private final H1 titel = new H1();
    private final H2 blokTitel = new H2();
    private final Span timer = new Span();
    private final Div opdracht = new Div();
    private final Div sprekers = new Div();
    private final UnorderedList inbreng = new UnorderedList();
    private final Select<Optional<DeelnemerKeuze>> wie = new Select<>();
    private final Button volgende = new Button();
    private final Div kop = new Div();
    private long bijeenkomstId;
    private boolean eenvoudig;
    private boolean eenvoudigGekozen;

    SessieView(SessieService sessieService, OpdrachtService opdrachtService, AfspraakService afspraakService) {
        this.sessieService = sessieService;
        this.opdrachtService = opdrachtService;
        this.afspraken = new AfsprakenKaart(afspraakService);
        setId("sessie");
        getStyle().set("display", "grid").set("grid-template-columns", "minmax(0, 3fr) minmax(0, 2fr)")
                .set("gap", "var(--lumo-space-m)").set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("min-height", "100vh").set("max-width", "1024px").set("margin", "0 auto")
                .set("align-content", "start");
        titel.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        kop.getStyle().set("grid-column", "1 / -1");
        timer.setId("timer");
        timer.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        timer.getStyle().set("font-variant-numeric", "tabular-nums");
        blokTitel.setId("blok");
        blokTitel.addClassNames(LumoUtility.Margin.NONE);
        Button vorige = new Button(getTranslation("sessie.vorige"), VaadinIcon.ARROW_LEFT.create(), e -> stap(-1));
        volgende.addClickListener(e -> stap(1));
        volgende.setIcon(VaadinIcon.ARROW_RIGHT.create());
        volgende.setIconAfterText(true);
        volgende.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        vorige.addThemeVariants(ButtonVariant.LUMO_LARGE);
        VerticalLayout links = new VerticalLayout(blokTitel, timer, new HorizontalLayout(vorige, volgende), opdracht,
                vastleggen(), inbrengKader());
        links.setPadding(false);
        sprekers.setId("sprekers");
        // two columns; styles.css lets a long name wrap inside its button
        sprekers.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)");
        VerticalLayout rechts = new VerticalLayout(new H3(getTranslation("sessie.beurten")),
                SessieRoutes.klein(getTranslation("sessie.beurten.uitleg")), sprekers);
        rechts.setPadding(false);
        // the names stay in sight while the trainer scrolls through a long instruction
        rechts.getStyle().set("position", "sticky").set("top", "0").set("align-self", "start");
        add(kop, links, rechts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SessieService.Stand> stand = Optional.empty();
        var id = SessieRoutes.id(event);
        if (id.isPresent()) {
            bijeenkomstId = id.getAsLong();
            try {
                stand = sessieService.stand(bijeenkomstId);
            } catch (AccessDeniedException geenToegang) {
                stand = Optional.empty();
            }
        }
        stand.ifPresentOrElse(s -> {
            Button afsprakenKnop = new Button(getTranslation("sessie.afspraken"), VaadinIcon.HANDSHAKE.create(),
                    e -> toonAfspraken());
            afsprakenKnop.setId("afspraken-knop");
            afsprakenKnop.addThemeVariants(ButtonVariant.LUMO_LARGE);
            HorizontalLayout balk = new HorizontalLayout(titel, afsprakenKnop,
                    SessieRoutes.link(getTranslation("sessie.naar.reflectie"), ReflectieView.class, bijeenkomstId),
                    SessieRoutes.link(getTranslation("sessie.naar.plan"), SessieplanView.class, bijeenkomstId));
            balk.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            balk.setWidthFull();
            balk.expand(titel);
            kop.removeAll();
            kop.add(balk);
            toon(s);
        }, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(SessieService.Stand stand) {
        var b = stand.bijeenkomst();
        titel.setText(getTranslation("sessie.titel", b.groepNaam(), TrainingenView.DATUM.format(b.datum())));
        if (!eenvoudigGekozen) {
            eenvoudig = stand.variant() == Variant.ANDERSTALIGEN;
        }
        Optional<Blok> huidig = stand.huidigBlok();
        huidig.ifPresentOrElse(blok -> {
            String soort = getTranslation("bloksoort." + blok.soort().name());
            blokTitel.setText(Optional.ofNullable(blok.titel()).or(() -> Optional.ofNullable(blok.opdrachtTitel()))
                    .map(t -> getTranslation("sessie.blok", soort, t, blok.volgorde(), stand.blokken().size()))
                    .orElseGet(() -> getTranslation("sessie.blok.kort", soort, blok.volgorde(), stand.blokken().size())));
            Instant eind = stand.blokGestartOp().plus(Duration.ofMinutes(blok.minuten()));
            long rest = Duration.between(Instant.now(), eind).toSeconds();
            timer.setText((rest < 0 ? "-" : "") + Math.abs(rest) / 60 + ":" + String.format("%02d", Math.abs(rest) % 60));
            timer.getElement().executeJs("""
                    const el = $0, eind = $1; clearInterval(el._t);
                    const tik = () => { const rest = Math.round((eind - Date.now()) / 1000), a = Math.abs(rest);
                      el.textContent = (rest < 0 ? '-' : '') + Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0');
                      el.style.color = rest < 0 ? 'var(--lumo-error-text-color)' : ''; };
                    tik(); el._t = setInterval(tik, 1000);""", timer.getElement(), eind.toEpochMilli());
            volgende.setText(blok.volgorde() == stand.blokken().size() ? getTranslation("sessie.einde")
                    : getTranslation("sessie.volgende"));
        }, () -> {
            blokTitel.setText(stand.blokken().isEmpty() ? getTranslation("sessie.geenplan")
                    : stand.afgesloten() ? getTranslation("sessie.afgesloten") : getTranslation("sessie.nietgestart"));
            timer.setText("");
            timer.getElement().executeJs("clearInterval($0._t)", timer.getElement());
            volgende.setText(getTranslation("sessie.start"));
        });
        volgende.setEnabled(!stand.blokken().isEmpty());
        // a closed session goes on in the reflection (link in the header), or back a block with "vorige"
        volgende.setVisible(!stand.afgesloten());
        toonOpdracht(huidig.map(Blok::opdrachtSleutel).flatMap(opdrachtService::opdracht));
        toonSprekers(stand);
        inbreng.removeAll();
        List<SessieService.InbrengRegel> lijst = new ArrayList<>(stand.inbreng());
        java.util.Collections.reverse(lijst);
        lijst.forEach(x -> inbreng.add(new ListItem(SessieRoutes.inbreng(this, x))));
    }

    /** The opdracht of the current block; anderstaligen groups see the simplified instruction first. */
    private void toonOpdracht(Optional<Groepsopdracht> huidige) {
        opdracht.removeAll();
        huidige.ifPresent(o -> {
            boolean heeftEenvoudig = o.eenvoudigeInstructie() != null && !o.eenvoudigeInstructie().isBlank();
            boolean toonEenvoudig = eenvoudig && heeftEenvoudig;
            H3 kop = new H3(getTranslation(toonEenvoudig ? "opdracht.eenvoudig" : "opdracht.instructie"));
            Div tekst = new Div(new Html("<div>" + MarkdownWeergave.veiligeHtml(
                    toonEenvoudig ? o.eenvoudigeInstructie() : o.instructie()) + "</div>"));
            tekst.setId("instructie");
            opdracht.add(kop, tekst);
            if (heeftEenvoudig) {
                Button wissel = new Button(getTranslation(toonEenvoudig ? "opdracht.toon.gewoon" : "opdracht.toon.eenvoudig"),
                        e -> {
                            eenvoudig = !toonEenvoudig;
                            eenvoudigGekozen = true;
                            toonOpdracht(huidige);
                        });
                wissel.setId("instructie-wissel");
                wissel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                opdracht.add(wissel);
            }
        });
    }

    private void toonSprekers(SessieService.Stand stand) {
        sprekers.removeAll();
        Optional<DeelnemerKeuze> gekozen = wie.getValue() == null ? Optional.empty() : wie.getValue();
        List<Optional<DeelnemerKeuze>> keuzes = new ArrayList<>();
        keuzes.add(Optional.empty());
        for (SessieService.Spreker s : stand.deelnemers()) {
            keuzes.add(Optional.of(new DeelnemerKeuze(s.deelnemerId(), s.naam())));
            Button beurt = new Button(getTranslation("sessie.beurt", s.naam(), s.beurten()), e -> {
                toon(sessieService.beurt(bijeenkomstId, s.deelnemerId()));
            });
            beurt.setId("beurt-" + s.deelnemerId());
            beurt.addThemeVariants(ButtonVariant.LUMO_LARGE, s.beurten() == 0 ? ButtonVariant.LUMO_CONTRAST
                    : ButtonVariant.LUMO_SUCCESS);
            Button terug = new Button(VaadinIcon.MINUS.create(), e -> toon(sessieService.beurtTerug(bijeenkomstId,
                    s.deelnemerId())));
            terug.setAriaLabel(getTranslation("sessie.beurt.terug", s.naam()));
            terug.setTooltipText(getTranslation("sessie.beurt.terug", s.naam()));
            terug.setEnabled(s.beurten() > 0);
            terug.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout rij = new HorizontalLayout(beurt, terug);
            rij.setSpacing(false);
            rij.expand(beurt);
            sprekers.add(rij);
        }
        wie.setItems(keuzes);
        wie.setValue(keuzes.stream().filter(k -> k.map(DeelnemerKeuze::id).equals(gekozen.map(DeelnemerKeuze::id)))
                .findFirst().orElse(Optional.empty()));
    }

    /** Capture of an answer or tip credited to who gave it, and a quick leerpunt. */
    private Component vastleggen() {
        wie.setLabel(getTranslation("sessie.wie"));
        wie.setItemLabelGenerator(k -> k == null || k.isEmpty() ? getTranslation("afspraken.door.groep") : k.get().naam());
        RadioButtonGroup<InbrengSoort> soort = new RadioButtonGroup<>(getTranslation("sessie.soort"));
        soort.setItems(InbrengSoort.ANTWOORD, InbrengSoort.TIP);
        soort.setItemLabelGenerator(s -> getTranslation("inbreng." + s.name()));
        soort.setValue(InbrengSoort.TIP);
        TextArea tekst = new TextArea(getTranslation("sessie.tekst"));
        tekst.setMaxLength(2000);
        tekst.setWidthFull();
        Button bewaar = new Button(getTranslation("sessie.vastleggen"), e -> legVast(soort.getValue(), tekst));
        bewaar.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField leerpunt = new TextField(getTranslation("sessie.leerpunt"));
        leerpunt.setMaxLength(2000);
        leerpunt.setWidthFull();
        Button leerpuntBewaar = new Button(getTranslation("sessie.leerpunt.bewaren"), e -> legVast(InbrengSoort.LEERPUNT,
                leerpunt));
        HorizontalLayout regel = new HorizontalLayout(wie, soort);
        regel.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout leerpuntRegel = new HorizontalLayout(leerpunt, leerpuntBewaar);
        leerpuntRegel.setWidthFull();
        leerpuntRegel.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout kader = new VerticalLayout(regel, tekst, bewaar, leerpuntRegel);
        kader.setPadding(false);
        kader.setSpacing(false);
        return kader;
    }

    private <T extends com.vaadin.flow.component.HasValue<?, String> & com.vaadin.flow.component.HasValidation> void legVast(
            InbrengSoort soort, T veld) {
        String waarde = veld.getValue();
        if (waarde == null || waarde.isBlank()) {
            veld.setInvalid(true);
            veld.setErrorMessage(getTranslation("sessie.tekst.verplicht"));
            return;
        }
        veld.setInvalid(false);
        Long deelnemer = wie.getValue() == null ? null : wie.getValue().map(DeelnemerKeuze::id).orElse(null);
        toon(sessieService.legVast(bijeenkomstId, deelnemer, soort, waarde));
        Notification.show(getTranslation("sessie.vastgelegd"), 1500, Notification.Position.BOTTOM_START);
        veld.clear();
    }

    private Component inbrengKader() {
        inbreng.setId("inbreng");
        VerticalLayout kader = new VerticalLayout(new H3(getTranslation("sessie.bijdragen")), inbreng);
        kader.setPadding(false);
        return kader;
    }

    private void toonAfspraken() {
        afspraken.toon(bijeenkomstId);
        Dialog dialoog = new Dialog(getTranslation("sessie.afspraken"));
        dialoog.setId("afspraken-dialoog");
        dialoog.add(afspraken);
        dialoog.getFooter().add(new Button(getTranslation("sessie.sluiten"), e -> dialoog.close()));
        dialoog.open();
    }

    private void stap(int richting) {
        toon(sessieService.stap(bijeenkomstId, richting));
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
