package nl.leernetwerk.leernetwerk.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeerpuntRepository extends JpaRepository<Leerpunt, Long> {

    List<Leerpunt> findByBijeenkomstOrderByIdAsc(NetwerkBijeenkomst bijeenkomst);
}
