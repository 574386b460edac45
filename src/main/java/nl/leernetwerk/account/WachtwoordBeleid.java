package nl.leernetwerk.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password policy, checked wherever a password is set: at least {@value #MINIMUM} characters,
 * at most {@value #MAXIMUM_BYTES} bytes (bcrypt reads no further), not the user name, not one of
 * a bundled list of much used and leaked passwords, and not one character repeated.
 */
public final class WachtwoordBeleid {

    public static final int MINIMUM = 12;
    /** bcrypt only uses the first 72 bytes of a password; longer ones are refused rather than cut. */
    public static final int MAXIMUM_BYTES = 72;

    private static final Set<String> BEKEND = lees("/account/veelgebruikte-wachtwoorden.txt");

    private WachtwoordBeleid() {}

    /** The i18n key of the first rule the password breaks, if any. */
    public static Optional<String> overtreding(String gebruikersnaam, String wachtwoord) {
        if (wachtwoord == null || wachtwoord.codePointCount(0, wachtwoord.length()) < MINIMUM) {
            return Optional.of("wachtwoord.fout.kort");
        }
        if (wachtwoord.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("wachtwoord.fout.lang");
        }
        String klein = wachtwoord.strip().toLowerCase(Locale.ROOT);
        if (gebruikersnaam != null && !gebruikersnaam.isBlank()
                && klein.contains(gebruikersnaam.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("wachtwoord.fout.gebruikersnaam");
        }
        if (BEKEND.contains(klein) || klein.chars().distinct().count() < 4) {
            return Optional.of("wachtwoord.fout.bekend");
        }
        return Optional.empty();
    }

    /** Throws {@link AccountFout} with the Dutch message of the first rule the password breaks. */
    public static void controleer(String gebruikersnaam, String wachtwoord) {
        overtreding(gebruikersnaam, wachtwoord).ifPresent(sleutel -> {
            throw new AccountFout(sleutel, MINIMUM);
        });
    }

    private static Set<String> lees(String bron) {
        try (InputStream in = WachtwoordBeleid.class.getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("missing " + bron);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(regel -> !regel.isEmpty() && !regel.startsWith("#"))
                    .map(regel -> regel.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
