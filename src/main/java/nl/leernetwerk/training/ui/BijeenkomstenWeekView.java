package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.BijeenkomstSamenvatting;
import nl.leernetwerk.training.GroepService;

/**
 * The bijeenkomsten of the trainer's groups in one week, a column per day, with the previous and
 * next week one click away. The week is in the address ({@code ?week=2027-03-01}), so it can be bookmarked.
 */
@Route("trainingen/week")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class BijeenkomstenWeekView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String WEEK = "week";
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");

    private final GroepService groepService;
    private final H1 titel = new H1();
    private final Div dagen = new Div();
    private LocalDate maandag;

    BijeenkomstenWeekView(GroepService groepService) {
        this.groepService = groepService;
        Button vorige = new Button(getTranslation("training.week.vorige"), VaadinIcon.ARROW_LEFT.create(), e -> naar(maandag.minusWeeks(1)));
        Button deze = new Button(getTranslation("training.week.deze"), e -> naar(vandaag()));
        Button volgende = new Button(getTranslation("training.week.volgende"), VaadinIcon.ARROW_RIGHT.create(),
                e -> naar(maandag.plusWeeks(1)));
        volgende.setIconAfterText(true);
        dagen.addClassName("week-dagen");
        dagen.setId("week");
        add(titel, new HorizontalLayout(vorige, deze, volgende), dagen);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private static void naar(LocalDate dag) {
        UI.getCurrent().navigate(BijeenkomstenWeekView.class, QueryParameters.of(WEEK, maandagVan(dag).toString()));
    }

    private static LocalDate maandagVan(LocalDate dag) {
        return dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate dag;
        try {
            dag = event.getLocation().getQueryParameters().getSingleParameter(WEEK).map(LocalDate::parse).orElseGet(
                    BijeenkomstenWeekView::vandaag);
        } catch (DateTimeParseException onleesbaar) {
            dag = vandaag();
        }
        maandag = maandagVan(dag);
        toon(groepService.week(maandag));
    }

    private void toon(List<BijeenkomstSamenvatting> week) {
        DateTimeFormatter kort = DateTimeFormatter.ofPattern("d MMMM", getLocale());
        titel.setText(getTranslation("training.week.titel", maandag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                kort.format(maandag), kort.format(maandag.plusDays(6)) + " " + maandag.plusDays(6).getYear()));
        dagen.removeAll();
        DateTimeFormatter dagnaam = DateTimeFormatter.ofPattern("EEEE d-M", getLocale());
        for (int i = 0; i < 7; i++) {
            LocalDate dag = maandag.plusDays(i);
            Div kolom = new Div(new H2(dagnaam.format(dag)));
            kolom.setId("dag-" + dag);
            kolom.addClassName("week-dag");
            if (dag.equals(vandaag())) {
                kolom.addClassName("vandaag");
            }
            List<BijeenkomstSamenvatting> opDag = week.stream().filter(b -> b.datum().equals(dag)).toList();
            if (opDag.isEmpty()) {
                Paragraph leeg = new Paragraph(getTranslation("training.week.leeg"));
                leeg.addClassNames(LumoUtility.TextColor.TERTIARY, LumoUtility.FontSize.SMALL);
                kolom.add(leeg);
            }
            opDag.forEach(b -> kolom.add(new Div(TrainingRoutes.naarBijeenkomst(TIJD.format(b.begintijd()) + "–"
                    + TIJD.format(b.eindtijd()) + " " + b.groepNaam()
                    + Optional.ofNullable(b.plaats()).map(p -> " (" + p + ")").orElse(""), b.id()))));
            dagen.add(kolom);
        }
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
