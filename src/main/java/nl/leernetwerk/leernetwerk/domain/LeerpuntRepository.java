package nl.leernetwerk.leernetwerk.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LeerpuntRepository extends JpaRepository<Leerpunt, Long> {

    List<Leerpunt> findByBijeenkomstOrderByIdAsc(NetwerkBijeenkomst bijeenkomst);

    Optional<Leerpunt> findFirstByKennisrecordSlug(String kennisrecordSlug);

    /** Published leerpunten of the network that quote this member. */
    @Query("select l from Leerpunt l where l.bijeenkomst.netwerk = :netwerk and l.citaatVan = :naam"
            + " and l.kennisrecordSlug is not null order by l.id")
    List<Leerpunt> gepubliceerdMetCitaatVan(@Param("netwerk") Netwerk netwerk, @Param("naam") String naam);
}
