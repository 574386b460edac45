package nl.leernetwerk.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import nl.leernetwerk.account.domain.Gebruiker;

/**
 * A user's e-mail address (optional) and whether notifications also go out by e-mail. The
 * address needs a dot in its domain: mail to {@code iemand@intranet} would not arrive. The messages
 * are i18n keys, for the views to show in the user's language.
 *
 * @param email null or blank: no address
 */
public record MailVoorkeur(
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "ln2.email.fout")
        @Size(max = Gebruiker.EMAIL_MAX, message = "ln2.email.fout")
        String email,
        boolean meldingen) {

    public MailVoorkeur {
        email = email == null || email.isBlank() ? null : email.strip();
    }

    String emailOfNull() {
        return email;
    }
}
