package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BijeenkomstRepository extends JpaRepository<Bijeenkomst, Long> {

    List<Bijeenkomst> findByGroepOrderByDatumAscBegintijdAsc(Groep groep);
}
