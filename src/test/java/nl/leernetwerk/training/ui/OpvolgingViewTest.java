package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.OpvolgingService;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An absence without notice becomes a follow-up; the trainer notes the conversation and closes it with an outcome. */
class OpvolgingViewTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private AanwezigheidService aanwezigheidService;

    @Autowired
    private JdbcTemplate jdbc;

    private static java.util.Optional<Details> punt(String kop) {
        return _find(Details.class).stream().filter(d -> kop.equals(d.getSummaryText())).findFirst();
    }

    @Test
    void an_absence_without_notice_is_followed_up_with_a_conversation_and_closed_with_an_outcome() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Opvolggroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 4, 5), null, 3));
        long deelnemer = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Yusuf", Contactkanaal.TELEFOON,
                null, null));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 4, 5),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);

        UI.getCurrent().navigate("trainingen/opvolging");
        Details punt = punt("Yusuf (Opvolggroep), afwezig zonder bericht op 5-4-2027").orElseThrow();
        _click(_get(punt, Button.class, spec -> spec.withText("Afronden")));
        TextArea uitkomst = _get(punt, TextArea.class, spec -> spec.withLabel("Uitkomst"));
        assertThat(uitkomst.isInvalid()).isTrue();
        assertThat(uitkomst.getErrorMessage()).isEqualTo("Noteer de uitkomst voordat je afrondt.");

        _setValue(_get(punt, Checkbox.class, spec -> spec.withLabel("Contact gelegd")), true);
        _setValue(_get(punt, TextArea.class, spec -> spec.withLabel("Praktische oplossing")), "Samen met de bus");
        _setValue(uitkomst, "Komt volgende week weer");
        _click(_get(punt, Button.class, spec -> spec.withText("Afronden")));

        expectNotifications("Opvolging van Yusuf is afgerond.");
        assertThat(punt("Yusuf (Opvolggroep), afwezig zonder bericht op 5-4-2027")).isEmpty();
        assertThat(jdbc.queryForObject("select contact_gelegd::text || '/' || uitkomst || '/' || afgerond_door"
                + " from opvolging o join aanwezigheid a on a.id = o.aanwezigheid_id where a.deelnemer_id = ?",
                String.class, deelnemer)).isEqualTo("true/Komt volgende week weer/trainer");
    }

    @Test
    void the_trainingen_page_counts_open_follow_ups_without_reading_them() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Telgroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 4, 19), null, 3));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 4, 19),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        for (String naam : java.util.List.of("Sem", "Lina")) {
            long deelnemer = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer(naam, Contactkanaal.SMS, null, null));
            aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
        }
        long open = jdbc.queryForObject("select count(*) from opvolging o join aanwezigheid a on a.id = o.aanwezigheid_id"
                + " join bijeenkomst b on b.id = a.bijeenkomst_id join groep_trainer t on t.groep_id = b.groep_id"
                + " where o.afgerond_op is null and t.gebruikersnaam = 'trainer'", Long.class);
        long gelezen = jdbc.queryForObject("select count(*) from audit_regel where actie = 'opvolging gelezen'", Long.class);

        UI.getCurrent().navigate("trainingen");

        assertThat(open).isGreaterThanOrEqualTo(2);
        _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Afwezigheden om op te volgen: " + open));
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'opvolging gelezen'", Long.class))
                .isEqualTo(gelezen);
    }

    @Test
    void correcting_the_registration_removes_an_untouched_follow_up() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Correctiegroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 4, 12), null, 3));
        long deelnemer = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Noor", Contactkanaal.SMS, null, null));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 4, 12),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));

        aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
        aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.TE_LAAT, null);

        assertThat(jdbc.queryForObject("select count(*) from opvolging o join aanwezigheid a on a.id = o.aanwezigheid_id"
                + " where a.deelnemer_id = ?", Long.class, deelnemer)).isZero();
    }

    @Test
    void escalation_is_a_separate_step_that_needs_a_written_reason_and_records_who_and_when() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Escalatiegroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 4, 19), null, 3));
        long deelnemer = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Ilse", Contactkanaal.SMS, null, null));
        for (int week = 0; week < 3; week++) {
            long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(
                    LocalDate.of(2027, 4, 19).plusWeeks(week), LocalTime.of(9, 0), LocalTime.of(11, 0), null));
            aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
        }
        // three absences without notice: three conversations to have, nothing escalated by itself
        assertThat(jdbc.queryForObject("select count(*) || '/' || count(o.geescaleerd_op) from opvolging o"
                + " join aanwezigheid a on a.id = o.aanwezigheid_id where a.deelnemer_id = ?", String.class, deelnemer))
                .isEqualTo("3/0");

        UI.getCurrent().navigate("trainingen/opvolging");
        Details punt = punt("Ilse (Escalatiegroep), afwezig zonder bericht op 3-5-2027").orElseThrow();
        _click(_get(punt, Button.class, spec -> spec.withText("Escaleren naar handhaving…")));
        Dialog dialoog = _get(Dialog.class);
        assertThat(dialoog.getHeaderTitle()).isEqualTo("Ilse escaleren naar handhaving?");
        _click(_get(dialoog, Button.class, spec -> spec.withText("Ja, escaleren")));
        TextArea reden = _get(dialoog, TextArea.class, spec -> spec.withLabel("Reden van de escalatie"));
        assertThat(reden.isInvalid()).isTrue();
        assertThat(reden.getErrorMessage()).isEqualTo("Schrijf op waarom je escaleert; zonder reden kan het niet.");
        assertThat(dialoog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(o.geescaleerd_op) from opvolging o join aanwezigheid a"
                + " on a.id = o.aanwezigheid_id where a.deelnemer_id = ?", Long.class, deelnemer)).isZero();

        _setValue(reden, "Drie keer niet bereikbaar, afspraak met klantmanager");
        _click(_get(dialoog, Button.class, spec -> spec.withText("Ja, escaleren")));

        expectNotifications("De opvolging van Ilse is geëscaleerd naar handhaving.");
        assertThat(jdbc.queryForObject("select o.geescaleerd_door || '/' || o.escalatie_reden || '/'"
                + " || (o.geescaleerd_op is not null) from opvolging o join aanwezigheid a on a.id = o.aanwezigheid_id"
                + " where a.deelnemer_id = ? and o.geescaleerd_op is not null", String.class, deelnemer))
                .isEqualTo("trainer/Drie keer niet bereikbaar, afspraak met klantmanager/true");
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'geëscaleerd naar handhaving'"
                + " and gebruiker = 'trainer' and onderwerp = ?", Long.class, "deelnemer:" + deelnemer)).isEqualTo(1);
        // the follow-up stays open (a conversation still needs an outcome) and says it was escalated
        Details daarna = punt("Ilse (Escalatiegroep), afwezig zonder bericht op 3-5-2027").orElseThrow();
        assertThat(_find(daarna, Button.class, spec -> spec.withText("Escaleren naar handhaving…"))).isEmpty();
        assertThat(_get(daarna, Paragraph.class, spec -> spec.withClasses(
                com.vaadin.flow.theme.lumo.LumoUtility.TextColor.ERROR)).getText())
                .startsWith("Geëscaleerd naar handhaving door trainer op ")
                .endsWith(": Drie keer niet bereikbaar, afspraak met klantmanager");
    }

    @Autowired
    private OpvolgingService opvolgingService;

    @Test
    void the_service_refuses_an_escalation_without_a_reason_and_a_second_one() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Escalatieregels", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 5, 17), null, 3));
        long deelnemer = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Ruud", Contactkanaal.SMS, null, null));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 5, 17),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
        long id = opvolgingService.open().stream().filter(p -> p.deelnemer().equals("Ruud")).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> opvolgingService.escaleer(id, "  "))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        opvolgingService.escaleer(id, "Niet verschenen bij gesprek");
        assertThatThrownBy(() -> opvolgingService.escaleer(id, "nog eens")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_co_trainers_save_in_between_is_never_overwritten_and_what_was_typed_stays() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Samen opvolgen", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 6, 7), null, 3));
        long deelnemer = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Sanne", Contactkanaal.SMS, null, null));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 6, 7),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
        String kop = "Sanne (Samen opvolgen), afwezig zonder bericht op 7-6-2027";

        UI.getCurrent().navigate("trainingen/opvolging");
        Details punt = punt(kop).orElseThrow();
        TextArea oplossing = _get(punt, TextArea.class, spec -> spec.withLabel("Praktische oplossing"));
        _setValue(oplossing, "Eerst bellen");
        _click(_get(punt, Button.class, spec -> spec.withText("Bewaren")));
        expectNotifications("Opvolging bewaard.");
        // saving twice from one screen is no conflict
        _setValue(oplossing, "Eerst bellen, dan mailen");
        _click(_get(punt, Button.class, spec -> spec.withText("Bewaren")));
        expectNotifications("Opvolging bewaard.");

        // meanwhile a co-trainer (another screen) notes the outcome
        var elders = opvolgingService.open().stream().filter(p -> p.deelnemer().equals("Sanne")).findFirst().orElseThrow();
        opvolgingService.bewaar(elders.id(), elders.versie(), true, null, "Collega belde", "Komt weer", false);

        _setValue(oplossing, "Mijn versie");
        _click(_get(punt, Button.class, spec -> spec.withText("Bewaren")));

        assertThat(oplossing.getValue()).isEqualTo("Mijn versie");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Een collega heeft de opvolging van Sanne intussen bewaard of afgerond. Er is niets overschreven en"
                        + " wat je typte staat er nog. Laad opnieuw om te zien wat er nu staat."))).isNotNull();
        assertThat(jdbc.queryForObject("select oplossing || '/' || uitkomst from opvolging where id = ?", String.class,
                elders.id())).isEqualTo("Collega belde/Komt weer");

        _click(_get(Button.class, spec -> spec.withText("Opnieuw laden")));
        assertThat(_get(punt(kop).orElseThrow(), TextArea.class, spec -> spec.withLabel("Praktische oplossing"))
                .getValue()).isEqualTo("Collega belde");
    }
}
