package nl.leernetwerk.kennisbank;

import java.util.List;
import java.util.Map;

/**
 * The evidence-and-gap map: werkzame elementen against doelgroepen or treden; each cell holds
 * the praktijkvoorbeelden that show that element for that doelgroep or trede. An empty cell is a gap.
 */
public record GapKaart(As as, List<String> kolommen, List<Rij> rijen) {

    /** What the columns are. */
    public enum As {
        DOELGROEP,
        TREDE
    }

    public record Rij(KennisrecordSamenvatting element, String cluster, Map<String, List<KennisrecordSamenvatting>> cellen) {

        public List<KennisrecordSamenvatting> cel(String kolom) {
            return cellen.getOrDefault(kolom, List.of());
        }
    }
}
