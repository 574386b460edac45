package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EigenOpdrachtRepository extends JpaRepository<EigenOpdracht, Long> {

    List<EigenOpdracht> findByEigenaarOrderByTitel(String eigenaar);
}
