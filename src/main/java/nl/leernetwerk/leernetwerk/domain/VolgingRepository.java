package nl.leernetwerk.leernetwerk.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.leernetwerk.Volgsoort;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface VolgingRepository extends JpaRepository<Volging, Long> {

    Optional<Volging> findByGebruikerAndSoortAndWaarde(String gebruiker, Volgsoort soort, String waarde);

    List<Volging> findByGebruikerOrderBySoortAscWaardeAsc(String gebruiker);

    /**
     * Who follows a record, one of its themas or one of its werkzame elementen: one query per
     * change, without flushing first (it runs for every record an import changes).
     */
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    @Query("""
            select distinct v.gebruiker from Volging v
            where (v.soort = nl.leernetwerk.leernetwerk.Volgsoort.RECORD and v.waarde = :slug)
               or (v.soort = nl.leernetwerk.leernetwerk.Volgsoort.THEMA and v.waarde in :themas)
               or (v.soort = nl.leernetwerk.leernetwerk.Volgsoort.WERKZAAM_ELEMENT and v.waarde in :elementen)
            """)
    List<String> volgersVan(@Param("slug") String slug, @Param("themas") Collection<String> themas,
            @Param("elementen") Collection<String> elementen);
}
