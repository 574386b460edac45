package nl.leernetwerk.leernetwerk.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetwerkBijeenkomstRepository extends JpaRepository<NetwerkBijeenkomst, Long> {

    List<NetwerkBijeenkomst> findByNetwerkOrderByDatumDesc(Netwerk netwerk);
}
