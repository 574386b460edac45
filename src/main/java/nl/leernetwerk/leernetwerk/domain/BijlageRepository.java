package nl.leernetwerk.leernetwerk.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BijlageRepository extends JpaRepository<Bijlage, Long> {

    @Query("select new nl.leernetwerk.leernetwerk.domain.BijlageRegel(b.id, b.bijdrage.id, b.naam, b.grootte)"
            + " from Bijlage b where b.bijdrage.id = :bijdrageId order by b.id")
    List<BijlageRegel> regels(@Param("bijdrageId") long bijdrageId);

    @Query("select new nl.leernetwerk.leernetwerk.domain.BijlageRegel(b.id, b.bijdrage.id, b.naam, b.grootte)"
            + " from Bijlage b where b.id = :id")
    Optional<BijlageRegel> regel(@Param("id") long id);

    long countByBijdrage(Bijdrage bijdrage);
}
