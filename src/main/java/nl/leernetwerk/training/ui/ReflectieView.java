package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.ReflectieService;
import nl.leernetwerk.training.SessieService;
import nl.leernetwerk.training.WerkzameElementen;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reflection after a bijeenkomst: per participant what they gained, however small; which trainer
 * behaviours and other werkzame elementen were applied (tags from the kennisbank), and a note.
 * What the session captured (answers, tips, leerpunten, turns per participant) is shown alongside.
 */
@Route("trainingen/bijeenkomst/:" + TrainingRoutes.ID + "/reflectie")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class ReflectieView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReflectieService reflectieService;
    private final SessieService sessieService;
    private final Div uitSessie = new Div();
    private final H1 titel = new H1();
    private final Div kop = new Div();
    private final VerticalLayout opbrengsten = new VerticalLayout();
    private final Map<Long, TextArea> perDeelnemer = new LinkedHashMap<>();
    private final MultiSelectComboBox<WerkzameElementen.Element> trainerhandelen = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<WerkzameElementen.Element> elementen = new MultiSelectComboBox<>();
    private final Paragraph uitPlan = new Paragraph();
    private final TextArea notitie = new TextArea();
    private final Map<String, WerkzameElementen.Element> alleElementen;
    private long bijeenkomstId;
    private Long versie;

    ReflectieView(ReflectieService reflectieService, SessieService sessieService, WerkzameElementen werkzameElementen) {
        this.reflectieService = reflectieService;
        this.sessieService = sessieService;
        uitSessie.setId("uit-sessie");
        uitPlan.setId("uit-plan");
        this.alleElementen = werkzameElementen.alle();
        opbrengsten.setPadding(false);
        opbrengsten.setId("opbrengsten");
        trainerhandelen.setLabel(getTranslation("reflectie.trainerhandelen"));
        trainerhandelen.setItems(alleElementen.values().stream().filter(WerkzameElementen.Element::trainerhandelen).toList());
        trainerhandelen.setItemLabelGenerator(WerkzameElementen.Element::titel);
        trainerhandelen.setWidthFull();
        trainerhandelen.setId("trainerhandelen");
        elementen.setLabel(getTranslation("reflectie.elementen"));
        elementen.setItems(alleElementen.values().stream().filter(e -> !e.trainerhandelen()).toList());
        elementen.setItemLabelGenerator(e -> e.cluster() == null ? e.titel() : e.titel() + " (" + e.cluster() + ")");
        elementen.setWidthFull();
        elementen.setId("elementen");
        notitie.setLabel(getTranslation("reflectie.notitie"));
        notitie.setMaxLength(4000);
        notitie.setWidthFull();
        Button bewaar = new Button(getTranslation("reflectie.bewaren"), e -> bewaar());
        bewaar.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(kop, titel, new Paragraph(getTranslation("reflectie.uitleg")),
                new H2(getTranslation("reflectie.sessie.kop")), uitSessie,
                new H2(getTranslation("reflectie.opbrengst.kop")), opbrengsten,
                new H2(getTranslation("reflectie.elementen.kop")), trainerhandelen, elementen, uitPlan, notitie, bewaar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReflectieService.Formulier> formulier = Optional.empty();
        var id = SessieRoutes.id(event);
        if (id.isPresent()) {
            bijeenkomstId = id.getAsLong();
            try {
                formulier = reflectieService.formulier(bijeenkomstId);
            } catch (AccessDeniedException geenToegang) {
                formulier = Optional.empty();
            }
        }
        formulier.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(ReflectieService.Formulier formulier) {
        var b = formulier.bijeenkomst();
        titel.setText(getTranslation("reflectie.titel", b.groepNaam(), TrainingenView.DATUM.format(b.datum())));
        kop.removeAll();
        kop.add(new HorizontalLayout(TrainingRoutes.naarGroep(getTranslation("sessie.terug.groep", b.groepNaam()), b.groepId()),
                SessieRoutes.bijeenkomstLinks(this, bijeenkomstId)));
        versie = formulier.versie();
        Optional<SessieService.Stand> sessie = sessieService.stand(bijeenkomstId);
        toonUitSessie(sessie);
        Map<Long, Integer> beurten = sessie.map(s -> s.deelnemers().stream().collect(Collectors.toMap(
                SessieService.Spreker::deelnemerId, SessieService.Spreker::beurten))).orElse(Map.of());
        opbrengsten.removeAll();
        perDeelnemer.clear();
        formulier.opbrengsten().forEach(o -> {
            TextArea veld = new TextArea(o.naam());
            veld.setHelperText(getTranslation("reflectie.sessie.beurten", beurten.getOrDefault(o.deelnemerId(), 0)));
            veld.setPlaceholder(getTranslation("reflectie.opbrengst.hint"));
            veld.setMaxLength(2000);
            veld.setWidthFull();
            veld.setValue(o.tekst());
            perDeelnemer.put(o.deelnemerId(), veld);
            opbrengsten.add(veld);
        });
        if (formulier.opbrengsten().isEmpty()) {
            opbrengsten.add(new Paragraph(getTranslation("reflectie.geen.deelnemers")));
        }
        Set<String> gekozen = formulier.elementen();
        trainerhandelen.setValue(kies(gekozen, true));
        elementen.setValue(kies(gekozen, false));
        List<String> uitHetPlan = formulier.uitPlan().stream().filter(alleElementen::containsKey)
                .map(s -> alleElementen.get(s).titel()).toList();
        uitPlan.setText(uitHetPlan.isEmpty() ? "" : getTranslation("reflectie.uitplan", String.join(", ", uitHetPlan)));
        notitie.setValue(formulier.notitie() == null ? "" : formulier.notitie());
    }

    /** What the group said in the session, credited as it was captured there. */
    private void toonUitSessie(Optional<SessieService.Stand> sessie) {
        uitSessie.removeAll();
        List<SessieService.InbrengRegel> inbreng = sessie.map(SessieService.Stand::inbreng).orElse(List.of());
        if (inbreng.isEmpty()) {
            uitSessie.add(new Paragraph(getTranslation("reflectie.sessie.geen")));
            return;
        }
        UnorderedList lijst = new UnorderedList();
        inbreng.forEach(x -> lijst.add(new ListItem(SessieRoutes.inbreng(this, x))));
        uitSessie.add(lijst);
    }

    private Set<WerkzameElementen.Element> kies(Set<String> slugs, boolean trainer) {
        return slugs.stream().map(alleElementen::get).filter(e -> e != null && e.trainerhandelen() == trainer)
                .collect(Collectors.toSet());
    }

    private void bewaar() {
        Set<String> gekozen = new HashSet<>();
        trainerhandelen.getValue().forEach(e -> gekozen.add(e.slug()));
        elementen.getValue().forEach(e -> gekozen.add(e.slug()));
        Map<Long, String> teksten = new LinkedHashMap<>();
        perDeelnemer.forEach((id, veld) -> teksten.put(id, veld.getValue()));
        try {
            reflectieService.bewaar(bijeenkomstId, versie, notitie.getValue(), gekozen, teksten);
            Notification.show(getTranslation("reflectie.bewaard")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reflectieService.formulier(bijeenkomstId).ifPresent(this::toon);
        } catch (ObjectOptimisticLockingFailureException intussenOpgeslagen) {
            // what she typed stays; she can copy it before reloading
            SessieRoutes.conflict(this);
        }
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
