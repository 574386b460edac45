package nl.leernetwerk.leernetwerk.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetwerkRepository extends JpaRepository<Netwerk, Long> {

    Page<Netwerk> findAllByOrderByNaam(Pageable pagina);

    boolean existsByNaamIgnoreCase(String naam);
}
