package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroepRepository extends JpaRepository<Groep, Long> {

    List<Groep> findByTrainersContainsOrderByStartdatumDesc(String gebruikersnaam);

    List<Groep> findAllByOrderByStartdatumDesc();
}
