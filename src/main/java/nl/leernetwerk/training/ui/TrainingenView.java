package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.leernetwerk.basis.ui.Datumkiezer;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisFilter;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.KennisrecordSamenvatting;
import nl.leernetwerk.training.GroepSamenvatting;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.OpvolgingService;
import nl.leernetwerk.training.Variant;
import org.springframework.data.domain.Pageable;

/** The trainer's groups, and a form to start a new one. */
@Route("trainingen")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class TrainingenView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final GroepService groepService;
    private final Grid<GroepSamenvatting> groepen = new Grid<>();
    private final Map<String, String> trainingen;

    TrainingenView(GroepService groepService, OpvolgingService opvolgingService, KennisbankService kennisbank) {
        this.groepService = groepService;
        this.trainingen = kennisbank.lijst(new KennisFilter(java.util.Optional.of(KennisType.TRAINING),
                java.util.Optional.empty()), Pageable.ofSize(200)).stream()
                .collect(Collectors.toMap(KennisrecordSamenvatting::slug, KennisrecordSamenvatting::titel));
        groepen.addComponentColumn(g -> TrainingRoutes.naarGroep(g.naam(), g.id()))
                .setHeader(getTranslation("groep.naam")).setKey("naam").setFlexGrow(2);
        groepen.addColumn(g -> trainingen.getOrDefault(g.trainingSlug(), g.trainingSlug()))
                .setHeader(getTranslation("groep.training"));
        groepen.addColumn(g -> getTranslation("variant." + g.variant().name())).setHeader(getTranslation("groep.variant"));
        groepen.addColumn(g -> DATUM.format(g.startdatum())).setHeader(getTranslation("groep.startdatum"));
        groepen.addColumn(GroepSamenvatting::aantalDeelnemers).setHeader(getTranslation("groep.deelnemers"));
        groepen.setAllRowsVisible(true);
        groepen.setAriaLabel(getTranslation("trainingen.mijngroepen"));
        groepen.setId("groepen");
        long open = opvolgingService.aantalOpen();
        RouterLink opvolging = new RouterLink(getTranslation("trainingen.opvolging", open), OpvolgingView.class);
        RouterLink week = new RouterLink(getTranslation("training.week.link"), BijeenkomstenWeekView.class);
        add(new H1(getPageTitle()), new Paragraph(getTranslation("trainingen.intro")), opvolging, week,
                new H2(getTranslation("trainingen.mijngroepen")), groepen,
                new H2(getTranslation("trainingen.nieuwegroep")), nieuweGroep());
        toonGroepen();
        addComponentAtIndex(3, SessieRoutes.hulpmiddelen(this));
    }

    private void toonGroepen() {
        groepen.setItems(groepService.mijnGroepen());
    }

    /** The form checks what the service checks, with Dutch messages; nothing typed is lost on an error. */
    private FormLayout nieuweGroep() {
        TextField naam = new TextField(getTranslation("groep.naam"));
        naam.setMaxLength(200);
        ComboBox<String> training = new ComboBox<>(getTranslation("groep.training"));
        training.setItems(trainingen.keySet().stream().sorted(java.util.Comparator.comparing(trainingen::get)).toList());
        training.setItemLabelGenerator(trainingen::get);
        Select<Variant> variant = new Select<>();
        variant.setLabel(getTranslation("groep.variant"));
        variant.setItems(Variant.values());
        variant.setItemLabelGenerator(v -> v == null ? "" : getTranslation("variant." + v.name()));
        variant.setValue(Variant.REGULIER);
        DatePicker startdatum = Datumkiezer.inTaal(new DatePicker(getTranslation("groep.startdatum")));
        IntegerField minimum = new IntegerField(getTranslation("groep.minimum"));
        minimum.setValue(6);

        Binder<Formulier> binder = new Binder<>(Formulier.class);
        binder.forField(naam).asRequired(getTranslation("groep.naam.verplicht")).bind("naam");
        binder.forField(training).asRequired(getTranslation("groep.training.verplicht")).bind("training");
        binder.forField(variant).asRequired(getTranslation("groep.variant.verplicht")).bind("variant");
        // a Select without an empty choice always has a value; Vaadin's required marker would put
        // aria-required on its button, which screen readers do not support (axe-core: aria-allowed-attr)
        variant.setRequiredIndicatorVisible(false);
        binder.forField(startdatum).asRequired(getTranslation("groep.startdatum.verplicht")).bind("startdatum");
        binder.forField(minimum).asRequired(getTranslation("groep.minimum.verplicht"))
                .withValidator(new IntegerRangeValidator(getTranslation("groep.minimum.bereik"), 1, 50)).bind("minimum");
        binder.setBean(new Formulier());

        Button opslaan = new Button(getTranslation("trainingen.groepstarten"), e -> {
            if (binder.validate().isOk()) {
                Formulier f = binder.getBean();
                groepService.maak(new NieuweGroep(f.getNaam(), f.getTraining(), f.getVariant(), f.getStartdatum(), null,
                        f.getMinimum()));
                Notification.show(getTranslation("trainingen.groepgestart", f.getNaam()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                binder.setBean(new Formulier());
                variant.setValue(Variant.REGULIER);
                minimum.setValue(6);
                toonGroepen();
            }
        });
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(naam, training, variant, startdatum, minimum, opslaan);
        form.setMaxWidth("48rem");
        return form;
    }

    /** The form's state (a Binder bean), so a failed check keeps everything typed. */
    public static final class Formulier {
        private String naam;
        private String training;
        private Variant variant = Variant.REGULIER;
        private java.time.LocalDate startdatum;
        private Integer minimum = 6;

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public String getTraining() { return training; }
        public void setTraining(String training) { this.training = training; }
        public Variant getVariant() { return variant; }
        public void setVariant(Variant variant) { this.variant = variant; }
        public java.time.LocalDate getStartdatum() { return startdatum; }
        public void setStartdatum(java.time.LocalDate startdatum) { this.startdatum = startdatum; }
        public Integer getMinimum() { return minimum; }
        public void setMinimum(Integer minimum) { this.minimum = minimum; }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.trainingen");
    }
}
