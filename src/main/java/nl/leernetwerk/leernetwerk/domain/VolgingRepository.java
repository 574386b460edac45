package nl.leernetwerk.leernetwerk.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.leernetwerk.Volgsoort;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.QueryHints;

public interface VolgingRepository extends JpaRepository<Volging, Long> {

    Optional<Volging> findByGebruikerAndSoortAndWaarde(String gebruiker, Volgsoort soort, String waarde);

    List<Volging> findByGebruikerOrderBySoortAscWaardeAsc(String gebruiker);

    /** Without flushing first: called for every record an import changes, where flushing each time costs. */
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    List<Volging> findBySoortAndWaardeIn(Volgsoort soort, Collection<String> waarden);
}
