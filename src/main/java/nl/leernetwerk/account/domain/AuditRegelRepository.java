package nl.leernetwerk.account.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditRegelRepository extends JpaRepository<AuditRegel, Long> {

    List<AuditRegel> findByOnderwerpOrderByIdAsc(String onderwerp);

    @Query("select distinct r.actie from AuditRegel r order by r.actie")
    List<String> distinctActies();
}
