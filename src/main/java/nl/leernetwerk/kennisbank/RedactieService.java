package nl.leernetwerk.kennisbank;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.Teksten;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import nl.leernetwerk.kennisbank.domain.Revisie;
import nl.leernetwerk.kennisbank.domain.RevisieRepository;
import nl.leernetwerk.kennisbank.inhoud.OngeldigeInhoudException;
import nl.leernetwerk.kennisbank.inhoud.Revisies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the kennisbank in the app: publishing a new record (from the leernetwerk's review),
 * editing a record as its content text, its revisions, comparing any two and restoring one
 * as a new revision. Records written here are the app's; the content importer leaves them alone (D005).
 */
@Service
@Transactional(readOnly = true)
@Secured({Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
public class RedactieService {

    /** A record as its content text, with the version the editor started from. */
    public record Bewerkbaar(String slug, String titel, String tekst, long versie) {}

    public record RevisieSamenvatting(int nummer, Instant op, String door, String omschrijving, boolean klein) {}

    /** One line of a side-by-side comparison. */
    public record Verschilregel(String links, String rechts, Soort soort) {
        public enum Soort { GELIJK, GEWIJZIGD, TOEGEVOEGD, VERWIJDERD }
    }

    public static final int OMSCHRIJVING_MAX = Revisie.OMSCHRIJVING_MAX;
    private static final int SLUG_MAX = 80;

    private final KennisrecordRepository records;
    private final RevisieRepository revisieRepository;
    private final Revisies revisies;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher gebeurtenissen;
    private final SecurityContextHolderStrategy beveiliging;
    private final Clock klok = Clock.systemUTC();

    RedactieService(KennisrecordRepository records, RevisieRepository revisieRepository, Revisies revisies,
            AuditLog auditLog, ApplicationEventPublisher gebeurtenissen, SecurityContextHolderStrategy beveiliging) {
        this.beveiliging = beveiliging;
        this.records = records;
        this.revisieRepository = revisieRepository;
        this.revisies = revisies;
        this.auditLog = auditLog;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * Publishes a new record; its slug is {@code voorstel.slug()}, or that with a number when taken.
     *
     * @return the slug it got
     * @throws OngeldigRecordException when it breaks a rule of the content format
     */
    @Transactional
    public String publiceer(KennisrecordGegevens voorstel, String omschrijving) {
        String slug = vrijeSlug(voorstel.slug());
        List<OngeldigRecordException.Probleem> onbekend = voorstel.verwijzingen().stream()
                .filter(s -> revisies.typeVan(s).isEmpty())
                .map(s -> new OngeldigRecordException.Probleem(0, "inhoud.fout.verwijzing-onbekend",
                        List.of("verwijzing", s)))
                .toList();
        if (!onbekend.isEmpty()) {
            throw new OngeldigRecordException(onbekend);
        }
        String tekst = revisies.schrijf(voorstel.metSlug(slug));
        KennisrecordGegevens gegevens = lees(tekst);
        Kennisrecord record = new Kennisrecord(gegevens.type(), slug);
        record.neemOver(gegevens, revisies.hash(tekst), klok.instant());
        record = records.save(record);
        record.koppel(gegevens, this::opSlug);
        record.markeerInAppBewerkt();
        records.flush();
        String door = auditLog.huidigeGebruiker();
        revisies.legVast(record, door, omschrijving, false);
        auditLog.leg("kennisrecord gepubliceerd", "kennisrecord:" + slug);
        gebeurtenissen.publishEvent(KennisrecordGewijzigd.van(record.gegevens(), true, false, door));
        return slug;
    }

    public Optional<Bewerkbaar> bewerkbaar(String slug) {
        return records.findBySlug(slug).map(r -> new Bewerkbaar(slug, r.titel(), revisies.tekst(r), r.version()));
    }

    /**
     * Replaces the record by {@code tekst} (its content file) as a new revision; nothing happens when
     * nothing changed.
     *
     * @param versie the version the editor started from; another editor's change since then is refused
     * @param klein a small change: no notifications to followers
     * @throws ObjectOptimisticLockingFailureException when someone else changed it in the meantime
     * @throws OngeldigRecordException when the text breaks a rule of the content format
     */
    @Transactional
    public void bewerk(String slug, String tekst, long versie, String omschrijving, boolean klein) {
        Kennisrecord record = records.findBySlug(slug).orElseThrow();
        if (record.version() != versie) {
            throw new ObjectOptimisticLockingFailureException(Kennisrecord.class, slug);
        }
        KennisrecordGegevens gegevens = lees(tekst);
        if (!gegevens.slug().equals(slug) || gegevens.type() != record.type()) {
            throw new OngeldigRecordException(List.of(new OngeldigRecordException.Probleem(0, "revisie.fout.id",
                    List.of(slug, record.type().code()))));
        }
        String voor = revisies.tekst(record);
        record.neemOver(gegevens, revisies.hash(tekst), klok.instant());
        record.koppel(gegevens, this::opSlug);
        if (voor.equals(revisies.tekst(record))) {
            return;
        }
        record.markeerInAppBewerkt();
        records.flush();
        String door = auditLog.huidigeGebruiker();
        revisies.legVast(record, door, omschrijving, klein);
        auditLog.leg("kennisrecord gewijzigd", "kennisrecord:" + slug);
        gebeurtenissen.publishEvent(KennisrecordGewijzigd.van(record.gegevens(), false, klein, door));
    }

    /**
     * Someone withdrew their consent to be named: every line of the record's text that is exactly
     * {@code regel} becomes {@code vervanging}, as a new revision by the current user (a small one:
     * followers are not told, the name is not repeated to them). A member may call this, but only
     * to take their own user name out; the redactie for anyone.
     *
     * @return whether the record changed
     */
    @Transactional
    @Secured({Rol.Authority.LID, Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER, Rol.Authority.TRAINER})
    public boolean vervangRegel(String slug, String regel, String vervanging, String omschrijving, String naam) {
        String door = auditLog.huidigeGebruiker();
        boolean redactie = beveiliging.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Rol.Authority.REDACTEUR) || a.getAuthority().equals(Rol.Authority.BEHEERDER));
        if (!redactie && (!naam.equals(door) || !regel.contains(naam) || vervanging.contains(naam))) {
            throw new AccessDeniedException("alleen de eigen naam");
        }
        Kennisrecord record = records.findBySlug(slug).orElseThrow();
        String voor = revisies.tekst(record);
        String na = voor.lines().map(r -> r.equals(regel) ? vervanging : r)
                .collect(java.util.stream.Collectors.joining("\n", "", voor.endsWith("\n") ? "\n" : ""));
        if (na.equals(voor)) {
            return false;
        }
        bewerk(slug, na, record.version(), omschrijving, true);
        return true;
    }

    /** Makes revision {@code nummer} the record's state again, as a new revision. */
    @Transactional
    public void herstel(String slug, int nummer, long versie) {
        Kennisrecord record = records.findBySlug(slug).orElseThrow();
        Revisie revisie = revisieRepository.findByKennisrecordAndNummer(record, nummer).orElseThrow();
        bewerk(slug, revisie.tekst(), versie, Teksten.nl("revisie.omschrijving.herstel", nummer), false);
        auditLog.leg("revisie hersteld", "kennisrecord:" + slug + "#" + nummer);
    }

    /** Newest first. */
    public List<RevisieSamenvatting> revisies(String slug) {
        return records.findBySlug(slug).map(r -> revisieRepository.findByKennisrecordOrderByNummerDesc(r).stream()
                .map(v -> new RevisieSamenvatting(v.nummer(), v.op(), v.door(), v.omschrijving(), v.klein()))
                .toList()).orElse(List.of());
    }

    public Optional<String> revisieTekst(String slug, int nummer) {
        return records.findBySlug(slug).flatMap(r -> revisieRepository.findByKennisrecordAndNummer(r, nummer))
                .map(Revisie::tekst);
    }

    /** Revision {@code van} (left) and {@code naar} (right) side by side, line by line. */
    public List<Verschilregel> vergelijk(String slug, int van, int naar) {
        List<String> links = revisieTekst(slug, van).orElseThrow().lines().toList();
        List<String> rechts = revisieTekst(slug, naar).orElseThrow().lines().toList();
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(false).lineNormalizer(s -> s).build();
        return generator.generateDiffRows(links, rechts).stream()
                .map(rij -> new Verschilregel(rij.getOldLine(), rij.getNewLine(), soort(rij.getTag())))
                .toList();
    }

    private static Verschilregel.Soort soort(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> Verschilregel.Soort.GELIJK;
            case CHANGE -> Verschilregel.Soort.GEWIJZIGD;
            case INSERT -> Verschilregel.Soort.TOEGEVOEGD;
            case DELETE -> Verschilregel.Soort.VERWIJDERD;
        };
    }

    /** A slug for a title: lowercase, accents dropped, words joined by hyphens. */
    public static String slugVan(String titel) {
        String zonderAccenten = Normalizer.normalize(titel, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > SLUG_MAX) {
            slug = slug.substring(0, SLUG_MAX).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "bijdrage" : slug;
    }

    private String vrijeSlug(String voorstel) {
        String slug = voorstel;
        for (int i = 2; records.findBySlug(slug).isPresent(); i++) {
            slug = voorstel + "-" + i;
        }
        return slug;
    }

    private Kennisrecord opSlug(String slug) {
        return records.findBySlug(slug).orElseThrow();
    }

    private KennisrecordGegevens lees(String tekst) {
        try {
            return revisies.lees(tekst);
        } catch (OngeldigeInhoudException e) {
            throw new OngeldigRecordException(e.fouten().stream()
                    .map(f -> new OngeldigRecordException.Probleem(f.regel(), f.sleutel(), f.argumenten())).toList());
        }
    }
}
