package nl.leernetwerk.kennisbank.inhoud;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports {@code leernetwerk.content.dir} at start-up. Invalid content is logged file by file
 * and not imported; the application still starts with what it had.
 */
@Component
@Order(1)
class InhoudBijStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InhoudBijStart.class);

    private final InhoudService inhoud;
    private final Path map;
    private final Aanmelding aanmelding;

    InhoudBijStart(InhoudService inhoud, @Value("${leernetwerk.content.dir}") Path map, Aanmelding aanmelding) {
        this.inhoud = inhoud;
        this.map = map;
        this.aanmelding = aanmelding;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Files.isDirectory(map)) {
            log.info("Geen inhoudsmap {}: niets geïmporteerd", map.toAbsolutePath());
            return;
        }
        try {
            // the import is a beheer action; at start-up the system performs it
            ImportResultaat resultaat = aanmelding.als(Aanmelding.SYSTEEM, Rol.BEHEERDER, () -> inhoud.importeer(map));
            log.info("Inhoud uit {}: {} nieuw, {} gewijzigd, {} ongewijzigd", map.toAbsolutePath(),
                    resultaat.nieuw(), resultaat.gewijzigd(), resultaat.ongewijzigd());
        } catch (OngeldigeInhoudException e) {
            log.error("Inhoud uit {} niet geïmporteerd, {} fout(en):\n{}", map.toAbsolutePath(), e.fouten().size(),
                    e.getMessage());
        }
    }
}
