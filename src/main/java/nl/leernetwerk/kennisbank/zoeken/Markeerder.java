package nl.leernetwerk.kennisbank.zoeken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Highlights a query's words in a hit's text, in this process and for either backend: the query is analysed once
 * (stems and synonyms, as the query analyzer does), then each text word matches when its stem is one of those
 * terms, or when it is a compound containing one (as the index's compound parts would). Only words that share
 * their first letters with a term are stemmed, and stems are remembered, so a page of hits costs a scan of its
 * text rather than a search engine highlighter's per-hit query rewriting or term vectors (docs/benchmarks.md).
 */
@Component
public class Markeerder {

    private static final int VOORVOEGSEL = 3;
    /** Characters shown before the first matched word of a fragment. */
    private static final int MARGE = 30;
    private static final int MAXIMUM_STAMMEN = 50_000;
    /** Matches looked at per text: enough for the best passages of a long body full of a common word. */
    private static final int MAXIMUM_TREFFERS = 200;

    private final Analyzer zoeken;
    private final Analyzer woorden;
    private final Map<String, String> stammen = new ConcurrentHashMap<>();

    Markeerder(ZoekAnalyse analyse) {
        this.zoeken = NederlandsAnalyzer.zoeken(analyse);
        this.woorden = NederlandsAnalyzer.woorden(analyse);
    }

    /** The terms of a question to highlight: its stems and synonyms, and the stems of its did-you-mean words. */
    public Termen termen(String vraag, Optional<String> verbeterd) {
        Set<String> termen = new LinkedHashSet<>(tokens(zoeken, vraag));
        verbeterd.ifPresent(v -> termen.addAll(tokens(woorden, v)));
        return new Termen(Set.copyOf(termen));
    }

    /** The analysed terms of a question, ready to match text words against. */
    public final class Termen {

        private final Set<String> termen;
        private final Map<String, List<String>> opVoorvoegsel = new HashMap<>();

        private Termen(Set<String> termen) {
            this.termen = termen;
            for (String term : termen) {
                if (term.length() >= VOORVOEGSEL) {
                    opVoorvoegsel.computeIfAbsent(term.substring(0, VOORVOEGSEL), k -> new ArrayList<>()).add(term);
                }
            }
        }

        /**
         * At most {@code maximum} passages of about {@code lengte} characters with the most distinct matched words,
         * best first, HTML-escaped with the matched words in {@code <em>}.
         */
        public List<String> fragmenten(String tekst, int lengte, int maximum) {
            if (tekst == null || tekst.isEmpty() || termen.isEmpty()) {
                return List.of();
            }
            List<Treffer> treffers = treffers(tekst);
            List<int[]> gekozen = new ArrayList<>();
            while (gekozen.size() < maximum) {
                int[] beste = null;
                int besteScore = 0;
                for (int i = 0; i < treffers.size(); i++) {
                    int begin = begin(tekst, treffers.get(i).begin());
                    if (overlapt(gekozen, begin, begin + lengte)) {
                        continue;
                    }
                    Set<String> verschillend = new java.util.HashSet<>();
                    int aantal = 0;
                    for (int j = i; j < treffers.size() && treffers.get(j).eind() <= begin + lengte; j++) {
                        verschillend.add(treffers.get(j).term());
                        aantal++;
                    }
                    int score = verschillend.size() * 1000 + aantal;
                    if (score > besteScore) {
                        besteScore = score;
                        beste = new int[] {begin, eind(tekst, begin, lengte, treffers.get(i).eind())};
                    }
                }
                if (beste == null) {
                    break;
                }
                gekozen.add(beste);
            }
            return gekozen.stream().map(f -> opgemaakt(tekst, f[0], f[1], treffers)).toList();
        }

        private List<Treffer> treffers(String tekst) {
            List<Treffer> treffers = new ArrayList<>();
            StringBuilder woord = new StringBuilder();
            int i = 0;
            int n = tekst.length();
            while (i < n && treffers.size() < MAXIMUM_TREFFERS) {
                while (i < n && !Character.isLetterOrDigit(tekst.charAt(i))) {
                    i++;
                }
                int begin = i;
                woord.setLength(0);
                boolean ascii = true;
                while (i < n) {
                    char c = tekst.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        woord.append(Character.toLowerCase(c));
                        ascii &= c < 128;
                    } else if (c != '-' || i + 1 >= n || !Character.isLetter(tekst.charAt(i + 1)) || woord.isEmpty()) {
                        break; // a hyphen between letters joins the parts, as the analyzers do
                    }
                    i++;
                }
                if (!woord.isEmpty()) {
                    String term = term(ascii ? woord.toString() : vouw(woord.toString()));
                    if (term != null) {
                        treffers.add(new Treffer(begin, i, term));
                    }
                }
            }
            return treffers;
        }

        /** The query term a text word matches, or null. */
        private String term(String woord) {
            if (termen.contains(woord)) {
                return woord;
            }
            if (woord.length() >= VOORVOEGSEL && opVoorvoegsel.containsKey(woord.substring(0, VOORVOEGSEL))) {
                String stam = stam(woord);
                if (termen.contains(stam)) {
                    return stam;
                }
            }
            if (woord.length() >= ZoekAnalyse.KLEINSTE_SAMENSTELLING) {
                for (String term : termen) {
                    if (term.length() >= ZoekAnalyse.KLEINSTE_DEELWOORD && term.length() < woord.length()
                            && woord.contains(term)) {
                        return term;
                    }
                }
            }
            return null;
        }
    }

    private record Treffer(int begin, int eind, String term) {}

    private String stam(String woord) {
        String stam = stammen.get(woord);
        if (stam == null) {
            List<String> tokens = tokens(woorden, woord);
            stam = tokens.isEmpty() ? "" : tokens.getFirst();
            if (stammen.size() >= MAXIMUM_STAMMEN) {
                stammen.clear();
            }
            stammen.put(woord, stam);
        }
        return stam;
    }

    private static boolean overlapt(List<int[]> gekozen, int begin, int eind) {
        return gekozen.stream().anyMatch(f -> begin < f[1] && f[0] < eind);
    }

    /** Where a fragment around a match starting at {@code treffer} begins: a little before it, at a word. */
    private static int begin(String tekst, int treffer) {
        int begin = Math.max(0, treffer - MARGE);
        if (begin > 0) {
            while (begin < treffer && !Character.isWhitespace(tekst.charAt(begin - 1))) {
                begin++;
            }
        }
        return begin;
    }

    /** Where a fragment ends: at a word boundary, after at least the first match. */
    private static int eind(String tekst, int begin, int lengte, int minimaal) {
        int eind = Math.min(tekst.length(), begin + lengte);
        if (eind < tekst.length()) {
            int terug = eind;
            while (terug > minimaal && !Character.isWhitespace(tekst.charAt(terug))) {
                terug--;
            }
            eind = Math.max(terug, minimaal);
        }
        return eind;
    }

    private static String opgemaakt(String tekst, int begin, int eind, List<Treffer> treffers) {
        StringBuilder uit = new StringBuilder();
        int positie = begin;
        for (Treffer treffer : treffers) {
            if (treffer.begin() >= begin && treffer.eind() <= eind) {
                escape(uit, tekst, positie, treffer.begin());
                uit.append("<em>");
                escape(uit, tekst, treffer.begin(), treffer.eind());
                uit.append("</em>");
                positie = treffer.eind();
            }
        }
        escape(uit, tekst, positie, eind);
        return uit.toString().strip();
    }

    private static void escape(StringBuilder uit, String tekst, int van, int tot) {
        for (int i = van; i < tot; i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '&' -> uit.append("&amp;");
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '"' -> uit.append("&quot;");
                case '\'' -> uit.append("&#39;");
                default -> uit.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
    }

    /** Lowercase without diacritics. */
    private static String vouw(String woord) {
        return Normalizer.normalize(woord.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }

    private static List<String> tokens(Analyzer analyzer, String tekst) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stroom = analyzer.tokenStream("", tekst)) {
            CharTermAttribute term = stroom.addAttribute(CharTermAttribute.class);
            stroom.reset();
            while (stroom.incrementToken()) {
                tokens.add(term.toString());
            }
            stroom.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
