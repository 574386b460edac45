package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.training.EmpowermentService;
import nl.leernetwerk.training.GroepKeuze;
import nl.leernetwerk.training.UitkomstService;

/** The instroom/doorstroom/uitstroom report of a training, over the groups the user may see. */
@Route("trainingen/uitkomsten")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class TrainingUitkomstenView extends VerticalLayout implements HasDynamicTitle {

    private final Div rapport = new Div();

    TrainingUitkomstenView(UitkomstService uitkomstService, EmpowermentService empowermentService,
            KennisbankService kennisbank) {
        Map<String, String> trainingen = empowermentService.zichtbareGroepen().stream().map(GroepKeuze::trainingSlug)
                .distinct().collect(Collectors.toMap(Function.identity(),
                        s -> kennisbank.detail(s).map(d -> d.gegevens().titel()).orElse(s), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        Select<String> training = new Select<>();
        training.setId("training");
        training.setLabel(getTranslation("uitkomst.training"));
        training.setItems(trainingen.keySet());
        training.setItemLabelGenerator(s -> s == null ? "" : trainingen.getOrDefault(s, s));
        training.addValueChangeListener(e -> {
            rapport.removeAll();
            if (e.getValue() != null) {
                String titel = getTranslation("uitkomst.training.titel", trainingen.get(e.getValue()));
                var cijfers = uitkomstService.training(e.getValue());
                rapport.add(new Paragraph(getTranslation("uitkomst.training.groepen", cijfers.groepen())),
                        Rapporttabel.downloads(this, "uitkomsten-" + e.getValue(), titel,
                                () -> uitkomstService.training(e.getValue())),
                        Rapporttabel.van(this, cijfers));
            }
        });
        rapport.setWidthFull();
        add(new H1(getTranslation("uitkomst.training.kop")), new Paragraph(getTranslation("uitkomst.training.uitleg")),
                training, rapport);
        if (trainingen.isEmpty()) {
            add(new Paragraph(getTranslation("uitkomst.training.geen")));
        } else {
            training.setValue(trainingen.keySet().iterator().next());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("uitkomst.training.kop");
    }
}
