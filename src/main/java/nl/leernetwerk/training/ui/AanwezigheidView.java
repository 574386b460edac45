package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.Aanwezigheidslijst;
import nl.leernetwerk.training.AfwezigheidReden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Attendance for one bijeenkomst: one row per participant with large targets to tap, keys 1–5
 * (or the arrow keys inside a row, Tab to the next participant), and "de rest aanwezig". Every
 * change is saved at once with who and when; a change that cannot be saved (someone else changed
 * it in between) is never dropped silently: the choice stays visible with a Dutch explanation.
 */
@Route("trainingen/bijeenkomst/:" + TrainingRoutes.ID)
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class AanwezigheidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AanwezigheidView.class);
    private static final DateTimeFormatter GEREGISTREERD = DateTimeFormatter.ofPattern("d-M HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));
    private static final AanwezigheidStatus[] STATUSSEN = AanwezigheidStatus.values();
    private static final Key[] TOETSEN = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5};
    private static final Key[] NUMPAD = {Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4, Key.NUMPAD_5};

    private final AanwezigheidService aanwezigheidService;
    private final H1 titel = new H1();
    private final VerticalLayout rijen = new VerticalLayout();
    private final List<Rij> huidige = new ArrayList<>();
    private long bijeenkomstId;

    AanwezigheidView(AanwezigheidService aanwezigheidService) {
        this.aanwezigheidService = aanwezigheidService;
        rijen.setPadding(false);
        rijen.setSpacing(false);
        Button restAanwezig = new Button(getTranslation("training.aanwezigheid.restaanwezig"), e -> restAanwezig());
        restAanwezig.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restAanwezig.addClassName("groot-doel");
        Paragraph toetsen = new Paragraph(getTranslation("training.aanwezigheid.toetsen"));
        toetsen.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(titel, new Paragraph(getTranslation("aanwezigheid.uitleg")), toetsen, restAanwezig, rijen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Aanwezigheidslijst> lijst;
        try {
            bijeenkomstId = Long.parseLong(event.getRouteParameters().get(TrainingRoutes.ID).orElse(""));
            lijst = aanwezigheidService.lijst(bijeenkomstId);
        } catch (NumberFormatException | AccessDeniedException geenToegang) {
            lijst = Optional.empty();
        }
        lijst.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(Aanwezigheidslijst lijst) {
        var b = lijst.bijeenkomst();
        titel.setText(getTranslation("aanwezigheid.titel", b.groepNaam(), TrainingenView.DATUM.format(b.datum())));
        rijen.removeAll();
        huidige.clear();
        lijst.regels().forEach(regel -> {
            Rij rij = new Rij(regel);
            huidige.add(rij);
            rijen.add(rij.element);
        });
    }

    /** Everyone still without a registration becomes aanwezig; registrations made meanwhile by others stay. */
    private void restAanwezig() {
        List<Rij> open = huidige.stream().filter(r -> r.status.getValue() == null && r.versie == null).toList();
        int aantal = aanwezigheidService.restAanwezig(bijeenkomstId, open.stream().map(r -> r.deelnemerId).toList());
        Optional<Aanwezigheidslijst> nu = aanwezigheidService.lijst(bijeenkomstId);
        nu.ifPresent(lijst -> open.forEach(r -> lijst.regels().stream()
                .filter(regel -> regel.deelnemerId() == r.deelnemerId).findFirst().ifPresent(r::toonOpgeslagen)));
        String melding = getTranslation("training.aanwezigheid.restaanwezig.klaar", aantal)
                + (open.size() > aantal ? " " + getTranslation("training.aanwezigheid.restaanwezig.overgeslagen", open.size() - aantal)
                        : "");
        Notification.show(melding, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** One participant: the status (a tap, keys 1–5 or arrows), a coarse reason when absent, and who/when. */
    private final class Rij {

        private final long deelnemerId;
        private final String naam;
        private final RadioButtonGroup<AanwezigheidStatus> status;
        private final Select<AfwezigheidReden> reden = new Select<>();
        private final Span wie = new Span();
        private final Button tochBewaren = new Button(getTranslation("training.aanwezigheid.tochbewaren"));
        private final Div element;
        /** The version of the registration as last seen; {@code null}: none seen. */
        private Long versie;

        Rij(Aanwezigheidslijst.Regel regel) {
            deelnemerId = regel.deelnemerId();
            naam = regel.naam();
            status = new RadioButtonGroup<>(regel.naam());
            status.setItems(STATUSSEN);
            status.setItemLabelGenerator(s -> getTranslation("aanwezigheid." + s.name()) + " (" + (s.ordinal() + 1) + ")");
            status.addClassName("aanwezigheid-keuze");
            reden.setLabel(getTranslation("aanwezigheid.reden"));
            reden.setItems(AfwezigheidReden.values());
            reden.setItemLabelGenerator(r -> r == null ? "" : getTranslation("afwezigheidreden." + r.name()));
            reden.setEmptySelectionAllowed(true);
            reden.setEmptySelectionCaption(getTranslation("aanwezigheid.reden.geen"));
            wie.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            tochBewaren.addThemeVariants(ButtonVariant.LUMO_ERROR);
            tochBewaren.addClickListener(e -> bewaar());
            tochBewaren.setVisible(false);
            toonOpgeslagen(regel);
            status.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    bewaar();
                }
            });
            reden.addValueChangeListener(e -> {
                if (e.isFromClient() && status.getValue() != null) {
                    bewaar();
                }
            });
            element = new Div(status, reden, tochBewaren, wie);
            element.addClassNames("aanwezigheid-rij", LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM,
                    LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Width.FULL);
            for (AanwezigheidStatus s : STATUSSEN) {
                // keys 1–5 (top row and numeric keypad) while the focus is in this row
                for (Key toets : new Key[] {TOETSEN[s.ordinal()], NUMPAD[s.ordinal()]}) {
                    Shortcuts.addShortcutListener(element, () -> kies(s), toets).listenOn(element);
                }
            }
        }

        /** A key 1–5: choose that status and save it. */
        private void kies(AanwezigheidStatus gekozen) {
            status.setValue(gekozen);
            bewaar();
        }

        private void bewaar() {
            reden.setVisible(status.getValue().isAfwezig());
            try {
                Aanwezigheidslijst.Regel opgeslagen = aanwezigheidService.registreer(bijeenkomstId, deelnemerId,
                        status.getValue(), reden.getValue(), versie);
                toonOpgeslagen(opgeslagen);
                Notification.show(getTranslation("aanwezigheid.opgeslagen", naam), 1500, Notification.Position.BOTTOM_START);
            } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException gewijzigd) {
                // someone else registered this participant in between: show theirs, keep ours visible
                aanwezigheidService.lijst(bijeenkomstId).flatMap(l -> l.regels().stream()
                        .filter(r -> r.deelnemerId() == deelnemerId).findFirst()).ifPresent(nu -> {
                            versie = nu.versie();
                            wie.setText(wie(nu));
                            nietBewaard(getTranslation("training.aanwezigheid.conflict", nu.geregistreerdDoor(),
                                    nu.status() == null ? "" : getTranslation("aanwezigheid." + nu.status().name())));
                        });
            } catch (RuntimeException fout) {
                log.warn("Aanwezigheid niet bewaard (bijeenkomst {}, deelnemer {})", bijeenkomstId, deelnemerId, fout);
                nietBewaard(getTranslation("training.aanwezigheid.nietbewaard"));
            }
        }

        private void nietBewaard(String uitleg) {
            status.setInvalid(true);
            status.setErrorMessage(uitleg);
            tochBewaren.setVisible(true);
            Notification.show(getTranslation("training.aanwezigheid.nietbewaard.melding", naam, uitleg), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }

        private void toonOpgeslagen(Aanwezigheidslijst.Regel regel) {
            versie = regel.versie();
            status.setValue(regel.status());
            status.setInvalid(false);
            tochBewaren.setVisible(false);
            reden.setValue(regel.reden());
            reden.setVisible(regel.status() != null && regel.status().isAfwezig());
            wie.setText(wie(regel));
        }
    }

    private String wie(Aanwezigheidslijst.Regel regel) {
        return regel.geregistreerdDoor() == null ? getTranslation("aanwezigheid.nognietgeregistreerd")
                : getTranslation("aanwezigheid.geregistreerd", regel.geregistreerdDoor(),
                        GEREGISTREERD.format(regel.geregistreerdOp()));
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
