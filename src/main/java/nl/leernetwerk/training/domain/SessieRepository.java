package nl.leernetwerk.training.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessieRepository extends JpaRepository<Sessie, Long> {

    Optional<Sessie> findByBijeenkomst(Bijeenkomst bijeenkomst);
}
