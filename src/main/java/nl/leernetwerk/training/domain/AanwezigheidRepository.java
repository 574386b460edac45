package nl.leernetwerk.training.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AanwezigheidRepository extends JpaRepository<Aanwezigheid, Long> {

    List<Aanwezigheid> findByBijeenkomst(Bijeenkomst bijeenkomst);

    List<Aanwezigheid> findByBijeenkomstGroep(Groep groep);

    List<Aanwezigheid> findByDeelnemerOrderById(Deelnemer deelnemer);

    Optional<Aanwezigheid> findByBijeenkomstAndDeelnemer(Bijeenkomst bijeenkomst, Deelnemer deelnemer);
}
