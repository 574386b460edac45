package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BijdrageRepository extends JpaRepository<Bijdrage, Long> {

    List<Bijdrage> findByBijeenkomstOrderById(Bijeenkomst bijeenkomst);

    List<Bijdrage> findByDeelnemerOrderById(Deelnemer deelnemer);
}
