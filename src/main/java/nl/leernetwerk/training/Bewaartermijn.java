package nl.leernetwerk.training;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.AanwezigheidRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.OpvolgingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AVG retention: participants of a group that ended more than {@code leernetwerk.bewaartermijn.maanden}
 * months ago are anonymised, and the notes of their follow-ups and the session texts about them
 * (answers, tips, what they gained) forgotten. Runs every night.
 */
@Component
public class Bewaartermijn {

    private static final Logger log = LoggerFactory.getLogger(Bewaartermijn.class);

    private final DeelnemerRepository deelnemers;
    private final AanwezigheidRepository aanwezigheden;
    private final OpvolgingRepository opvolgingen;
    private final AuditLog auditLog;
    private final TransactionTemplate transactie;
    private final Aanmelding aanmelding;
    private final int maanden;
    private final SessiePrivacy sessiePrivacy;

    Bewaartermijn(DeelnemerRepository deelnemers, AanwezigheidRepository aanwezigheden, OpvolgingRepository opvolgingen,
            AuditLog auditLog, TransactionTemplate transactie, Aanmelding aanmelding,
            @Value("${leernetwerk.bewaartermijn.maanden}") int maanden, SessiePrivacy sessiePrivacy) {
        this.sessiePrivacy = sessiePrivacy;
        this.deelnemers = deelnemers;
        this.aanwezigheden = aanwezigheden;
        this.opvolgingen = opvolgingen;
        this.auditLog = auditLog;
        this.transactie = transactie;
        this.aanmelding = aanmelding;
        this.maanden = maanden;
    }

    @Scheduled(cron = "${leernetwerk.bewaartermijn.cron}", zone = "Europe/Amsterdam")
    void elkeNacht() {
        int aantal = pasToe(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        if (aantal > 0) {
            log.info("Bewaartermijn: {} deelnemers geanonimiseerd", aantal);
        }
    }

    /** Anonymises everyone past the retention period on {@code vandaag}; returns how many. */
    public int pasToe(LocalDate vandaag) {
        return aanmelding.als(Aanmelding.SYSTEEM, Rol.BEHEERDER, () -> transactie.execute(status -> {
            List<Deelnemer> verlopen = deelnemers.teAnonimiseren(vandaag.minusMonths(maanden), Deelnemer.ANONIEM);
            for (Deelnemer deelnemer : verlopen) {
                deelnemer.anonimiseer();
                aanwezigheden.findByDeelnemerOrderById(deelnemer).forEach(a ->
                        opvolgingen.findByAanwezigheid(a).ifPresent(o -> o.wisNotities()));
                sessiePrivacy.wisTeksten(deelnemer);
                auditLog.leg("deelnemer geanonimiseerd (bewaartermijn)", "deelnemer:" + deelnemer.id().orElseThrow());
            }
            return verlopen.size();
        }));
    }
}
