package nl.leernetwerk.kennisbank;

import java.util.List;

/**
 * The search index compared with the database, record by record.
 *
 * @param ontbreken ids in the database that the index does not hold (not findable)
 * @param overbodig ids in the index that the database does not hold (ghost results)
 */
public record IndexControle(long inDatabase, long inIndex, List<Long> ontbreken, List<Long> overbodig) {

    public IndexControle {
        ontbreken = List.copyOf(ontbreken);
        overbodig = List.copyOf(overbodig);
    }

    public boolean klopt() {
        return ontbreken.isEmpty() && overbodig.isEmpty();
    }

    public int verschillen() {
        return ontbreken.size() + overbodig.size();
    }
}
