package nl.leernetwerk.account.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRegelRepository extends JpaRepository<AuditRegel, Long> {

    List<AuditRegel> findByOnderwerpOrderByIdAsc(String onderwerp);
}
