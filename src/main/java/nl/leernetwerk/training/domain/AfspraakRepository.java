package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AfspraakRepository extends JpaRepository<Afspraak, Long> {

    List<Afspraak> findByGroepOrderById(Groep groep);

    List<Afspraak> findByVoorgesteldDoorOrderById(Deelnemer deelnemer);
}
