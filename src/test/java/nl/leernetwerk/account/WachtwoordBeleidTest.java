package nl.leernetwerk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WachtwoordBeleidTest {

    @Test
    void a_long_uncommon_password_passes() {
        assertThat(WachtwoordBeleid.overtreding("tineke", "paars-fietswiel-op-dinsdag")).isEmpty();
        assertThat(WachtwoordBeleid.overtreding("tineke", "Zonnebloem.Kade17")).isEmpty();
    }

    @Test
    void shorter_than_twelve_characters_is_refused() {
        assertThat(WachtwoordBeleid.overtreding("tineke", "Kort-ww-11x")).contains("wachtwoord.fout.kort");
        assertThat(WachtwoordBeleid.overtreding("tineke", null)).contains("wachtwoord.fout.kort");
        // twelve characters counted as a person does, not as UTF-16 units
        assertThat(WachtwoordBeleid.overtreding("tineke", "🙂🙂🙂🙂🙂🙂abcdef")).isEmpty();
    }

    @Test
    void more_than_bcrypt_can_read_is_refused_instead_of_cut_off() {
        assertThat(WachtwoordBeleid.overtreding("tineke", "a".repeat(40) + "b".repeat(33))).contains("wachtwoord.fout.lang");
        assertThat(WachtwoordBeleid.overtreding("tineke", "éé".repeat(19))).contains("wachtwoord.fout.lang"); // 76 bytes
    }

    @Test
    void the_user_name_inside_the_password_is_refused() {
        assertThat(WachtwoordBeleid.overtreding("Tineke", "tineke-tineke-2026")).contains("wachtwoord.fout.gebruikersnaam");
    }

    @Test
    void common_and_leaked_passwords_are_refused_whatever_the_case() {
        assertThat(WachtwoordBeleid.overtreding("tineke", "Wachtwoord123")).contains("wachtwoord.fout.bekend");
        assertThat(WachtwoordBeleid.overtreding("tineke", "QWERTY123456")).contains("wachtwoord.fout.bekend");
        assertThat(WachtwoordBeleid.overtreding("tineke", "aaaaaaaaaaaaaaaa")).contains("wachtwoord.fout.bekend");
        assertThat(WachtwoordBeleid.overtreding("tineke", "ababababababab")).contains("wachtwoord.fout.bekend");
    }

    @Test
    void a_refusal_carries_a_dutch_message() {
        assertThatThrownBy(() -> WachtwoordBeleid.controleer("tineke", "kort"))
                .isInstanceOf(AccountFout.class)
                .hasMessage("Een wachtwoord heeft minstens 12 tekens.");
        assertThat(Optional.of(new AccountFout("wachtwoord.fout.bekend").getMessage()))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Dit wachtwoord is te makkelijk te raden"));
    }
}
