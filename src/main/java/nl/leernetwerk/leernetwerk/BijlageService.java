package nl.leernetwerk.leernetwerk;

import java.time.Clock;
import java.util.List;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.leernetwerk.domain.Bijdrage;
import nl.leernetwerk.leernetwerk.domain.Bijlage;
import nl.leernetwerk.leernetwerk.domain.BijlageRepository;
import nl.leernetwerk.leernetwerk.domain.BijdrageRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of a contribution: its author adds (at most {@value #MAX_AANTAL}, {@value #MAX_GROOTTE}
 * bytes each, of the {@link Bestandssoort}s) and removes them while it can be edited; whoever may see
 * the contribution ({@link BijdrageToegang}) sees and downloads them.
 */
@Service
@Secured({Rol.Authority.LID, Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
public class BijlageService {

    public static final int MAX_AANTAL = 5;
    public static final int MAX_GROOTTE = 10 * 1024 * 1024;
    public static final int NAAM_MAX = 200;

    /** An attachment in the list of its contribution. */
    public record BijlageWeergave(long id, String naam, long grootte) {}

    /** An attachment to download. */
    public record Bestand(String naam, String contentType, byte[] inhoud) {}

    private final BijlageRepository bijlagen;
    private final BijdrageRepository bijdragen;
    private final BijdrageToegang toegang;
    private final Gebruiker gebruiker;
    private final AuditLog auditLog;
    private final Clock klok = Clock.systemUTC();

    BijlageService(BijlageRepository bijlagen, BijdrageRepository bijdragen, BijdrageToegang toegang,
            Gebruiker gebruiker, AuditLog auditLog) {
        this.bijlagen = bijlagen;
        this.bijdragen = bijdragen;
        this.toegang = toegang;
        this.gebruiker = gebruiker;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<BijlageWeergave> bijlagen(long bijdrageId) {
        toegang.zichtbaar(bijdragen.findById(bijdrageId).orElseThrow());
        return bijlagen.regels(bijdrageId).stream().map(r -> new BijlageWeergave(r.id(), r.naam(), r.grootte())).toList();
    }

    /**
     * @param bestandsnaam as the browser gave it; stored without path and unsafe characters
     * @return the attachment as stored (with its safe name)
     * @throws OngeldigeBijdrageException with a Dutch message when the file is refused
     */
    @Transactional
    public BijlageWeergave voegToe(long bijdrageId, String bestandsnaam, byte[] inhoud) {
        Bijdrage bijdrage = bewerkbaar(bijdrageId);
        String naam = veiligeNaam(bestandsnaam);
        if (bijlagen.countByBijdrage(bijdrage) >= MAX_AANTAL) {
            throw new OngeldigeBijdrageException("ln2.bijlage.fout.aantal", naam, MAX_AANTAL);
        }
        if (inhoud.length == 0) {
            throw new OngeldigeBijdrageException("ln2.bijlage.fout.leeg", naam);
        }
        if (inhoud.length > MAX_GROOTTE) {
            throw new OngeldigeBijdrageException("ln2.bijlage.fout.groot", naam, MAX_GROOTTE / (1024 * 1024));
        }
        Bestandssoort soort = Bestandssoort.vanNaam(naam)
                .orElseThrow(() -> new OngeldigeBijdrageException("ln2.bijlage.fout.soort", naam));
        if (!soort.herkent(inhoud)) {
            throw new OngeldigeBijdrageException("ln2.bijlage.fout.inhoud", naam, soort.extensie());
        }
        long id = bijlagen.save(new Bijlage(bijdrage, naam, soort.contentType(), inhoud, gebruiker.naam(),
                klok.instant())).id().orElseThrow();
        auditLog.leg("bijlage toegevoegd", "bijdrage:" + bijdrageId + " bijlage:" + id);
        return new BijlageWeergave(id, naam, inhoud.length);
    }

    @Transactional
    public void verwijder(long bijlageId) {
        Bijlage bijlage = bijlagen.findById(bijlageId).orElseThrow();
        long bijdrageId = bijlage.bijdrage().id().orElseThrow();
        bewerkbaar(bijdrageId);
        bijlagen.delete(bijlage);
        auditLog.leg("bijlage verwijderd", "bijdrage:" + bijdrageId + " bijlage:" + bijlageId);
    }

    /** Only for who may see its contribution ({@link org.springframework.security.access.AccessDeniedException} otherwise). */
    @Transactional(readOnly = true)
    public Bestand bestand(long bijlageId) {
        Bijlage bijlage = bijlagen.findById(bijlageId).orElseThrow();
        toegang.zichtbaar(bijlage.bijdrage());
        return new Bestand(veiligeNaam(bijlage.naam()), bijlage.contentType(), bijlage.inhoud());
    }

    private Bijdrage bewerkbaar(long bijdrageId) {
        Bijdrage bijdrage = bijdragen.findById(bijdrageId).orElseThrow();
        toegang.vanAuteur(bijdrage);
        if (!bijdrage.status().isBewerkbaar()) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.niet-bewerkbaar");
        }
        return bijdrage;
    }

    /**
     * The name without folders, control characters or characters that mean something in a header or
     * file system; at most {@value #NAAM_MAX} characters, keeping the extension.
     */
    static String veiligeNaam(String bestandsnaam) {
        String naam = bestandsnaam == null ? "" : bestandsnaam;
        naam = naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1);
        naam = naam.replaceAll("[\\p{Cntrl}\"<>:|?*;%\\\\/]", "_").replaceAll("\\s+", " ").strip();
        naam = naam.replaceAll("^\\.+", "");
        if (naam.length() > NAAM_MAX) {
            int punt = naam.lastIndexOf('.');
            String ext = punt > 0 && naam.length() - punt <= 6 ? naam.substring(punt) : "";
            naam = naam.substring(0, NAAM_MAX - ext.length()) + ext;
        }
        return naam.isEmpty() ? "bijlage" : naam;
    }
}
