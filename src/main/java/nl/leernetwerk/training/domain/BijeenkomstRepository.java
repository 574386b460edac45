package nl.leernetwerk.training.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BijeenkomstRepository extends JpaRepository<Bijeenkomst, Long> {

    List<Bijeenkomst> findByGroepOrderByDatumAscBegintijdAsc(Groep groep);

    /** The bijeenkomsten from {@code van} to {@code tot} (inclusive) of the trainer's groups, or of all groups. */
    @Query("""
            select b from Bijeenkomst b join fetch b.groep g
            where b.datum between :van and :tot and (:alle = true or :trainer member of g.trainers)
            order by b.datum, b.begintijd, g.naam
            """)
    List<Bijeenkomst> inPeriode(@Param("van") LocalDate van, @Param("tot") LocalDate tot,
            @Param("trainer") String trainer, @Param("alle") boolean alle);
}
