package nl.leernetwerk.kennisbank.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.leernetwerk.kennisbank.KennisType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface KennisrecordRepository extends JpaRepository<Kennisrecord, Long> {

    Optional<Kennisrecord> findBySlug(String slug);

    @Query("select r.id from Kennisrecord r")
    List<Long> alleIds();

    List<Kennisrecord> findByType(KennisType type);

    List<Kennisrecord> findBySlugIn(Collection<String> slugs);

    /** Id, slug and title of these records, without loading them. */
    @Query("select r.id, r.slug, r.titel from Kennisrecord r where r.id in :ids")
    List<Object[]> slugsEnTitels(@Param("ids") Collection<Long> ids);

    /**
     * Title, summary, Markdown body and the body as plain text (null for rows written before it was kept) of every
     * record, streamed (use within a transaction, then close).
     */
    @Query("select r.titel, r.samenvatting, r.inhoud, r.platteTekst from Kennisrecord r")
    @QueryHints(@jakarta.persistence.QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, value = "500"))
    Stream<Object[]> teksten();

    /** Fingerprint of the whole kennisbank: changes whenever a record is added or changed. */
    @Query("select count(r) || '/' || coalesce(cast(max(r.gewijzigdOp) as string), '') from Kennisrecord r")
    String versie();

    @Query("""
            select r from Kennisrecord r
            where (:type is null or r.type = :type)
              and (:thema is null or :thema member of r.themas)
            """)
    Page<Kennisrecord> zoekOpTypeEnThema(
            @Param("type") KennisType type, @Param("thema") String thema, Pageable pageable);

    @Query("select r.type, count(r) from Kennisrecord r group by r.type")
    List<Object[]> telPerType();

    @Query("select t, count(r) from Kennisrecord r join r.themas t group by t order by t")
    List<Object[]> telPerThema();

    @Query("select distinct r from Kennisrecord r join r.bronnen b where b.bron = :bron")
    List<Kennisrecord> gebruikersVanBron(@Param("bron") Kennisrecord bron);
}
