package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.ui.MarkdownWeergave;
import nl.leernetwerk.kennisbank.OngeldigRecordException;
import nl.leernetwerk.leernetwerk.BijdrageSamenvatting;
import nl.leernetwerk.leernetwerk.NetwerkService;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.BijeenkomstDetail;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.LeerpuntWeergave;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.NieuwLeerpunt;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;
import nl.leernetwerk.leernetwerk.ReactieService;

/**
 * A network meeting: members post questions before it; afterwards the facilitator writes
 * leerpunten from the contributions they come from, and the redactie publishes them to the kennisbank.
 */
@Route("leernetwerk/netwerk/bijeenkomst/:id")
@RolesAllowed({Rol.Naam.LID, Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER})
public class NetwerkBijeenkomstView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final NetwerkService netwerken;
    private final ReactieService reacties;
    private final AuthenticationContext authenticatie;
    private BijeenkomstDetail bijeenkomst;

    public NetwerkBijeenkomstView(NetwerkService netwerken, ReactieService reacties,
            AuthenticationContext authenticatie) {
        this.netwerken = netwerken;
        this.reacties = reacties;
        this.authenticatie = authenticatie;
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<BijeenkomstDetail> gevonden = Schermen.id(event)
                .flatMap(id -> netwerken.bijeenkomst(id));
        gevonden.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void herlaad() {
        netwerken.bijeenkomst(bijeenkomst.id()).ifPresent(this::toon);
    }

    private void toon(BijeenkomstDetail detail) {
        bijeenkomst = detail;
        removeAll();
        Span kenmerken = new Span(getTranslation("leernetwerk.bijeenkomst.kenmerken",
                getTranslation("leernetwerk.bijeenkomst.vorm." + detail.vorm().name()),
                detail.plaats() == null ? "-" : detail.plaats()));
        kenmerken.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(new H1(getPageTitle()), new RouterLink(detail.netwerk(), NetwerkView.class,
                new RouteParameters("id", String.valueOf(detail.netwerkId()))), kenmerken);

        boolean lid = authenticatie.getPrincipalName().filter(detail.leden()::contains).isPresent();
        if (lid) {
            add(new ReactiesPaneel(() -> reacties.vragenBijBijeenkomst(detail.id()),
                    (ouder, tekst) -> reacties.plaatsVraag(detail.id(), ouder, tekst), "leernetwerk.bijeenkomst.vragen",
                    detail.vragenOpen()));
        } else {
            add(new H2(getTranslation("leernetwerk.bijeenkomst.vragen")),
                    new Paragraph(getTranslation("leernetwerk.bijeenkomst.alleen-leden")));
        }

        add(new H2(getTranslation("leernetwerk.leerpunt.titels")));
        if (detail.leerpunten().isEmpty()) {
            add(new Paragraph(getTranslation("leernetwerk.leerpunt.geen")));
        }
        detail.leerpunten().forEach(l -> add(leerpunt(l)));
        if (detail.magLeiden()) {
            add(formulier(detail));
        }
    }

    private Div leerpunt(LeerpuntWeergave l) {
        Div blok = new Div(new H3(l.titel()),
                new Html("<div class=\"markdown\">" + MarkdownWeergave.veiligeHtml(l.tekst()) + "</div>"));
        blok.setId("leerpunt-" + l.id());
        Paragraph reikwijdte = new Paragraph(getTranslation("leernetwerk.leerpunt.reikwijdte") + ": " + l.reikwijdte());
        UnorderedList bronnen = new UnorderedList();
        l.bijdragen().forEach(t -> bronnen.add(new ListItem(t)));
        blok.add(reikwijdte, new Span(getTranslation("leernetwerk.leerpunt.uit")), bronnen);
        if (l.citaat() != null) {
            Paragraph citaat = new Paragraph("“" + l.citaat() + "” — " + (l.citaatVan() != null ? l.citaatVan()
                    : getTranslation("leernetwerk.leerpunt.anoniem")));
            citaat.addClassNames(LumoUtility.FontWeight.LIGHT);
            blok.add(citaat);
        }
        if (l.kennisrecordSlug() != null) {
            blok.add(new Anchor("kennisbank/" + l.kennisrecordSlug(), getTranslation("leernetwerk.leerpunt.bekijk")));
        } else if (authenticatie.hasAnyRole(Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER)) {
            Button publiceer = new Button(getTranslation("leernetwerk.leerpunt.publiceer"), e -> {
                try {
                    netwerken.publiceerLeerpunt(l.id());
                    Notification.show(getTranslation("leernetwerk.leerpunt.gepubliceerd"));
                    herlaad();
                } catch (OngeldigRecordException fout) {
                    fout("leernetwerk.review.fout.record", fout.getMessage());
                } catch (OngeldigeBijdrageException fout) {
                    fout(fout.sleutel(), fout.argumenten());
                }
            });
            publiceer.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            blok.add(publiceer);
        }
        blok.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Margin.Bottom.MEDIUM);
        blok.setWidthFull();
        return blok;
    }

    private VerticalLayout formulier(BijeenkomstDetail detail) {
        TextField titel = new TextField(getTranslation("leernetwerk.leerpunt.titel"));
        titel.setMaxLength(200);
        titel.setWidthFull();
        TextArea tekst = new TextArea(getTranslation("leernetwerk.leerpunt.tekst"));
        tekst.setWidthFull();
        TextArea reikwijdte = new TextArea(getTranslation("leernetwerk.leerpunt.reikwijdte"));
        reikwijdte.setHelperText(getTranslation("leernetwerk.leerpunt.reikwijdte.hulp"));
        reikwijdte.setMaxLength(1000);
        reikwijdte.setWidthFull();
        MultiSelectComboBox<BijdrageSamenvatting> bronnen = new MultiSelectComboBox<>(
                getTranslation("leernetwerk.leerpunt.bijdragen"));
        List<BijdrageSamenvatting> mogelijk = netwerken.bronnenVoorLeerpunt();
        bronnen.setItems(mogelijk);
        bronnen.setItemLabelGenerator(b -> b.titel() + " (" + getTranslation("leernetwerk.bijdrage.type." + b.type().name())
                + ", " + b.auteur() + ")");
        bronnen.setWidthFull();
        TextArea citaat = new TextArea(getTranslation("leernetwerk.leerpunt.citaat"));
        citaat.setMaxLength(1000);
        citaat.setWidthFull();
        Select<String> citaatVan = new Select<>();
        citaatVan.setLabel(getTranslation("leernetwerk.leerpunt.citaat-van"));
        citaatVan.setItems(detail.leden());
        citaatVan.setHelperText(getTranslation("leernetwerk.leerpunt.citaat-van.hulp"));
        Button opslaan = new Button(getTranslation("leernetwerk.leerpunt.opslaan"), e -> {
            try {
                netwerken.schrijfLeerpunt(detail.id(), new NieuwLeerpunt(titel.getValue(), tekst.getValue(),
                        reikwijdte.getValue(), citaat.getValue(), citaatVan.getValue(),
                        bronnen.getValue().stream().map(BijdrageSamenvatting::id).toList()));
                Notification.show(getTranslation("leernetwerk.leerpunt.opgeslagen"));
                herlaad();
            } catch (OngeldigeBijdrageException fout) {
                fout(fout.sleutel(), fout.argumenten());
            }
        });
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout formulier = new VerticalLayout(new H3(getTranslation("leernetwerk.leerpunt.nieuw")), titel, tekst,
                reikwijdte, bronnen, citaat, citaatVan, opslaan);
        formulier.setId("nieuw-leerpunt");
        formulier.setPadding(false);
        return formulier;
    }

    private void fout(String sleutel, Object... argumenten) {
        Schermen.fout(this, sleutel, argumenten);
    }

    @Override
    public String getPageTitle() {
        return bijeenkomst == null ? getTranslation("nav.leernetwerk")
                : getTranslation("leernetwerk.bijeenkomst.kop", bijeenkomst.thema(), bijeenkomst.datum().format(DATUM));
    }
}
