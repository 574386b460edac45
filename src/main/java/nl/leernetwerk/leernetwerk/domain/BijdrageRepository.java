package nl.leernetwerk.leernetwerk.domain;

import java.util.Collection;
import java.util.Optional;
import nl.leernetwerk.leernetwerk.BijdrageStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BijdrageRepository extends JpaRepository<Bijdrage, Long> {

    Page<Bijdrage> findByAuteurOrderByGewijzigdOpDesc(String auteur, Pageable pagina);

    Page<Bijdrage> findByStatusInOrderByGewijzigdOpAsc(Collection<BijdrageStatus> statussen, Pageable pagina);

    @Query("select b from Bijdrage b where b.status = nl.leernetwerk.leernetwerk.BijdrageStatus.GEPUBLICEERD"
            + " and b.type <> nl.leernetwerk.leernetwerk.BijdrageType.PRAKTIJKVOORBEELD order by b.gewijzigdOp desc")
    Page<Bijdrage> gedeeld(Pageable pagina);

    /** What a leerpunt can come from: every published contribution (shared or in the kennisbank). */
    java.util.List<Bijdrage> findByStatusOrderByGewijzigdOpDesc(BijdrageStatus status);

    Optional<Bijdrage> findFirstByKennisrecordSlug(@Param("slug") String slug);

}
