package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessiesjabloonRepository extends JpaRepository<Sessiesjabloon, Long> {

    List<Sessiesjabloon> findByTrainingSlugOrderByNaam(String trainingSlug);
}
