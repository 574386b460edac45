package nl.leernetwerk.leernetwerk.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeldingRepository extends JpaRepository<Melding, Long> {

    Page<Melding> findByOntvangerOrderByAangemaaktOpDescIdDesc(String ontvanger, Pageable pagina);

    long countByOntvangerAndGelezenFalse(String ontvanger);

    List<Melding> findByOntvangerAndGelezenFalse(String ontvanger);
}
