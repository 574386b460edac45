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

    private void vul() throws IOException {
        StringBuilder tekst = new StringBuilder();
        char[] blok = new char[4096];
        for (int n; (n = input.read(blok)) != -1; ) {
            tekst.append(blok, 0, n);
        }
        uit = new char[tekst.length()];
        int verschil = 0;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            // as the regex sees it: the lookbehind tests the one char before, the lookahead the code point after
            if (c == '-' && i > 0 && i + 1 < tekst.length() && Character.isLetter(tekst.charAt(i - 1))
                    && Character.isLetter(Character.codePointAt(tekst, i + 1))) {
                verschil++;
                addOffCorrectMap(lengte, verschil);
                continue;
            }
            uit[lengte++] = c;
        }
    }
}
