package nl.leernetwerk.training.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OpvolgingRepository extends JpaRepository<Opvolging, Long> {

    Optional<Opvolging> findByAanwezigheid(Aanwezigheid aanwezigheid);

    @Query("""
            select o from Opvolging o join o.aanwezigheid a join a.bijeenkomst b join b.groep g
            where o.afgerondOp is null and (:alle = true or :trainer member of g.trainers)
            order by b.datum, b.begintijd
            """)
    List<Opvolging> openVoor(@Param("trainer") String trainer, @Param("alle") boolean alle);

    @Query("""
            select count(o) from Opvolging o join o.aanwezigheid a join a.bijeenkomst b join b.groep g
            where o.afgerondOp is null and (:alle = true or :trainer member of g.trainers)
            """)
    long aantalOpenVoor(@Param("trainer") String trainer, @Param("alle") boolean alle);
}
