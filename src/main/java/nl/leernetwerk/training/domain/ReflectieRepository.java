package nl.leernetwerk.training.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReflectieRepository extends JpaRepository<Reflectie, Long> {

    Optional<Reflectie> findByBijeenkomst(Bijeenkomst bijeenkomst);

    List<Reflectie> findByBijeenkomstGroepIn(Collection<Groep> groepen);
}
