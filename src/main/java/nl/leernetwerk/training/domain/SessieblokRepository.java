package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessieblokRepository extends JpaRepository<Sessieblok, Long> {

    List<Sessieblok> findByBijeenkomstOrderByVolgorde(Bijeenkomst bijeenkomst);

    List<Sessieblok> findBySjabloonOrderByVolgorde(Sessiesjabloon sjabloon);

    List<Sessieblok> findByBijeenkomstGroepIn(java.util.Collection<Groep> groepen);
}
