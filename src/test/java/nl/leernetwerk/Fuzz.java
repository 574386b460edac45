package nl.leernetwerk;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A small property-based test runner: a property is checked against many generated inputs from a
 * fixed seed (reproducible in CI; override with {@code -Dfuzz.seed=...}, scale the number of tries
 * with {@code -Dfuzz.factor=10}). A failing input is shrunk (parts left out while it still fails)
 * and reported with the seed. Prints how many inputs were tried.
 */
public final class Fuzz {

    /** A check that throws (AssertionError or anything else) when the property does not hold. */
    @FunctionalInterface
    public interface Eigenschap<T> {
        void geldt(T invoer) throws Exception;
    }

    private Fuzz() {}

    public static long seed() {
        return Long.getLong("fuzz.seed", 20261123L);
    }

    public static int pogingen(int standaard) {
        return (int) Math.max(1, standaard * Double.parseDouble(System.getProperty("fuzz.factor", "1")));
    }

    /** Checks the property for {@code pogingen} strings; returns the number checked. */
    public static int strings(String naam, int pogingen, Function<Random, String> generator, Eigenschap<String> eigenschap) {
        Random random = new Random(seed() ^ naam.hashCode());
        long traagsteNanos = 0;
        String traagste = "";
        for (int i = 0; i < pogingen; i++) {
            String invoer = generator.apply(random);
            long start = System.nanoTime();
            Throwable fout = faalt(eigenschap, invoer);
            long duur = System.nanoTime() - start;
            if (duur > traagsteNanos) {
                traagsteNanos = duur;
                traagste = invoer;
            }
            if (fout != null) {
                String klein = krimp(invoer, eigenschap);
                AssertionError melding = new AssertionError("%s: property fails after %d tries (seed %d) for input %s"
                        .formatted(naam, i + 1, seed(), zichtbaar(klein)), faalt(eigenschap, klein));
                throw melding;
            }
        }
        System.out.printf("Fuzz %s: %d executions, 0 failures (seed %d); slowest %d ms for %d characters%n",
                naam, pogingen, seed(), traagsteNanos / 1_000_000, traagste.length());
        return pogingen;
    }

    private static Throwable faalt(Eigenschap<String> eigenschap, String invoer) {
        try {
            eigenschap.geldt(invoer);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /** Leaves out ever smaller parts while the property still fails (delta debugging, bounded). */
    private static String krimp(String invoer, Eigenschap<String> eigenschap) {
        String huidig = invoer;
        int stukken = 2;
        int stappen = 0;
        while (huidig.length() > 1 && stappen++ < 500) {
            int grootte = Math.max(1, huidig.length() / stukken);
            boolean kleiner = false;
            for (int start = 0; start < huidig.length(); start += grootte) {
                String zonder = huidig.substring(0, start) + huidig.substring(Math.min(huidig.length(), start + grootte));
                if (faalt(eigenschap, zonder) != null) {
                    huidig = zonder;
                    kleiner = true;
                    break;
                }
            }
            if (!kleiner) {
                if (grootte == 1) {
                    break;
                }
                stukken *= 2;
            }
        }
        return huidig;
    }

    private static String zichtbaar(String tekst) {
        StringBuilder s = new StringBuilder("\"");
        tekst.codePoints().forEach(c -> s.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate((char) c)
                ? "\\u%04x".formatted(c) : Character.toString(c)));
        return s.append('"').toString();
    }

    // --- generators ---

    private static final String[] STUKJES = {
        "\"", "'", "`", "\\", "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "~", "*", "?", ":", "/",
        "AND", "OR", "NOT", "*:*", "\"\"", "~2", "^10", "field:", "\u0000", "\t", "\r\n", "\n", " ", "   ", "\u00a0",
        "\u200b", "\ufeff", "\ud800", "\udfff", "\ud83d\ude00", "é", "ß", "ﬁ", "İ", "ğ", "中文", "العربية", "---",
        "- ", ": ", "#", "%", "@", "|", ">", "&a", "*a", "!!binary", "!!python/object", "? ", "<<: ", "...", ";", ",",
        "<script>", "%s", "${x}", "0", "-1", "99999999999999999999", "1e309", "NaN", "null", "~", "true", "yes",
        "re-integratie", "werkfit", "maatje", "sollicitatie", "jongeren"
    };

    /** Text as a person or a broken client might send it: operators, quotes, control characters, scripts, long runs. */
    public static String tekst(Random random) {
        StringBuilder s = new StringBuilder();
        int delen = random.nextInt(random.nextInt(10) == 0 ? 400 : 12);
        for (int i = 0; i < delen; i++) {
            switch (random.nextInt(4)) {
                case 0 -> s.append(STUKJES[random.nextInt(STUKJES.length)]);
                case 1 -> s.append((char) (0x20 + random.nextInt(0x5f)));
                case 2 -> s.appendCodePoint(random.nextInt(0x3000));
                default -> s.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
        }
        if (random.nextInt(50) == 0) {
            s.append("a".repeat(10_000));
        }
        return s.toString();
    }

    /** A valid text changed a few times: lines left out, doubled or swapped, tokens put in, cut off. */
    public static String muteer(String origineel, Random random) {
        List<String> regels = new ArrayList<>(origineel.lines().toList());
        int mutaties = 1 + random.nextInt(4);
        for (int m = 0; m < mutaties && !regels.isEmpty(); m++) {
            int i = random.nextInt(regels.size());
            switch (random.nextInt(8)) {
                case 0 -> regels.remove(i);
                case 1 -> regels.add(i, regels.get(random.nextInt(regels.size())));
                case 2 -> {
                    int j = random.nextInt(regels.size());
                    String r = regels.get(i);
                    regels.set(i, regels.get(j));
                    regels.set(j, r);
                }
                case 3 -> {
                    String r = regels.get(i);
                    int plek = r.isEmpty() ? 0 : random.nextInt(r.length() + 1);
                    regels.set(i, r.substring(0, plek) + STUKJES[random.nextInt(STUKJES.length)] + r.substring(plek));
                }
                case 4 -> regels.add(i, tekst(random));
                case 5 -> regels.set(i, "  ".repeat(random.nextInt(4)) + regels.get(i));
                case 6 -> regels.subList(i, regels.size()).clear();
                default -> {
                    String r = regels.get(i);
                    regels.set(i, r.isEmpty() ? r : r.substring(0, random.nextInt(r.length())));
                }
            }
        }
        return String.join(random.nextBoolean() ? "\n" : "\r\n", regels) + (random.nextBoolean() ? "\n" : "");
    }
}
