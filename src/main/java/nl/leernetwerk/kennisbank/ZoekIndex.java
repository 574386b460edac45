package nl.leernetwerk.kennisbank;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database. Records saved through JPA are indexed when
 * their transaction commits (a rolled-back transaction leaves the index alone); at start-up (after
 * the content import) a consistency check compares the ids in the database with those in the index,
 * logs the figure, and rebuilds the index when they differ, e.g. after a restore or a deleted index folder.
 */
@Component
@Order(2)
public class ZoekIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ZoekIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final KennisrecordRepository records;

    ZoekIndex(EntityManagerFactory entityManagerFactory, KennisrecordRepository records) {
        this.entityManagerFactory = entityManagerFactory;
        this.records = records;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        IndexControle controle = vergelijk();
        log.info("Consistentiecontrole zoekindex: {} records in de database, {} in de index, {} verschillen",
                controle.inDatabase(), controle.inIndex(), controle.verschillen());
        if (!controle.klopt()) {
            log.info("Zoekindex wijkt af ({} ontbreken, {} overbodig): index wordt opnieuw opgebouwd",
                    controle.ontbreken().size(), controle.overbodig().size());
            herbouw();
            controle = vergelijk();
            log.info("Consistentiecontrole zoekindex na herbouw: {} verschillen", controle.verschillen());
        }
    }

    /** Compares the ids in the database with those in the index (for beheerders, next to the rebuild). */
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR})
    public IndexControle controleer() {
        return vergelijk();
    }

    private IndexControle vergelijk() {
        java.util.Set<Long> inDatabase = new java.util.TreeSet<>(records.alleIds());
        java.util.Set<Long> inIndex;
        try (EntityManager sessie = entityManagerFactory.createEntityManager()) {
            inIndex = new java.util.TreeSet<>(Search.session(sessie).search(Kennisrecord.class)
                    .select(f -> f.id(Long.class)).where(f -> f.matchAll()).fetchAllHits());
        }
        return new IndexControle(inDatabase.size(), inIndex.size(),
                inDatabase.stream().filter(id -> !inIndex.contains(id)).toList(),
                inIndex.stream().filter(id -> !inDatabase.contains(id)).toList());
    }

    public long aantalInIndex() {
        try (EntityManager sessie = entityManagerFactory.createEntityManager()) {
            return Search.session(sessie).search(Kennisrecord.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    public long aantalInDatabase() {
        return records.count();
    }

    /** Rebuilds the whole index from the database (the one-click repair for beheerders). */
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR})
    public void herbouwIndex() throws InterruptedException {
        herbouw();
    }

    /**
     * Loads records in batches of 100 (with {@code default_batch_fetch_size}, a handful of queries per batch
     * instead of one per record) and merges the index into one segment at the end: facet counting and
     * search then work on one segment instead of dozens (docs/benchmarks.md).
     */
    private void herbouw() throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(Kennisrecord.class).massIndexer()
                .batchSizeToLoadObjects(100)
                .mergeSegmentsOnFinish(true)
                .startAndWait();
    }
}
