package nl.leernetwerk.kennisbank.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RevisieRepository extends JpaRepository<Revisie, Long> {

    List<Revisie> findByKennisrecordOrderByNummerDesc(Kennisrecord kennisrecord);

    Optional<Revisie> findByKennisrecordAndNummer(Kennisrecord kennisrecord, int nummer);

    /** Per record id its highest revision number; records without revisions are missing. */
    @Query("select r.kennisrecord.id, max(r.nummer) from Revisie r group by r.kennisrecord.id")
    List<Object[]> hoogsteNummers();

    @Query("select coalesce(max(r.nummer), 0) from Revisie r where r.kennisrecord = :kennisrecord")
    int hoogsteNummer(@Param("kennisrecord") Kennisrecord kennisrecord);
}
