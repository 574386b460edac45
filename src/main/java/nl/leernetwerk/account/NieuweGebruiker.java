package nl.leernetwerk.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.leernetwerk.account.domain.Gebruiker;

/** An account as the beheerder creates it; the password is checked by {@link WachtwoordBeleid}. */
public record NieuweGebruiker(
        @NotBlank
        @Size(max = Gebruiker.GEBRUIKERSNAAM_MAX)
        @Pattern(regexp = "[\\p{L}\\p{N}._@-]*")
        String gebruikersnaam,
        @NotBlank
        @Size(max = Gebruiker.NAAM_MAX)
        String naam,
        String wachtwoord,
        @NotEmpty
        Set<Rol> rollen) {

    public NieuweGebruiker {
        rollen = rollen == null ? Set.of() : Set.copyOf(rollen);
    }
}
