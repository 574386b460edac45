package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InbrengRepository extends JpaRepository<Inbreng, Long> {

    List<Inbreng> findByBijeenkomstOrderById(Bijeenkomst bijeenkomst);

    List<Inbreng> findByDeelnemerOrderById(Deelnemer deelnemer);
}
