package nl.leernetwerk.kennisbank.zoeken;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * The Kraaij-Pohlmann stemmer as {@code SnowballFilter} applies it (words marked as keywords, such as the
 * stem overrides, are left alone), remembering the stems of the words it has seen: a text repeats its
 * words, and the stemmer was an eighth of the indexing time (docs/benchmarks.md). Same tokens as
 * {@code new SnowballFilter(stroom, new KpStemmer())}; one instance per token stream, so per thread.
 */
final class StamGeheugen extends TokenFilter {

    private static final int MAXIMUM = 50_000;

    private final KpStemmer stemmer = new KpStemmer();
    private final CharArrayMap<char[]> stammen = new CharArrayMap<>(1024, false);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute trefwoord = addAttribute(KeywordAttribute.class);

    StamGeheugen(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (trefwoord.isKeyword()) {
            return true;
        }
        char[] stam = stammen.get(term.buffer(), 0, term.length());
        if (stam == null) {
            char[] woord = java.util.Arrays.copyOf(term.buffer(), term.length());
            stemmer.setCurrent(term.buffer(), term.length());
            stemmer.stem();
            stam = java.util.Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            if (stammen.size() >= MAXIMUM) {
                stammen.clear();
            }
            stammen.put(woord, stam);
        }
        term.copyBuffer(stam, 0, stam.length);
        return true;
    }
}
