package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.training.EmpowermentService;
import nl.leernetwerk.training.GroepKeuze;
import org.springframework.security.access.AccessDeniedException;

/**
 * How often each empowerment dimension and werkzaam element was applied, per group, trainer or
 * training, as bar charts; what is neglected is marked, with kennisbank pages on how to work on it.
 */
@Route("trainingen/empowerment")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class EmpowermentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String GROEP = "groep";

    enum Bereik { TRAINER, GROEP, TRAINING }

    private final EmpowermentService empowermentService;
    private final Select<Bereik> bereik = new Select<>();
    private final Select<String> keuze = new Select<>();
    private final Div resultaat = new Div();
    private final List<GroepKeuze> groepen;
    private final Map<String, String> groepNamen;
    private final Map<String, String> trainingen;

    EmpowermentView(EmpowermentService empowermentService, KennisbankService kennisbank) {
        this.empowermentService = empowermentService;
        this.groepen = empowermentService.zichtbareGroepen();
        this.groepNamen = groepen.stream().collect(Collectors.toMap(g -> String.valueOf(g.id()), GroepKeuze::naam,
                (a, b) -> a, java.util.LinkedHashMap::new));
        this.trainingen = groepen.stream().map(GroepKeuze::trainingSlug).distinct().collect(Collectors.toMap(
                Function.identity(), s -> kennisbank.detail(s).map(d -> d.gegevens().titel()).orElse(s),
                (a, b) -> a, java.util.LinkedHashMap::new));
        bereik.setLabel(getTranslation("empowerment.bereik"));
        bereik.setItems(Bereik.values());
        bereik.setItemLabelGenerator(b -> getTranslation("empowerment.bereik." + b.name()));
        bereik.setId("bereik");
        keuze.setLabel(getTranslation("empowerment.keuze"));
        keuze.setId("keuze");
        bereik.addValueChangeListener(e -> {
            List<String> opties = switch (e.getValue()) {
                case TRAINER -> empowermentService.trainers();
                case GROEP -> List.copyOf(groepNamen.keySet());
                case TRAINING -> List.copyOf(trainingen.keySet());
            };
            keuze.setItemLabelGenerator(o -> o == null ? "" : switch (e.getValue()) {
                case TRAINER -> o;
                case GROEP -> groepNamen.getOrDefault(o, o);
                case TRAINING -> trainingen.getOrDefault(o, o);
            });
            keuze.setItems(opties);
            keuze.setValue(opties.isEmpty() ? null : opties.getFirst());
        });
        keuze.addValueChangeListener(e -> toon());
        resultaat.setWidthFull();
        add(new H1(getTranslation("empowerment.titel")), new Paragraph(getTranslation("empowerment.uitleg")),
                new HorizontalLayout(bereik, keuze), resultaat);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String groep = event.getLocation().getQueryParameters().getSingleParameter(GROEP).orElse(null);
        if (groep != null && groepNamen.containsKey(groep)) {
            bereik.setValue(Bereik.GROEP);
            keuze.setValue(groep);
        } else {
            bereik.setValue(Bereik.TRAINER);
        }
    }

    private void toon() {
        resultaat.removeAll();
        if (bereik.getValue() == null || keuze.getValue() == null) {
            resultaat.add(new Paragraph(getTranslation("empowerment.niets")));
            return;
        }
        EmpowermentService.Overzicht overzicht;
        try {
            overzicht = switch (bereik.getValue()) {
                case TRAINER -> empowermentService.perTrainer(keuze.getValue());
                case GROEP -> empowermentService.perGroep(Long.parseLong(keuze.getValue()));
                case TRAINING -> empowermentService.perTraining(keuze.getValue());
            };
        } catch (AccessDeniedException geenToegang) {
            resultaat.add(new Paragraph(getTranslation("empowerment.niets")));
            return;
        }
        Paragraph samenvatting = new Paragraph(getTranslation("empowerment.samenvatting", overzicht.groepen(),
                overzicht.bijeenkomsten()));
        samenvatting.setId("empowerment-samenvatting");
        String aandacht = getTranslation("empowerment.verwaarloosd.kort");
        List<Staafdiagram.Staaf> dimensies = overzicht.perDimensie().entrySet().stream()
                .map(e -> new Staafdiagram.Staaf(getTranslation("dimensie." + e.getKey().name()), e.getValue(),
                        overzicht.verwaarloosd().contains(e.getKey())))
                .toList();
        Html dimensieGrafiek = new Html("<div>"
                + Staafdiagram.svg(getTranslation("empowerment.dimensies"), dimensies, aandacht) + "</div>");
        dimensieGrafiek.setId("grafiek-dimensies");
        resultaat.add(samenvatting, new H2(getTranslation("empowerment.dimensies")), dimensieGrafiek);
        overzicht.suggesties().forEach((dimensie, links) -> resultaat.add(suggesties(dimensie, links)));
        resultaat.add(new H2(getTranslation("empowerment.elementen")));
        if (overzicht.perElement().isEmpty()) {
            resultaat.add(new Paragraph(getTranslation("empowerment.geen.elementen")));
        } else {
            List<Staafdiagram.Staaf> elementen = overzicht.perElement().stream()
                    .map(e -> new Staafdiagram.Staaf(e.titel(), e.aantal(), e.aantal() == 0)).toList();
            Html elementGrafiek = new Html("<div>"
                    + Staafdiagram.svg(getTranslation("empowerment.elementen"), elementen, aandacht) + "</div>");
            elementGrafiek.setId("grafiek-elementen");
            resultaat.add(new Paragraph(getTranslation("empowerment.elementen.uitleg")), elementGrafiek);
            UnorderedList nietGedaan = new UnorderedList();
            nietGedaan.setId("niet-toegepast");
            overzicht.perElement().stream().filter(e -> e.aantal() == 0)
                    .forEach(e -> nietGedaan.add(new ListItem(new Anchor("kennisbank/" + e.slug(), e.titel()))));
            if (nietGedaan.getChildren().findAny().isPresent()) {
                resultaat.add(new H3(getTranslation("empowerment.niet.toegepast")), nietGedaan);
            }
        }
    }

    private Div suggesties(Dimensie dimensie, List<EmpowermentService.Link> links) {
        Div kader = new Div(new H3(getTranslation("empowerment.verwaarloosd", getTranslation("dimensie." + dimensie.name()))));
        kader.setId("verwaarloosd-" + dimensie.code());
        UnorderedList lijst = new UnorderedList();
        links.forEach(l -> lijst.add(new ListItem(new Anchor("kennisbank/" + l.slug(), l.titel()))));
        kader.add(new Paragraph(getTranslation("empowerment.verwaarloosd.uitleg")), lijst);
        return kader;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("empowerment.titel");
    }
}
