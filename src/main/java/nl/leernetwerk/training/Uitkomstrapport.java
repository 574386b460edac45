package nl.leernetwerk.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Instroom, doorstroom and uitstroom of one or more groups, like the result tables of seed 003
 * (Bijlage 2): how many started (per trede), rose to a higher trede or within one, and where they went.
 * Percentages are of the instroom.
 */
public record Uitkomstrapport(int groepen, long instroom, Map<Integer, Long> instroomPerTrede,
        long tredeStartOnbekend, long naarHogereTrede, long binnenTrede, long zelfdeTrede, long lagereTrede,
        long doorstroomOnbekend, Map<Uitstroom, Long> uitstroom, long uitstroomOnbekend) {

    public enum Sectie { INSTROOM, DOORSTROOM, UITSTROOM }

    /** One line of the report: its section, the i18n key of its label, and the count. */
    public record Rij(Sectie sectie, String sleutel, long aantal) {}

    /** Counts the outcomes of these participants: (trede at start, outcome or null). */
    static Uitkomstrapport van(int groepen, List<Invoer> deelnemers) {
        Map<Integer, Long> perTrede = new java.util.TreeMap<>();
        Map<Uitstroom, Long> uitstroom = new EnumMap<>(Uitstroom.class);
        long startOnbekend = 0, hoger = 0, binnen = 0, zelfde = 0, lager = 0, doorOnbekend = 0, uitOnbekend = 0;
        for (Invoer d : deelnemers) {
            if (d.tredeStart() == null) {
                startOnbekend++;
            } else {
                perTrede.merge(d.tredeStart(), 1L, Long::sum);
            }
            if (d.tredeStart() == null || d.tredeEind() == null) {
                doorOnbekend++;
            } else if (d.tredeEind() > d.tredeStart()) {
                hoger++;
            } else if (d.tredeEind() < d.tredeStart()) {
                lager++;
            } else if (d.binnenTrede()) {
                binnen++;
            } else {
                zelfde++;
            }
            if (d.uitstroom() == null) {
                uitOnbekend++;
            } else {
                uitstroom.merge(d.uitstroom(), 1L, Long::sum);
            }
        }
        return new Uitkomstrapport(groepen, deelnemers.size(), perTrede, startOnbekend, hoger, binnen, zelfde, lager,
                doorOnbekend, uitstroom, uitOnbekend);
    }

    /** What is counted per participant. */
    record Invoer(Integer tredeStart, Integer tredeEind, boolean binnenTrede, Uitstroom uitstroom) {}

    /** The report as rows, in the order of the tables: instroom, doorstroom, uitstroom. */
    public List<Rij> rijen() {
        List<Rij> rijen = new ArrayList<>();
        rijen.add(new Rij(Sectie.INSTROOM, "uitkomst.rij.instroom", instroom));
        for (int trede = 1; trede <= 6; trede++) {
            rijen.add(new Rij(Sectie.INSTROOM, "uitkomst.rij.trede." + trede, instroomPerTrede.getOrDefault(trede, 0L)));
        }
        rijen.add(new Rij(Sectie.INSTROOM, "uitkomst.rij.trede.onbekend", tredeStartOnbekend));
        rijen.add(new Rij(Sectie.DOORSTROOM, "uitkomst.rij.hoger", naarHogereTrede));
        rijen.add(new Rij(Sectie.DOORSTROOM, "uitkomst.rij.binnen", binnenTrede));
        rijen.add(new Rij(Sectie.DOORSTROOM, "uitkomst.rij.zelfde", zelfdeTrede));
        rijen.add(new Rij(Sectie.DOORSTROOM, "uitkomst.rij.lager", lagereTrede));
        rijen.add(new Rij(Sectie.DOORSTROOM, "uitkomst.rij.doorstroom.onbekend", doorstroomOnbekend));
        for (Uitstroom u : Uitstroom.values()) {
            rijen.add(new Rij(Sectie.UITSTROOM, "uitstroom." + u.name(), uitstroom.getOrDefault(u, 0L)));
        }
        rijen.add(new Rij(Sectie.UITSTROOM, "uitkomst.rij.uitstroom.onbekend", uitstroomOnbekend));
        return rijen;
    }

    /** The share of the instroom, rounded to a whole percent; empty when nobody started. */
    public String percentage(long aantal) {
        return instroom == 0 ? "" : Math.round(100.0 * aantal / instroom) + "%";
    }
}
