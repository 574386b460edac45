package nl.leernetwerk.leernetwerk.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.leernetwerk.Volgsoort;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VolgingRepository extends JpaRepository<Volging, Long> {

    Optional<Volging> findByGebruikerAndSoortAndWaarde(String gebruiker, Volgsoort soort, String waarde);

    List<Volging> findByGebruikerOrderBySoortAscWaardeAsc(String gebruiker);

    List<Volging> findBySoortAndWaardeIn(Volgsoort soort, Collection<String> waarden);
}
