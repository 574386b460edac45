package nl.leernetwerk.account;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leernetwerk.account.domain.Gebruiker;
import nl.leernetwerk.account.domain.GebruikerRepository;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Users as the beheerder sees and manages them, and a user's own password. Every change is audited. */
@Service
@Validated
public class GebruikerService {

    private final GebruikerRepository gebruikers;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final SessieBeheer sessies;

    GebruikerService(GebruikerRepository gebruikers, PasswordEncoder passwordEncoder, AuditLog auditLog,
            SessieBeheer sessies) {
        this.gebruikers = gebruikers;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.sessies = sessies;
    }

    @Secured(Rol.Authority.BEHEERDER)
    @Transactional(readOnly = true)
    public List<GebruikerSummary> alleGebruikers() {
        return gebruikers.findAll(Sort.by("gebruikersnaam")).stream().map(Gebruiker::toSummary).toList();
    }

    @Secured(Rol.Authority.BEHEERDER)
    @Transactional(readOnly = true)
    public GebruikerSummary gebruiker(long id) {
        return gebruikers.findById(id).map(Gebruiker::toSummary)
                .orElseThrow(() -> new AccountFout("gebruikers.fout.onbekend"));
    }

    /** Creates an account; the password must pass {@link WachtwoordBeleid}. */
    @Secured(Rol.Authority.BEHEERDER)
    @Transactional
    public long maak(@Valid NieuweGebruiker nieuw) {
        String naam = nieuw.gebruikersnaam().strip();
        if (gebruikers.findByGebruikersnaamIgnoreCase(naam).isPresent()) {
            throw new AccountFout("gebruikers.fout.bezet", naam);
        }
        WachtwoordBeleid.controleer(naam, nieuw.wachtwoord());
        Gebruiker gebruiker = gebruikers.save(new Gebruiker(naam, nieuw.naam().strip(),
                passwordEncoder.encode(nieuw.wachtwoord()), nieuw.rollen()));
        auditLog.leg("gebruiker aangemaakt: " + rollen(nieuw.rollen()), "gebruiker:" + naam);
        return gebruiker.id().orElseThrow();
    }

    /**
     * Gives a user these roles. {@code versie} is the version the beheerder saw: when someone else
     * changed the user since, nothing is saved and {@link ObjectOptimisticLockingFailureException}
     * says so. The user's sessions end, so the new roles apply at once.
     */
    @Secured(Rol.Authority.BEHEERDER)
    @Transactional
    public void wijzigRollen(long id, long versie, Set<Rol> rollen) {
        if (rollen.isEmpty()) {
            throw new AccountFout("gebruikers.fout.rollen");
        }
        Gebruiker gebruiker = gebruikers.findById(id).orElseThrow(() -> new AccountFout("gebruikers.fout.onbekend"));
        if (gebruiker.version() != versie) {
            throw new ObjectOptimisticLockingFailureException(Gebruiker.class, id);
        }
        if (gebruiker.gebruikersnaam().equalsIgnoreCase(auditLog.huidigeGebruiker()) && !rollen.contains(Rol.BEHEERDER)) {
            throw new AccountFout("gebruikers.fout.eigen-beheer");
        }
        if (gebruiker.rollen().equals(rollen)) {
            return;
        }
        String oud = rollen(gebruiker.rollen());
        gebruiker.wijzigRollen(rollen);
        gebruikers.saveAndFlush(gebruiker);
        auditLog.leg("rollen gewijzigd: " + oud + " → " + rollen(rollen), "gebruiker:" + gebruiker.gebruikersnaam());
        sessies.beeindig(gebruiker.gebruikersnaam());
    }

    /** The signed-in user changes their own password, proving the current one. */
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR, Rol.Authority.TRAINER, Rol.Authority.LID})
    @Transactional
    public void wijzigWachtwoord(String huidig, String nieuw) {
        String naam = auditLog.huidigeGebruiker();
        Gebruiker gebruiker = gebruikers.findByGebruikersnaamIgnoreCase(naam)
                .orElseThrow(() -> new AccountFout("gebruikers.fout.onbekend"));
        if (huidig == null || !passwordEncoder.matches(huidig, gebruiker.wachtwoordHash())) {
            throw new AccountFout("wachtwoord.fout.huidig");
        }
        WachtwoordBeleid.controleer(gebruiker.gebruikersnaam(), nieuw);
        if (passwordEncoder.matches(nieuw, gebruiker.wachtwoordHash())) {
            throw new AccountFout("wachtwoord.fout.zelfde");
        }
        gebruiker.wijzigWachtwoord(passwordEncoder.encode(nieuw));
        auditLog.leg("wachtwoord gewijzigd", "gebruiker:" + gebruiker.gebruikersnaam());
    }

    /** The signed-in user's own account. */
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR, Rol.Authority.TRAINER, Rol.Authority.LID})
    @Transactional(readOnly = true)
    public GebruikerSummary mijnAccount() {
        return gebruikers.findByGebruikersnaamIgnoreCase(auditLog.huidigeGebruiker()).map(Gebruiker::toSummary)
                .orElseThrow(() -> new AccountFout("gebruikers.fout.onbekend"));
    }

    /** The signed-in user sets their e-mail address and whether notifications go out by e-mail. */
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR, Rol.Authority.TRAINER, Rol.Authority.LID})
    @Transactional
    public void wijzigMijnMailvoorkeur(long versie, @Valid MailVoorkeur voorkeur) {
        Gebruiker gebruiker = gebruikers.findByGebruikersnaamIgnoreCase(auditLog.huidigeGebruiker())
                .orElseThrow(() -> new AccountFout("gebruikers.fout.onbekend"));
        wijzigMail(gebruiker, versie, voorkeur);
    }

    /** The beheerder sets a user's e-mail address (and whether notifications go out by e-mail). */
    @Secured(Rol.Authority.BEHEERDER)
    @Transactional
    public void wijzigMailvoorkeur(long id, long versie, @Valid MailVoorkeur voorkeur) {
        wijzigMail(gebruikers.findById(id).orElseThrow(() -> new AccountFout("gebruikers.fout.onbekend")), versie,
                voorkeur);
    }

    private void wijzigMail(Gebruiker gebruiker, long versie, MailVoorkeur voorkeur) {
        if (gebruiker.version() != versie) {
            throw new ObjectOptimisticLockingFailureException(Gebruiker.class, gebruiker.id().orElseThrow());
        }
        boolean adresAnders = !java.util.Objects.equals(gebruiker.email(), voorkeur.emailOfNull());
        gebruiker.wijzigEmail(voorkeur.email(), voorkeur.meldingen());
        gebruikers.saveAndFlush(gebruiker);
        auditLog.leg(adresAnders ? "e-mailadres gewijzigd" : "e-mailvoorkeur gewijzigd",
                "gebruiker:" + gebruiker.gebruikersnaam());
    }

    private static String rollen(Set<Rol> rollen) {
        return rollen.stream().sorted().map(Rol::name).collect(Collectors.joining(", "));
    }

    /** Active users with the trainer role, e.g. for choosing a co-trainer of a group. */
    @Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
    @Transactional(readOnly = true)
    public List<GebruikerSummary> trainers() {
        return gebruikers.findAll(Sort.by("gebruikersnaam")).stream()
                .filter(g -> g.actief() && g.rollen().contains(Rol.TRAINER)).map(Gebruiker::toSummary).toList();
    }
}
