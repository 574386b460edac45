package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisFilter;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.Telling;
import nl.leernetwerk.leernetwerk.MeldingService;
import nl.leernetwerk.leernetwerk.MeldingWeergave;
import nl.leernetwerk.leernetwerk.VolgService;
import nl.leernetwerk.leernetwerk.Volgsoort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The user's notifications (newest first, paged) and what they follow: records, themas, werkzame elementen. */
@Route("leernetwerk/meldingen")
@RolesAllowed({Rol.Naam.LID, Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER, Rol.Naam.TRAINER})
public class MeldingenView extends VerticalLayout implements HasDynamicTitle {

    private final MeldingService meldingen;
    private final VolgService volgen;
    private final Grid<MeldingWeergave> lijst = new Grid<>();
    private final Grid<VolgService.Gevolgd> gevolgd = new Grid<>();
    private final Map<String, String> elementen = new LinkedHashMap<>();

    public MeldingenView(MeldingService meldingen, VolgService volgen, KennisbankService kennisbank) {
        this.meldingen = meldingen;
        this.volgen = volgen;
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
        kennisbank.lijst(new KennisFilter(Optional.of(KennisType.WERKZAAM_ELEMENT), Optional.empty()),
                PageRequest.of(0, 1000)).forEach(s -> elementen.put(s.slug(), s.titel()));

        lijst.setId("meldingen");
        lijst.addComponentColumn(this::melding).setKey("tekst").setHeader(getTranslation("leernetwerk.melding.tekst")).setFlexGrow(3);
        lijst.addColumn(m -> Tijd.moment(m.op())).setKey("op").setHeader(getTranslation("leernetwerk.melding.op")).setAutoWidth(true);
        lijst.setItems(new CallbackDataProvider<MeldingWeergave, Void>(
                q -> meldingen.mijnMeldingen(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) meldingen.mijnMeldingen(Pageable.ofSize(1)).getTotalElements()));
        lijst.setPageSize(25);
        lijst.addThemeVariants(GridVariant.LUMO_COMPACT);
        Button allesGelezen = new Button(getTranslation("leernetwerk.melding.alles-gelezen"), e -> {
            meldingen.markeerAllesGelezen();
            lijst.getDataProvider().refreshAll();
        });
        allesGelezen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        gevolgd.setId("gevolgd");
        gevolgd.addColumn(v -> getTranslation("leernetwerk.volg.soort." + v.soort().name())).setKey("soort")
                .setHeader(getTranslation("leernetwerk.volg.soort")).setAutoWidth(true);
        gevolgd.addColumn(v -> v.soort() == Volgsoort.THEMA ? v.waarde() : elementen.getOrDefault(v.waarde(), v.waarde()))
                .setKey("waarde").setHeader(getTranslation("leernetwerk.volg.waarde"));
        gevolgd.addComponentColumn(v -> {
            Button ontvolg = new Button(getTranslation("leernetwerk.volg.ontvolg"), e -> {
                volgen.ontvolg(v.soort(), v.waarde());
                toonGevolgd();
            });
            ontvolg.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return ontvolg;
        }).setKey("ontvolg").setAutoWidth(true).setFlexGrow(0);
        gevolgd.setAllRowsVisible(true);
        gevolgd.addThemeVariants(GridVariant.LUMO_COMPACT);

        ComboBox<String> thema = new ComboBox<>(getTranslation("leernetwerk.volg.thema"));
        thema.setItems(kennisbank.themas().stream().map(Telling::waarde).toList());
        Button volgThema = new Button(getTranslation("leernetwerk.volg.thema.knop"), e -> volg(Volgsoort.THEMA, thema.getValue()));
        ComboBox<String> element = new ComboBox<>(getTranslation("leernetwerk.volg.element"));
        element.setItems(elementen.keySet());
        element.setItemLabelGenerator(s -> elementen.getOrDefault(s, s));
        Button volgElement = new Button(getTranslation("leernetwerk.volg.element.knop"),
                e -> volg(Volgsoort.WERKZAAM_ELEMENT, element.getValue()));
        HorizontalLayout themaRegel = new HorizontalLayout(thema, volgThema);
        HorizontalLayout elementRegel = new HorizontalLayout(element, volgElement);
        themaRegel.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        elementRegel.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H1(getPageTitle()), allesGelezen, lijst, new H2(getTranslation("leernetwerk.volg.titel")), gevolgd, themaRegel,
                elementRegel);
        toonGevolgd();
    }

    private Span melding(MeldingWeergave m) {
        Span tekst = new Span(m.tekst());
        if (!m.gelezen()) {
            tekst.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        }
        if (m.link() != null) {
            tekst.getElement().setAttribute("role", "link");
            tekst.addClassNames(LumoUtility.TextColor.PRIMARY);
            tekst.getStyle().set("cursor", "pointer");
            tekst.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(m.link())));
        }
        return tekst;
    }

    private void volg(Volgsoort soort, String waarde) {
        if (waarde == null) {
            Notification.show(getTranslation("leernetwerk.volg.kies"));
            return;
        }
        volgen.volg(soort, waarde);
        Notification.show(getTranslation("leernetwerk.volg.gevolgd"));
        toonGevolgd();
    }

    private void toonGevolgd() {
        gevolgd.setItems(volgen.mijnVolgingen());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leernetwerk.melding.titel");
    }
}
