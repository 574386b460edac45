package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.ui.MarkdownWeergave;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.KennisFilter;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.KennisrecordSamenvatting;
import nl.leernetwerk.kennisbank.OngeldigRecordException;
import nl.leernetwerk.leernetwerk.BijdrageDetail;
import nl.leernetwerk.leernetwerk.BijdrageGegevens;
import nl.leernetwerk.leernetwerk.BijdrageService;
import nl.leernetwerk.leernetwerk.BijdrageStatus;
import nl.leernetwerk.leernetwerk.BijlageService;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;
import nl.leernetwerk.leernetwerk.ReactieService;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One contribution. Its author edits a concept (or a returned one) in a form that saves on every
 * change and submits it; a redacteur reviews it: takes it in review, returns it with feedback or
 * approves it with a bewijsniveau and review date. Comments below, for the author and the redactie.
 */
@Route("leernetwerk/bijdrage/:id")
@RolesAllowed({Rol.Naam.LID, Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER})
public class BijdrageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BijdrageService bijdragen;
    private final BijlageService bijlagen;
    private final ReactieService reacties;
    private final KennisbankService kennisbank;
    private final AuthenticationContext authenticatie;
    private final Clock klok = Clock.systemUTC();

    private BijdrageDetail bijdrage;
    private long versie;
    private final Span opgeslagen = new Span();

    // the form's fields, new for every showing (so that filling them is not taken for a change)
    private TextField titel;
    private TextArea samenvatting;
    private TextField organisatie;
    private TextField regio;
    private TextField doelgroep;
    private TextField themas;
    private CheckboxGroup<Integer> treden;
    private MultiSelectComboBox<String> werkzameElementen;
    private TextArea aanpak;
    private TextArea watWerkt;
    private TextArea knelpunten;
    private TextArea resultaten;
    private TextArea tekst;

    public BijdrageView(BijdrageService bijdragen, BijlageService bijlagen, ReactieService reacties,
            KennisbankService kennisbank, AuthenticationContext authenticatie) {
        this.bijdragen = bijdragen;
        this.bijlagen = bijlagen;
        this.reacties = reacties;
        this.kennisbank = kennisbank;
        this.authenticatie = authenticatie;
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
        opgeslagen.setId("opgeslagen");
        opgeslagen.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<BijdrageDetail> gevonden = Schermen.id(event)
                .flatMap(id -> bijdragen.bijdrage(id));
        gevonden.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void herlaad() {
        bijdragen.bijdrage(bijdrage.id()).ifPresent(this::toon);
    }

    private void toon(BijdrageDetail detail) {
        bijdrage = detail;
        versie = detail.versie();
        removeAll();
        Span status = new Span(getTranslation("leernetwerk.bijdrage.status.regel",
                getTranslation("leernetwerk.bijdrage.type." + detail.type().name()),
                getTranslation("leernetwerk.bijdrage.status." + detail.status().name()), detail.auteur()));
        status.setId("status");
        status.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(new H1(getPageTitle()), status);
        if (detail.status().isInBehandeling() && bijdragen.benodigdeGoedkeuringen() > 1) {
            int gegeven = detail.goedgekeurdDoor().size();
            int nodig = bijdragen.benodigdeGoedkeuringen();
            Span goedkeuringen = new Span(getTranslation("ln2.review.wacht", gegeven, nodig, Math.max(0, nodig - gegeven)));
            goedkeuringen.setId("goedkeuringen");
            add(goedkeuringen);
        }
        if (detail.feedback() != null && detail.status() == BijdrageStatus.TERUGGESTUURD) {
            Div feedback = new Div(new H3(getTranslation("leernetwerk.bijdrage.feedback")), new Paragraph(detail.feedback()));
            feedback.setId("feedback");
            feedback.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM,
                    LumoUtility.BorderRadius.MEDIUM);
            add(feedback);
        }
        if (detail.kennisrecordSlug() != null) {
            Anchor bekijk = new Anchor("kennisbank/" + detail.kennisrecordSlug(), getTranslation("leernetwerk.bijdrage.bekijk"));
            bekijk.setId("gepubliceerd");
            add(bekijk);
        }
        boolean eigen = authenticatie.getPrincipalName().filter(detail.auteur()::equals).isPresent();
        if (eigen && detail.status().isBewerkbaar()) {
            add(formulier(detail));
        } else {
            add(weergave(detail.gegevens()));
        }
        add(new BijlagenPaneel(bijlagen, detail.id(), eigen && detail.status().isBewerkbaar()));
        if (authenticatie.hasAnyRole(Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER) && detail.status().isInBehandeling()
                && !eigen) {
            add(review(detail));
        }
        add(new ReactiesPaneel(() -> reacties.bijBijdrage(detail.id()),
                (ouder, t) -> reacties.plaatsBijBijdrage(detail.id(), ouder, t)));
    }

    // ---- the author's form, saved on every change

    private Component formulier(BijdrageDetail detail) {
        BijdrageGegevens g = detail.gegevens();
        VerticalLayout formulier = new VerticalLayout();
        formulier.setPadding(false);
        titel = veld(new TextField(), "leernetwerk.bijdrage.titel", g.titel(), BijdrageGegevens.TITEL_MAX);
        titel.setRequiredIndicatorVisible(true);
        tekst = veld(new TextArea(), "leernetwerk.bijdrage.tekst", g.tekst(), 20000);
        samenvatting = veld(new TextArea(), "leernetwerk.bijdrage.samenvatting", g.samenvatting(), BijdrageGegevens.SAMENVATTING_MAX);
        organisatie = veld(new TextField(), "leernetwerk.bijdrage.organisatie", g.organisatie(), 300);
        regio = veld(new TextField(), "leernetwerk.bijdrage.regio", g.regio(), 200);
        doelgroep = veld(new TextField(), "leernetwerk.bijdrage.doelgroep", String.join(", ", g.doelgroep()), 1000);
        themas = veld(new TextField(), "leernetwerk.bijdrage.themas", String.join(", ", g.themas()), 1000);
        aanpak = veld(new TextArea(), "leernetwerk.bijdrage.aanpak", g.aanpak(), 20000);
        watWerkt = veld(new TextArea(), "leernetwerk.bijdrage.wat-werkt", g.watWerkt(), 20000);
        knelpunten = veld(new TextArea(), "leernetwerk.bijdrage.knelpunten", g.knelpunten(), 20000);
        resultaten = veld(new TextArea(), "leernetwerk.bijdrage.resultaten", g.resultaten(), 20000);
        treden = new CheckboxGroup<>();
        werkzameElementen = new MultiSelectComboBox<>();
        formulier.add(titel);
        if (detail.type().isLicht()) {
            formulier.add(tekst);
        } else {
            doelgroep.setHelperText(getTranslation("leernetwerk.bijdrage.tags.hulp"));
            themas.setHelperText(getTranslation("leernetwerk.bijdrage.tags.hulp"));
            treden.setLabel(getTranslation("leernetwerk.bijdrage.treden"));
            treden.setItems(1, 2, 3, 4, 5, 6);
            treden.setValue(new LinkedHashSet<>(g.treden()));
            Map<String, String> elementen = werkzameElementen();
            werkzameElementen.setLabel(getTranslation("leernetwerk.bijdrage.werkzame-elementen"));
            werkzameElementen.setItems(elementen.keySet());
            werkzameElementen.setItemLabelGenerator(slug -> elementen.getOrDefault(slug, slug));
            werkzameElementen.setValue(new LinkedHashSet<>(g.werkzameElementen()));
            werkzameElementen.setWidthFull();
            aanpak.setRequiredIndicatorVisible(true);
            samenvatting.setRequiredIndicatorVisible(true);
            HorizontalLayout waar = new HorizontalLayout(organisatie, regio);
            formulier.add(samenvatting, waar, doelgroep, themas, treden, werkzameElementen,
                    new Paragraph(getTranslation("leernetwerk.bijdrage.markdown.hulp")), aanpak, watWerkt, knelpunten, resultaten);
            treden.addValueChangeListener(this::bewaar);
            werkzameElementen.addValueChangeListener(this::bewaar);
        }
        Button indienen = new Button(getTranslation(detail.type().isLicht() ? "leernetwerk.bijdrage.delen" : "leernetwerk.bijdrage.indienen"),
                e -> dienIn());
        indienen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout acties = new HorizontalLayout(indienen, opgeslagen);
        acties.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        formulier.add(acties);
        return formulier;
    }

    private <V extends com.vaadin.flow.component.AbstractField<?, String> & com.vaadin.flow.component.HasLabel
            & com.vaadin.flow.component.HasSize> V veld(V veld, String sleutel, String waarde, int maximum) {
        veld.setLabel(getTranslation(sleutel));
        veld.setValue(waarde == null ? "" : waarde);
        if (veld instanceof TextField t) {
            t.setMaxLength(maximum);
        } else if (veld instanceof TextArea t) {
            t.setMaxLength(maximum);
        }
        veld.setWidthFull();
        veld.addValueChangeListener(this::bewaar);
        return veld;
    }

    private Map<String, String> werkzameElementen() {
        Map<String, String> elementen = new LinkedHashMap<>();
        kennisbank.lijst(new KennisFilter(Optional.of(KennisType.WERKZAAM_ELEMENT), Optional.empty()),
                PageRequest.of(0, 1000)).forEach((KennisrecordSamenvatting s) -> elementen.put(s.slug(), s.titel()));
        return elementen;
    }

    private BijdrageGegevens gegevens() {
        return new BijdrageGegevens(titel.getValue(), samenvatting.getValue(), organisatie.getValue(), regio.getValue(),
                tags(doelgroep.getValue()), treden.getValue().stream().sorted().toList(), tags(themas.getValue()),
                List.copyOf(werkzameElementen.getValue()), aanpak.getValue(), watWerkt.getValue(),
                knelpunten.getValue(), resultaten.getValue(), tekst.getValue());
    }

    /** Free tags as the kennisbank writes them: lowercase, words joined by hyphens, each once. */
    static List<String> tags(String invoer) {
        return Arrays.stream(invoer.split(","))
                .map(t -> t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }

    private void bewaar(HasValue.ValueChangeEvent<?> event) {
        try {
            versie = bijdragen.bewaar(bijdrage.id(), gegevens(), versie);
            opgeslagen.setText(getTranslation("leernetwerk.bijdrage.opgeslagen", Tijd.klok(klok.instant())));
        } catch (ObjectOptimisticLockingFailureException e) {
            fout("leernetwerk.bijdrage.fout.tegelijk");
        } catch (OngeldigeBijdrageException e) {
            fout(e.sleutel(), e.argumenten());
        }
    }

    private void dienIn() {
        try {
            bijdragen.dienIn(bijdrage.id(), versie);
            Notification.show(getTranslation(bijdrage.type().isLicht() ? "leernetwerk.bijdrage.gedeeld.melding"
                    : "leernetwerk.bijdrage.ingediend.melding"));
            herlaad();
        } catch (ObjectOptimisticLockingFailureException e) {
            fout("leernetwerk.bijdrage.fout.tegelijk");
        } catch (OngeldigeBijdrageException e) {
            fout(e.sleutel(), e.argumenten());
        }
    }

    // ---- read-only

    private Component weergave(BijdrageGegevens g) {
        VerticalLayout weergave = new VerticalLayout();
        weergave.setPadding(false);
        weergave.setId("inhoud");
        if (g.samenvatting() != null) {
            weergave.add(new Paragraph(g.samenvatting()));
        }
        List<String> kenmerken = new java.util.ArrayList<>();
        Optional.ofNullable(g.organisatie()).ifPresent(o -> kenmerken.add(getTranslation("leernetwerk.bijdrage.organisatie") + ": " + o));
        Optional.ofNullable(g.regio()).ifPresent(r -> kenmerken.add(getTranslation("leernetwerk.bijdrage.regio") + ": " + r));
        if (!g.doelgroep().isEmpty()) {
            kenmerken.add(getTranslation("leernetwerk.bijdrage.doelgroep") + ": " + String.join(", ", g.doelgroep()));
        }
        if (!g.themas().isEmpty()) {
            kenmerken.add(getTranslation("leernetwerk.bijdrage.themas") + ": " + String.join(", ", g.themas()));
        }
        if (!g.treden().isEmpty()) {
            kenmerken.add(getTranslation("leernetwerk.bijdrage.treden") + ": "
                    + g.treden().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (!g.werkzameElementen().isEmpty()) {
            kenmerken.add(getTranslation("leernetwerk.bijdrage.werkzame-elementen") + ": " + String.join(", ", g.werkzameElementen()));
        }
        kenmerken.forEach(k -> weergave.add(new Span(k)));
        sectie(weergave, "leernetwerk.bijdrage.aanpak", g.aanpak());
        sectie(weergave, "leernetwerk.bijdrage.wat-werkt", g.watWerkt());
        sectie(weergave, "leernetwerk.bijdrage.knelpunten", g.knelpunten());
        sectie(weergave, "leernetwerk.bijdrage.resultaten", g.resultaten());
        sectie(weergave, "leernetwerk.bijdrage.tekst", g.tekst());
        return weergave;
    }

    private void sectie(VerticalLayout weergave, String sleutel, String markdown) {
        if (markdown != null) {
            weergave.add(new H3(getTranslation(sleutel)),
                    new Html("<div class=\"markdown\">" + MarkdownWeergave.veiligeHtml(markdown) + "</div>"));
        }
    }

    // ---- the redacteur's review

    private Component review(BijdrageDetail detail) {
        VerticalLayout review = new VerticalLayout();
        review.setId("review");
        review.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM);
        review.add(new H2(getTranslation("leernetwerk.review.titel")));
        if (detail.status() == BijdrageStatus.INGEDIEND) {
            review.add(new Button(getTranslation("leernetwerk.review.neem"), e -> stap(() ->
                    bijdragen.neemInReview(detail.id(), versie), "leernetwerk.review.genomen")));
        }
        TextArea feedback = new TextArea(getTranslation("leernetwerk.review.feedback"));
        feedback.setWidthFull();
        Button terug = new Button(getTranslation("leernetwerk.review.terugsturen"), e -> stap(() ->
                bijdragen.stuurTerug(detail.id(), versie, feedback.getValue()), "leernetwerk.review.teruggestuurd"));
        review.add(feedback, terug);

        Select<Bewijsniveau> niveau = new Select<>();
        niveau.setLabel(getTranslation("leernetwerk.review.bewijsniveau"));
        niveau.setItems(Bewijsniveau.values());
        niveau.setItemLabelGenerator(b -> getTranslation("bewijsniveau." + b.name()));
        niveau.setValue(detail.bewijsniveau() == null ? Bewijsniveau.GOED_BESCHREVEN : detail.bewijsniveau());
        DatePicker datum = new DatePicker(getTranslation("leernetwerk.review.datum"));
        datum.setValue(LocalDate.now(Tijd.ZONE));
        datum.setLocale(Locale.of("nl", "NL"));
        Button goedkeuren = new Button(getTranslation("leernetwerk.review.goedkeuren"), e -> goedkeuren(niveau.getValue(),
                datum.getValue()));
        goedkeuren.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout beoordeling = new HorizontalLayout(niveau, datum, goedkeuren);
        beoordeling.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (!detail.goedgekeurdDoor().isEmpty()) {
            Paragraph door = new Paragraph(getTranslation("ln2.review.goedgekeurd-door",
                    String.join(", ", detail.goedgekeurdDoor())));
            door.setId("goedgekeurd-door");
            review.add(door);
        }
        // one approval per redacteur: a second one of the same person is refused by the service too
        boolean alGoedgekeurd = authenticatie.getPrincipalName().filter(detail.goedgekeurdDoor()::contains).isPresent();
        if (alGoedgekeurd) {
            goedkeuren.setEnabled(false);
            Paragraph al = new Paragraph(getTranslation("ln2.review.al-goedgekeurd"));
            al.setId("al-goedgekeurd");
            review.add(al);
        }
        review.add(beoordeling);
        return review;
    }

    private void goedkeuren(Bewijsniveau niveau, LocalDate datum) {
        try {
            Optional<String> slug = bijdragen.keurGoed(bijdrage.id(), versie, niveau, datum);
            herlaad();
            Notification.show(slug.isPresent() ? getTranslation("leernetwerk.review.gepubliceerd")
                    : getTranslation("ln2.review.goedgekeurd",
                            Math.max(1, bijdragen.benodigdeGoedkeuringen() - bijdrage.goedgekeurdDoor().size())));
        } catch (OngeldigRecordException e) {
            fout("leernetwerk.review.fout.record", e.problemen().stream()
                    .map(p -> getTranslation(p.sleutel(), p.argumenten().toArray())).collect(Collectors.joining("; ")));
        } catch (ObjectOptimisticLockingFailureException e) {
            fout("leernetwerk.bijdrage.fout.tegelijk");
        } catch (OngeldigeBijdrageException e) {
            fout(e.sleutel(), e.argumenten());
        }
    }

    private void stap(Runnable actie, String gelukt) {
        try {
            actie.run();
            Notification.show(getTranslation(gelukt));
            herlaad();
        } catch (ObjectOptimisticLockingFailureException e) {
            fout("leernetwerk.bijdrage.fout.tegelijk");
        } catch (OngeldigeBijdrageException e) {
            fout(e.sleutel(), e.argumenten());
        }
    }

    private void fout(String sleutel, Object... argumenten) {
        Schermen.fout(this, sleutel, argumenten);
    }

    @Override
    public String getPageTitle() {
        return bijdrage == null || bijdrage.gegevens().titel() == null ? getTranslation("leernetwerk.bijdrage.zonder-titel")
                : bijdrage.gegevens().titel();
    }
}
