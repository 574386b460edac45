package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeelnemerRepository extends JpaRepository<Deelnemer, Long> {

    List<Deelnemer> findByGroepOrderByNaam(Groep groep);

    long countByGroep(Groep groep);
}
