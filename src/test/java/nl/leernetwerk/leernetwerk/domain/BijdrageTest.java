package nl.leernetwerk.leernetwerk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.leernetwerk.BijdrageGegevens;
import nl.leernetwerk.leernetwerk.BijdrageStatus;
import nl.leernetwerk.leernetwerk.BijdrageType;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;
import org.junit.jupiter.api.Test;

/** The review steps of a contribution and the rules between them. */
class BijdrageTest {

    private static final Instant NU = Instant.parse("2026-11-23T12:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);

    private static BijdrageGegevens gegevens(String titel) {
        return new BijdrageGegevens(titel, "Samenvatting.", " ", null, List.of("jongeren"), List.of(2, 3),
                List.of("motivatie"), List.of("maatje-en-buddy"), "Aanpak.", null, null, null, null);
    }

    @Test
    void approvals_count_each_redacteur_once_and_a_return_clears_them() {
        Bijdrage b = new Bijdrage(BijdrageType.PRAKTIJKVOORBEELD, "lid", NU);
        b.bewerk(gegevens("Titel"), NU);
        b.dienIn(NU);
        assertThat(b.keurGoed("redacteur", Bewijsniveau.ONGETOETST, VANDAAG, NU)).isEqualTo(1);
        assertThatThrownBy(() -> b.keurGoed("redacteur", Bewijsniveau.GOED_BESCHREVEN, VANDAAG, NU))
                .isInstanceOf(nl.leernetwerk.leernetwerk.OngeldigeBijdrageException.class);
        assertThat(b.goedgekeurdDoor()).containsExactly("redacteur");
        assertThat(b.keurGoed("redacteur-b", Bewijsniveau.GOED_BESCHREVEN, VANDAAG, NU)).isEqualTo(2);
        assertThat(b.status()).isEqualTo(BijdrageStatus.IN_REVIEW);
        assertThat(b.bewijsniveau()).isEqualTo(Bewijsniveau.GOED_BESCHREVEN);

        b.stuurTerug("Graag cijfers.", NU);
        assertThat(b.goedgekeurdDoor()).isEmpty();
        assertThat(b.status()).isEqualTo(BijdrageStatus.TERUGGESTUURD);
        b.bewerk(gegevens("Titel, herzien"), NU);
        b.dienIn(NU);
        assertThat(b.status()).isEqualTo(BijdrageStatus.INGEDIEND);
        assertThat(b.gegevens()).isEqualTo(new BijdrageGegevens("Titel, herzien", "Samenvatting.", null, null,
                List.of("jongeren"), List.of(2, 3), List.of("motivatie"), List.of("maatje-en-buddy"), "Aanpak.", null,
                null, null, null));
    }

    @Test
    void a_submitted_contribution_cannot_be_edited_and_steps_out_of_order_are_refused() {
        Bijdrage b = new Bijdrage(BijdrageType.PRAKTIJKVOORBEELD, "lid", NU);
        assertThatThrownBy(() -> b.neemInReview(NU)).isInstanceOf(OngeldigeBijdrageException.class);
        assertThatThrownBy(() -> b.keurGoed("redacteur", Bewijsniveau.ONGETOETST, VANDAAG, NU))
                .isInstanceOf(OngeldigeBijdrageException.class);
        b.dienIn(NU);
        assertThatThrownBy(() -> b.bewerk(gegevens("Anders"), NU))
                .isInstanceOf(OngeldigeBijdrageException.class)
                .hasMessage("Deze bijdrage kan nu niet worden gewijzigd: hij is ingediend of gepubliceerd.");
        assertThatThrownBy(() -> b.dienIn(NU)).isInstanceOf(OngeldigeBijdrageException.class);
    }

    @Test
    void a_lighter_type_is_shared_at_once_without_review() {
        Bijdrage tip = new Bijdrage(BijdrageType.TIP, "lid", NU);
        tip.dienIn(NU);
        assertThat(tip.status()).isEqualTo(BijdrageStatus.GEPUBLICEERD);
        assertThat(tip.kennisrecordSlug()).isNull();
    }
}
