package nl.leernetwerk.kennisbank.zoeken;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Removes a hyphen between letters, exactly as {@code PatternReplaceCharFilter} with
 * {@link ZoekAnalyse#KOPPELTEKEN} and an empty replacement (what {@link ElasticsearchAnalyse} configures),
 * with the same offset corrections, but without running a regular expression over every character: that
 * took about a tenth of the indexing time (docs/benchmarks.md).
 */
final class KoppeltekenFilter extends BaseCharFilter {

    private char[] uit;
    private int lengte;
    private int positie;

    KoppeltekenFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int van, int aantal) throws IOException {
        if (uit == null) {
            vul();
        }
        if (positie >= lengte) {
            return -1;
        }
        int n = Math.min(aantal, lengte - positie);
        System.arraycopy(uit, positie, buffer, van, n);
        positie += n;
        return n;
    }

    /** Reads the whole input into one array and removes the hyphens in place (the text only gets shorter). */
    private void vul() throws IOException {
        uit = new char[1024];
        int n = 0;
        for (int gelezen; (gelezen = input.read(uit, n, uit.length - n)) != -1; ) {
            n += gelezen;
            if (n == uit.length) {
                uit = java.util.Arrays.copyOf(uit, uit.length * 2);
            }
        }
        int verschil = 0;
        char vorige = 0;
        for (int i = 0; i < n; i++) {
            char c = uit[i];
            // as the regex sees it: the lookbehind tests the one char before, the lookahead the code point after
            // (both still unchanged: this writes at or before position i)
            if (c == '-' && i > 0 && i + 1 < n && Character.isLetter(vorige)
                    && Character.isLetter(Character.codePointAt(uit, i + 1, n))) {
                verschil++;
                addOffCorrectMap(lengte, verschil);
            } else {
                uit[lengte++] = c;
            }
            vorige = c;
        }
    }
}
