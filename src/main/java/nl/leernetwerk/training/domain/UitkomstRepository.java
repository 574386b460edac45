package nl.leernetwerk.training.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UitkomstRepository extends JpaRepository<Uitkomst, Long> {

    List<Uitkomst> findByDeelnemerGroepIn(Collection<Groep> groepen);

    java.util.Optional<Uitkomst> findByDeelnemer(Deelnemer deelnemer);
}
