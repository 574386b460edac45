package nl.leernetwerk.kennisbank;

import java.text.Normalizer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Stream;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import nl.leernetwerk.kennisbank.zoeken.ZoekAnalyse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The words of the kennisbank with their frequency, for "Bedoelde u …?": an unknown query word
 * is replaced by the most frequent known word within one or two typing errors. Rebuilt when the
 * kennisbank changes: after a change through this instance at the next search, and within {@link #CONTROLE}
 * after one elsewhere (another node, SQL); in the background when a rebuild is slow (see {@link #woorden()}). The database is not asked on every search: that query reads the
 * whole table, ~tens of milliseconds at 100 000 records (docs/benchmarks.md).
 */
@Component
class Woordenschat {

    private static final int KORTSTE_WOORD = 4;
    static final Duration CONTROLE = Duration.ofSeconds(10);

    /** A rebuild that took at most this long is done at once, a slower one in the background. */
    static final Duration SNEL = Duration.ofMillis(300);
    /** A kennisbank of more records is always counted in the background (it may have grown since the last count). */
    private static final long KLEIN = 5_000;
    private static final Logger log = LoggerFactory.getLogger(Woordenschat.class);

    private final long klein;
    private final KennisrecordRepository records;
    private final TransactionTemplate transactie;
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("woordenschat").daemon().factory());
    private volatile String versie = "";
    private volatile String inOpbouw;
    private volatile Duration duur = Duration.ZERO;
    private volatile Map<String, Integer> woorden = Map.of();
    private volatile long lokaleWijzigingen = -1;
    private volatile long volgendeControle;

    @org.springframework.beans.factory.annotation.Autowired
    Woordenschat(KennisrecordRepository records, PlatformTransactionManager transacties) {
        this(records, transacties, KLEIN);
    }

    /** With {@code klein} as the size above which a rebuild always runs in the background (tests). */
    Woordenschat(KennisrecordRepository records, PlatformTransactionManager transacties, long klein) {
        this.klein = klein;
        this.records = records;
        this.transactie = new TransactionTemplate(transacties);
        this.transactie.setReadOnly(true);
    }

    @PreDestroy
    void stop() {
        achtergrond.shutdownNow();
    }

    @Transactional(readOnly = true)
    Optional<String> verbeter(String tekst) {
        Map<String, Integer> bekend = woorden();
        StringJoiner verbeterd = new StringJoiner(" ");
        boolean veranderd = false;
        for (String woord : ZoekAnalyse.normaliseer(tekst).split("[^\\p{L}\\p{N}]+")) {
            if (woord.isEmpty()) {
                continue;
            }
            String beste = woord.length() < KORTSTE_WOORD || bekend.containsKey(woord) ? woord : dichtstbij(woord, bekend);
            veranderd |= !beste.equals(woord);
            verbeterd.add(beste);
        }
        return veranderd ? Optional.of(verbeterd.toString()) : Optional.empty();
    }

    private static String dichtstbij(String woord, Map<String, Integer> bekend) {
        int maximaal = woord.length() < 7 ? 1 : 2;
        String beste = woord;
        int besteAfstand = Integer.MAX_VALUE;
        int besteFrequentie = 0;
        for (Map.Entry<String, Integer> kandidaat : bekend.entrySet()) {
            if (Math.abs(kandidaat.getKey().length() - woord.length()) > maximaal) {
                continue;
            }
            int afstand = afstand(woord, kandidaat.getKey(), maximaal);
            if (afstand <= maximaal && (afstand < besteAfstand
                    || afstand == besteAfstand && kandidaat.getValue() > besteFrequentie)) {
                beste = kandidaat.getKey();
                besteAfstand = afstand;
                besteFrequentie = kandidaat.getValue();
            }
        }
        return beste;
    }

    /** Damerau-Levenshtein distance (optimal string alignment), stopping early above {@code maximaal}. */
    static int afstand(String a, String b, int maximaal) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rijMinimum = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int kosten = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + kosten);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rijMinimum = Math.min(rijMinimum, d[i][j]);
            }
            if (rijMinimum > maximaal) {
                return rijMinimum;
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The vocabulary, rebuilt when the kennisbank changed. In a small kennisbank (hundreds or a few thousand
     * records) whose last rebuild was quick, at once; otherwise (31 s at 100 000 records, docs/benchmarks.md) in the
     * background while searches keep using the previous vocabulary, one rebuild at a time.
     */
    private Map<String, Integer> woorden() {
        long lokaal = Kennisrecord.wijzigingen();
        if (lokaal == lokaleWijzigingen && System.nanoTime() - volgendeControle < 0) {
            return woorden;
        }
        boolean opAchtergrond;
        String actueel;
        synchronized (this) {
            if (lokaal == lokaleWijzigingen && System.nanoTime() - volgendeControle < 0) {
                return woorden;
            }
            actueel = records.versie();
            lokaleWijzigingen = lokaal;
            volgendeControle = System.nanoTime() + CONTROLE.toNanos();
            if (actueel.equals(versie) || actueel.equals(inOpbouw)) {
                return woorden;
            }
            opAchtergrond = duur.compareTo(SNEL) > 0 || records.count() > klein;
            if (!opAchtergrond) {
                bouw(actueel);
                return woorden;
            }
            inOpbouw = actueel;
        }
        achtergrond.execute(() -> {
            try {
                transactie.executeWithoutResult(s -> bouw(actueel));
            } catch (RuntimeException e) {
                log.warn("Woordenschat voor 'Bedoelde u' niet opgebouwd", e);
            } finally {
                synchronized (this) {
                    inOpbouw = null;
                    // a change during the rebuild is picked up at the next search
                    lokaleWijzigingen = -1;
                }
            }
        });
        return woorden;
    }

    private void bouw(String actueel) {
        long start = System.nanoTime();
        Map<String, Integer> nieuw = telWoorden();
        synchronized (this) {
            woorden = nieuw;
            versie = actueel;
            duur = Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /** Waits until a background rebuild has finished (tests, the benchmark); how long the last rebuild took. */
    Duration wachtOpOpbouw() {
        java.util.concurrent.CompletableFuture.runAsync(() -> {}, achtergrond).join();
        return duur;
    }

    private Map<String, Integer> telWoorden() {
        Map<String, Integer> telling = new HashMap<>();
        try (Stream<Object[]> teksten = records.teksten()) {
            teksten.forEach(r -> {
                String platteTekst = r[3] != null ? (String) r[3] : Kennisrecord.platteTekst((String) r[2]);
                telWoorden(r[0] + " " + (r[1] == null ? "" : r[1]) + " " + platteTekst, telling);
            });
        }
        return Map.copyOf(telling);
    }

    /**
     * Counts the words of {@code tekst} of at least {@link #KORTSTE_WOORD} letters as
     * {@code ZoekAnalyse.normaliseer(tekst).split("[^\\p{L}]+")} would find them, in one pass without regular
     * expressions, decomposing (NFKD) only the non-ASCII characters: several times faster on 100 000 records.
     */
    static void telWoorden(String tekst, Map<String, Integer> telling) {
        StringBuilder woord = new StringBuilder();
        boolean naLetter = false;
        for (int i = 0; i < tekst.length(); ) {
            int teken = tekst.codePointAt(i);
            int volgende = i + Character.charCount(teken);
            String delen = ontleed(teken, tekst, i, volgende);
            for (int j = 0; j < delen.length(); ) {
                int deel = delen.codePointAt(j);
                j += Character.charCount(deel);
                if (isAccent(deel)) {
                    continue;
                }
                if (Character.isLetter(deel)) {
                    woord.appendCodePoint(Character.toLowerCase(deel));
                    naLetter = true;
                } else if (deel == '-' && naLetter && volgtLetter(delen, j, tekst, volgende)) {
                    naLetter = false;
                } else {
                    tel(woord, telling);
                    naLetter = false;
                }
            }
            i = volgende;
        }
        tel(woord, telling);
    }

    /** One character of {@code tekst} in its compatibility decomposition (ASCII stays as it is). */
    private static String ontleed(int teken, String tekst, int van, int tot) {
        return teken < 0x80 ? ASCII[teken] : Normalizer.normalize(tekst.substring(van, tot), Normalizer.Form.NFKD);
    }

    private static final String[] ASCII = new String[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private static boolean isAccent(int teken) {
        int type = Character.getType(teken);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether the first character after a hyphen that is not an accent is a letter. */
    private static boolean volgtLetter(String delen, int j, String tekst, int i) {
        String rest = delen.substring(j);
        int positie = i;
        while (true) {
            for (int k = 0; k < rest.length(); ) {
                int deel = rest.codePointAt(k);
                k += Character.charCount(deel);
                if (!isAccent(deel)) {
                    return Character.isLetter(deel);
                }
            }
            if (positie >= tekst.length()) {
                return false;
            }
            int teken = tekst.codePointAt(positie);
            int volgende = positie + Character.charCount(teken);
            rest = ontleed(teken, tekst, positie, volgende);
            positie = volgende;
        }
    }

    private static void tel(StringBuilder woord, Map<String, Integer> telling) {
        if (woord.length() >= KORTSTE_WOORD) {
            telling.merge(woord.toString(), 1, Integer::sum);
        }
        woord.setLength(0);
    }
}
