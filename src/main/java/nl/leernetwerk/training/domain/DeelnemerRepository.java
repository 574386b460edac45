package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeelnemerRepository extends JpaRepository<Deelnemer, Long> {

    List<Deelnemer> findByGroepOrderByNaam(Groep groep);

    long countByGroep(Groep groep);

    List<Deelnemer> findByGroepAndUitgeschrevenOpIsNullOrderByNaam(Groep groep);

    long countByGroepAndUitgeschrevenOpIsNull(Groep groep);

    java.util.Optional<Deelnemer> findByVerplaatstNaar(Deelnemer naar);

    @org.springframework.data.jpa.repository.Query("""
            select d from Deelnemer d where d.groep.status = nl.leernetwerk.training.GroepStatus.AFGEROND
              and d.groep.einddatum < :grens and d.naam <> :anoniem
            """)
    List<Deelnemer> teAnonimiseren(@org.springframework.data.repository.query.Param("grens") java.time.LocalDate grens,
            @org.springframework.data.repository.query.Param("anoniem") String anoniem);
}
