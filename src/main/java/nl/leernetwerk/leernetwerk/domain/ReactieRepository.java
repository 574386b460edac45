package nl.leernetwerk.leernetwerk.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReactieRepository extends JpaRepository<Reactie, Long> {

    List<Reactie> findByOnderwerpOrderByGeplaatstOpAscIdAsc(String onderwerp);
}
