package nl.leernetwerk.kennisbank.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.leernetwerk.Afmelden;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.RedactieService;
import nl.leernetwerk.kennisbank.RedactieService.RevisieSamenvatting;
import nl.leernetwerk.kennisbank.RedactieService.Verschilregel;
import nl.leernetwerk.kennisbank.ZoekService;
import nl.leernetwerk.kennisbank.Zoekvraag;
import nl.leernetwerk.kennisbank.inhoud.InhoudService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** Revisions of kennisrecords: made by import and every edit, any two compared side by side, one restored. */
// the Spring context of the other tests that publish records (with MockMvc), so that the records made
// here stay out of the index ZoekkwaliteitTest measures
@AutoConfigureMockMvc
class RevisiesViewTest extends KaribuTest {

    @Autowired
    private RedactieService redactie;

    @Autowired
    private KennisbankService kennisbank;

    @Autowired
    private ZoekService zoekService;

    @Autowired
    private InhoudService inhoud;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    private String nieuwRecord(String titel) {
        return aanmelding.als("redacteur", Rol.REDACTEUR, () -> redactie.publiceer(new KennisrecordGegevens(
                KennisType.PRAKTIJKVOORBEELD, RedactieService.slugVan(titel), titel, "Een korte samenvatting.", null,
                null, "Org", null, null, null, null, null, null, List.of("motivatie"), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), "## Aanpak\n\nEerste versie."), "Eerste publicatie"));
    }

    private void bewerkAls(String redacteur, String slug, String van, String naar, String omschrijving) {
        aanmelding.als(redacteur, Rol.REDACTEUR, () -> {
            RedactieService.Bewerkbaar b = redactie.bewerkbaar(slug).orElseThrow();
            redactie.bewerk(slug, b.tekst().replace(van, naar), b.versie(), omschrijving, false);
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_content_import_made_the_first_revision_of_a_record() {
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("kennisbank/subtiele-drang/revisies");
        Grid<RevisieSamenvatting> revisies = _get(Grid.class, spec -> spec.withId("revisies"));
        List<RevisieSamenvatting> rijen = revisies.getGenericDataView().getItems().toList();
        assertThat(rijen.getLast().nummer()).isEqualTo(1);
        assertThat(rijen.getLast().door()).isEqualTo("systeem");
        assertThat(rijen.getLast().omschrijving()).isEqualTo("Geïmporteerd uit motivatietechnieken/subtiele-drang.md");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_redacteur_edits_compares_any_two_revisions_and_restores_the_first_as_a_new_one() {
        String slug = nieuwRecord("Revisieproef Deventer");
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("kennisbank/" + slug + "/bewerken");
        TextArea tekst = _get(TextArea.class, spec -> spec.withLabel("Record (metadatakop en Markdown)"));
        _setValue(tekst, tekst.getValue().replace("Eerste versie.", "Tweede versie met de kraanvogelmethode."));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Wat heb je veranderd?")), "Aanpak aangevuld");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        expectNotifications("Opgeslagen als nieuwe revisie.");
        Afmelden.afmelden();
        bewerkAls("redacteur-b", slug, "\"Org\"", "\"Andere organisatie\"", "Organisatie verbeterd");
        login(Rol.REDACTEUR);

        UI.getCurrent().navigate("kennisbank/" + slug + "/revisies");
        Grid<RevisieSamenvatting> revisies = _get(Grid.class, spec -> spec.withId("revisies"));
        assertThat(revisies.getGenericDataView().getItems().map(r -> r.nummer() + " " + r.door() + " " + r.omschrijving()))
                .containsExactly("3 redacteur-b Organisatie verbeterd", "2 redacteur Aanpak aangevuld",
                        "1 redacteur Eerste publicatie");

        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Links (ouder)")), 1);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Rechts (nieuwer)")), 3);
        _click(_get(Button.class, spec -> spec.withText("Vergelijken")));
        Grid<Verschilregel> verschil = _get(Grid.class, spec -> spec.withId("verschil"));
        List<Verschilregel> regels = verschil.getGenericDataView().getItems().toList();
        assertThat(regels).contains(
                new Verschilregel("Eerste versie.", "Tweede versie met de kraanvogelmethode.", Verschilregel.Soort.GEWIJZIGD),
                new Verschilregel("organisatie: \"Org\"", "organisatie: \"Andere organisatie\"",
                        Verschilregel.Soort.GEWIJZIGD),
                new Verschilregel("## Aanpak", "## Aanpak", Verschilregel.Soort.GELIJK));

        _click((Button) _getCellComponent(revisies, 2, "herstel"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("Revisie 1 is hersteld als nieuwe revisie.");
        revisies = _get(Grid.class, spec -> spec.withId("revisies"));
        assertThat(_size(revisies)).isEqualTo(4);
        assertThat(revisies.getGenericDataView().getItems().findFirst().orElseThrow().omschrijving())
                .isEqualTo("Revisie 1 hersteld");
        var hersteld = kennisbank.detail(slug).orElseThrow().gegevens();
        assertThat(hersteld.inhoud()).isEqualTo("## Aanpak\n\nEerste versie.");
        assertThat(hersteld.organisatie()).isEqualTo("Org");
        assertThat(aanmelding.als("redacteur", Rol.REDACTEUR, () -> redactie.revisieTekst(slug, 4)))
                .isEqualTo(aanmelding.als("redacteur", Rol.REDACTEUR, () -> redactie.revisieTekst(slug, 1)));
        assertThat(zoekService.zoek(Zoekvraag.van("kraanvogelmethode")).treffers())
                .noneMatch(t -> t.record().slug().equals(slug));
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'revisie hersteld' and onderwerp = ?",
                Long.class, "kennisrecord:" + slug + "#1")).isEqualTo(1);
    }

    @Test
    void an_invalid_edit_is_explained_in_dutch_with_its_line_and_nothing_typed_is_lost() {
        String slug = nieuwRecord("Foutproef Zwolle");
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("kennisbank/" + slug + "/bewerken");
        TextArea tekst = _get(TextArea.class, spec -> spec.withLabel("Record (metadatakop en Markdown)"));
        String fout = tekst.getValue().replace("titel: \"Foutproef Zwolle\"", "titel:") + "\nMijn nieuwe alinea.";
        _setValue(tekst, fout);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Wat heb je veranderd?")), "Alinea erbij");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(_get(Div.class, spec -> spec.withId("fouten")).getElement().getTextRecursively())
                .contains("regel 4: 'titel' ontbreekt of is leeg; dit veld is verplicht");
        assertThat(tekst.getValue()).isEqualTo(fout);
        assertThat(kennisbank.detail(slug).orElseThrow().gegevens().titel()).isEqualTo("Foutproef Zwolle");
    }

    @Test
    void two_redacteuren_editing_one_record_the_second_is_told_in_dutch_and_keeps_their_text() {
        String slug = nieuwRecord("Tegelijkproef Ede");
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("kennisbank/" + slug + "/bewerken");
        TextArea tekst = _get(TextArea.class, spec -> spec.withLabel("Record (metadatakop en Markdown)"));
        _setValue(tekst, tekst.getValue().replace("Eerste versie.", "Mijn wijziging."));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Wat heb je veranderd?")), "Mijn wijziging");
        Afmelden.afmelden();
        bewerkAls("redacteur-b", slug, "Eerste versie.", "Wijziging van B.", "Door B");
        login(Rol.REDACTEUR);
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        expectNotifications("Iemand anders heeft dit record intussen gewijzigd. Je invoer staat er nog; open het record"
                + " opnieuw om de nieuwste versie te zien.");
        assertThat(tekst.getValue()).contains("Mijn wijziging.");
        assertThat(kennisbank.detail(slug).orElseThrow().gegevens().inhoud()).contains("Wijziging van B.");
    }

    @Test
    void the_content_importer_never_overwrites_a_record_published_in_the_app(@TempDir Path map) throws Exception {
        String slug = nieuwRecord("Importproef Hoorn");
        Files.writeString(map.resolve(slug + ".md"), """
                ---
                type: praktijkvoorbeeld
                id: %s
                titel: Overschreven door een bestand
                ---

                Andere tekst.
                """.formatted(slug));
        aanmelding.als("beheerder", Rol.BEHEERDER, () -> inhoud.importeer(map));
        assertThat(kennisbank.detail(slug).orElseThrow().gegevens().titel()).isEqualTo("Importproef Hoorn");
        assertThat(aanmelding.als("redacteur", Rol.REDACTEUR, () -> redactie.revisies(slug))).hasSize(1);
    }
}
