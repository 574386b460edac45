package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.KennisrecordDetail;
import nl.leernetwerk.kennisbank.KennisrecordSamenvatting;
import nl.leernetwerk.kennisbank.ZoekService;

/** One knowledge record of any type: its text, facts, sources and every link in both directions. */
@Route("kennisbank/:" + KennisbankRoutes.SLUG)
@AnonymousAllowed
class KennisrecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MEER_ZOALS_DIT = 5;

    private final KennisbankService kennisbank;
    private final ZoekService zoekService;
    private String titel = "";

    KennisrecordView(KennisbankService kennisbank, ZoekService zoekService) {
        this.kennisbank = kennisbank;
        this.zoekService = zoekService;
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(KennisbankRoutes.SLUG).orElse("");
        kennisbank.detail(slug).ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
        // a link from one record to another reuses this view: start the new record at its top
        // (it scrolls inside the app layout's shadow DOM: every scrolled ancestor, through slots, goes back to 0)
        getElement().executeJs("""
                for (let e = this; e; e = e.assignedSlot || e.parentElement || e.getRootNode().host) {
                  if (e.scrollTop) { e.scrollTop = 0; }
                }
                window.scrollTo(0, 0);""");
    }

    private void toon(KennisrecordDetail detail) {
        removeAll();
        var g = detail.gegevens();
        titel = g.titel();
        HorizontalLayout kenmerken = new HorizontalLayout(new Span(Labels.type(this, g.type())),
                Labels.bewijsniveauBadge(this, g.bewijsniveau()));
        if (g.reviewDatum() != null) {
            kenmerken.add(new Span(getTranslation("kennisrecord.beoordeeld", g.reviewDatum().toString())));
        }
        kenmerken.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(new H1(g.titel()), kenmerken);
        if (g.samenvatting() != null) {
            Paragraph samenvatting = new Paragraph(g.samenvatting());
            samenvatting.addClassNames(LumoUtility.FontSize.LARGE);
            add(samenvatting);
        }
        add(new KenmerkenLijst(g), Vaktermen.markdown(g.inhoud(), this));
        verbanden(detail.verwijstNaar(), "kennisrecord.verwijst.");
        verbanden(detail.verwezenDoor(), "kennisrecord.verwezen." + g.type().name() + ".");
        if (!detail.bronnen().isEmpty()) {
            add(new H2(getTranslation("kennisrecord.bronnen")), bronnen(detail.bronnen()));
        }
        List<KennisrecordSamenvatting> vergelijkbaar = zoekService.meerZoalsDit(g.slug(), MEER_ZOALS_DIT);
        if (!vergelijkbaar.isEmpty()) {
            add(new H2(getTranslation("kennisrecord.meerzoalsdit")), links(vergelijkbaar));
        }
    }

    private void verbanden(Map<KennisType, List<KennisrecordSamenvatting>> perType, String sleutelPrefix) {
        perType.forEach((type, lijst) -> {
            Div blok = new Div(new H3(getTranslation(sleutelPrefix + type.name()) + " (" + lijst.size() + ")"), links(lijst));
            add(blok);
        });
    }

    private static UnorderedList links(List<KennisrecordSamenvatting> lijst) {
        UnorderedList ul = new UnorderedList();
        lijst.forEach(s -> ul.add(new ListItem(KennisbankRoutes.naarRecord(s.titel(), s.slug()))));
        return ul;
    }

    private Component bronnen(List<KennisrecordDetail.Bronvermelding> bronnen) {
        UnorderedList ul = new UnorderedList();
        bronnen.forEach(b -> {
            ListItem item = new ListItem(KennisbankRoutes.naarRecord(b.bron().titel(), b.bron().slug()));
            if (b.plaats() != null) {
                item.add(new Span(", " + b.plaats()));
            }
            ul.add(item);
        });
        return ul;
    }

    @Override
    public String getPageTitle() {
        return titel + " · " + getTranslation("nav.kennisbank");
    }
}
