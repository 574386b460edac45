package nl.leernetwerk.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.leernetwerk.account.domain.AuditRegel;
import nl.leernetwerk.account.domain.AuditRegelRepository;
import nl.leernetwerk.basis.Csv;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read or changed what, and when: every access to participant data, role changes and
 * publications are written here. Append-only; a line is written in the caller's transaction, so
 * a change that rolls back leaves no line claiming it happened.
 */
@Service
public class AuditLog {

    /** Days of the period filter and times of the export are Dutch. */
    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    /** A line of the log as others see it. */
    public record Regel(Instant tijdstip, String gebruiker, String actie, String onderwerp) {}

    private final AuditRegelRepository regels;
    private final SecurityContextHolderStrategy beveiliging;
    private final Clock klok = Clock.systemUTC();

    @PersistenceContext
    private EntityManager entityManager;

    AuditLog(AuditRegelRepository regels, SecurityContextHolderStrategy beveiliging) {
        this.regels = regels;
        this.beveiliging = beveiliging;
    }

    /** @param onderwerp what was accessed, e.g. {@code deelnemer:12} */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leg(String actie, String onderwerp) {
        regels.save(new AuditRegel(klok.instant(), huidigeGebruiker(), actie, onderwerp));
    }

    public String huidigeGebruiker() {
        Authentication authenticatie = beveiliging.getContext().getAuthentication();
        return authenticatie == null ? "anoniem" : authenticatie.getName();
    }

    @Secured(Rol.Authority.BEHEERDER)
    @Transactional(readOnly = true)
    public List<Regel> over(String onderwerp) {
        return regels.findByOnderwerpOrderByIdAsc(onderwerp).stream().map(AuditLog::regel).toList();
    }

    /** One page of the selection, newest first. */
    @Secured(Rol.Authority.BEHEERDER)
    @Transactional(readOnly = true)
    public List<Regel> zoek(AuditFilter filter, int offset, int limit) {
        return selectie(filter).setFirstResult(offset).setMaxResults(limit).getResultStream().map(AuditLog::regel).toList();
    }

    @Secured(Rol.Authority.BEHEERDER)
    @Transactional(readOnly = true)
    public long tel(AuditFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditRegel> regel = query.from(AuditRegel.class);
        query.select(cb.count(regel)).where(voorwaarden(filter, cb, regel));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** The distinct actions in the log, for the filter's choice list. */
    @Secured(Rol.Authority.BEHEERDER)
    @Transactional(readOnly = true)
    public List<String> acties() {
        return regels.distinctActies();
    }

    /**
     * The selection as CSV (semicolon separated, for Dutch spreadsheets), newest first. Cells that
     * a spreadsheet would run as a formula are prefixed with an apostrophe. The export is audited.
     */
    @Secured(Rol.Authority.BEHEERDER)
    @Transactional
    public int exporteerCsv(AuditFilter filter, Writer uit) {
        DateTimeFormatter formaat = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(TIJDZONE);
        int aantal = 0;
        try {
            uit.write('\uFEFF');
            uit.write("tijdstip;gebruiker;actie;onderwerp\r\n");
            try (Stream<AuditRegel> stroom = selectie(filter).getResultStream()) {
                for (AuditRegel r : (Iterable<AuditRegel>) stroom::iterator) {
                    uit.write(String.join(";", formaat.format(r.tijdstip()), Csv.cel(r.gebruiker()),
                            Csv.cel(r.actie()), Csv.cel(r.onderwerp())));
                    uit.write("\r\n");
                    aantal++;
                }
            }
            uit.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        leg("auditlog geëxporteerd (" + aantal + " regels)", "auditlog");
        return aantal;
    }

    private jakarta.persistence.TypedQuery<AuditRegel> selectie(AuditFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditRegel> query = cb.createQuery(AuditRegel.class);
        Root<AuditRegel> regel = query.from(AuditRegel.class);
        query.select(regel).where(voorwaarden(filter, cb, regel)).orderBy(cb.desc(regel.get("id")));
        return entityManager.createQuery(query);
    }

    private static Predicate[] voorwaarden(AuditFilter filter, CriteriaBuilder cb, Root<AuditRegel> regel) {
        List<Predicate> voorwaarden = new ArrayList<>();
        bevat(cb, regel, "gebruiker", filter.gebruiker()).ifPresent(voorwaarden::add);
        bevat(cb, regel, "actie", filter.actie()).ifPresent(voorwaarden::add);
        bevat(cb, regel, "onderwerp", filter.onderwerp()).ifPresent(voorwaarden::add);
        if (filter.van() != null) {
            voorwaarden.add(cb.greaterThanOrEqualTo(regel.get("tijdstip"), filter.van().atStartOfDay(TIJDZONE).toInstant()));
        }
        if (filter.tot() != null) {
            voorwaarden.add(cb.lessThan(regel.get("tijdstip"), filter.tot().plusDays(1).atStartOfDay(TIJDZONE).toInstant()));
        }
        return voorwaarden.toArray(Predicate[]::new);
    }

    private static java.util.Optional<Predicate> bevat(CriteriaBuilder cb, Root<AuditRegel> regel, String veld, String deel) {
        if (deel == null || deel.isBlank()) {
            return java.util.Optional.empty();
        }
        String patroon = "%" + deel.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return java.util.Optional.of(cb.like(cb.lower(regel.get(veld)), patroon, '\\'));
    }

    private static Regel regel(AuditRegel r) {
        return new Regel(r.tijdstip(), r.gebruiker(), r.actie(), r.onderwerp());
    }
}
