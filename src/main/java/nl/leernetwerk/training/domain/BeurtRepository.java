package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BeurtRepository extends JpaRepository<Beurt, Long> {

    List<Beurt> findByBijeenkomst(Bijeenkomst bijeenkomst);

    long countByDeelnemer(Deelnemer deelnemer);

    java.util.Optional<Beurt> findFirstByBijeenkomstAndDeelnemerOrderByIdDesc(Bijeenkomst bijeenkomst, Deelnemer deelnemer);
}
