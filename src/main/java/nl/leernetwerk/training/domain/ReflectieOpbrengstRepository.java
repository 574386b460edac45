package nl.leernetwerk.training.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReflectieOpbrengstRepository extends JpaRepository<ReflectieOpbrengst, Long> {

    List<ReflectieOpbrengst> findByReflectie(Reflectie reflectie);

    List<ReflectieOpbrengst> findByDeelnemerOrderById(Deelnemer deelnemer);
}
