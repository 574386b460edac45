package nl.leernetwerk.kennisbank.zoeken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs the filters after the tokenizer that look at one word at a time (case, diacritics, compound parts, stop
 * words, stems, duplicates at one position) once per distinct word, and afterwards gives the remembered tokens: a
 * text repeats its words, and those filters were a third of the index threads' time (docs/benchmarks.md). The filters
 * themselves ({@code staart}, applied to a stream of one word) decide the tokens, so they stay Lucene's; this
 * only replays them with the word's offsets and type, and carries the positions of words that give no token
 * (stop words) to the next token as {@code FilteringTokenFilter} does. Only for filters whose output depends on
 * the word alone (not for synonyms, which span words; nor after a filter that marks keywords, since the memory
 * is keyed on the text). One instance per token stream, so per thread. {@code AnalyseGeheugenTest} compares the
 * tokens, positions and offsets with those of the filters themselves.
 */
final class WoordGeheugen extends TokenFilter {

    private static final int MAXIMUM = 50_000;

    /** The tokens the filters make of one word: terms, position increments, keyword flags. */
    private record Uitkomst(char[][] termen, int[] posities, boolean[] trefwoorden) {}

    private final CharArrayMap<Uitkomst> uitkomsten = new CharArrayMap<>(1024, false);
    private final EenWoord woord = new EenWoord();
    private final TokenStream staart;
    private final CharTermAttribute staartTerm;
    private final PositionIncrementAttribute staartPositie;
    private final KeywordAttribute staartTrefwoord;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positie = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute trefwoord = addAttribute(KeywordAttribute.class);
    private State origineel;
    private Uitkomst huidig;
    private int volgende;
    private int overgeslagen;

    WoordGeheugen(TokenStream input, UnaryOperator<TokenStream> staart) {
        super(input);
        this.staart = staart.apply(woord);
        this.staartTerm = this.staart.addAttribute(CharTermAttribute.class);
        this.staartPositie = this.staart.addAttribute(PositionIncrementAttribute.class);
        this.staartTrefwoord = this.staart.addAttribute(KeywordAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (huidig == null || volgende >= huidig.termen.length) {
            huidig = null;
            if (!input.incrementToken()) {
                return false;
            }
            Uitkomst uitkomst = uitkomsten.get(term.buffer(), 0, term.length());
            if (uitkomst == null) {
                uitkomst = bereken();
                if (uitkomsten.size() >= MAXIMUM) {
                    uitkomsten.clear();
                }
                uitkomsten.put(Arrays.copyOf(term.buffer(), term.length()), uitkomst);
            }
            if (uitkomst.termen.length == 0) {
                overgeslagen += positie.getPositionIncrement();
                continue;
            }
            huidig = uitkomst;
            volgende = 0;
            // the word as the tokenizer gave it (offsets, type, its position increment); needed for a second token
            origineel = uitkomst.termen.length > 1 ? captureState() : null;
        }
        int i = volgende++;
        int stap;
        if (i == 0) {
            // the one-word stream started at increment 1: what the word adds to that, and any skipped words
            stap = huidig.posities[0] + positie.getPositionIncrement() - 1 + overgeslagen;
            overgeslagen = 0;
        } else {
            restoreState(origineel);
            stap = huidig.posities[i];
        }
        char[] t = huidig.termen[i];
        term.copyBuffer(t, 0, t.length);
        positie.setPositionIncrement(stap);
        trefwoord.setKeyword(huidig.trefwoorden[i]);
        return true;
    }

    /** The current word through the filters. */
    private Uitkomst bereken() throws IOException {
        woord.zet(term.buffer(), term.length(), trefwoord.isKeyword());
        List<char[]> termen = new ArrayList<>();
        List<Integer> posities = new ArrayList<>();
        List<Boolean> trefwoorden = new ArrayList<>();
        staart.reset();
        while (staart.incrementToken()) {
            termen.add(Arrays.copyOf(staartTerm.buffer(), staartTerm.length()));
            posities.add(staartPositie.getPositionIncrement());
            trefwoorden.add(staartTrefwoord.isKeyword());
        }
        staart.end();
        staart.close();
        boolean[] vlaggen = new boolean[trefwoorden.size()];
        for (int i = 0; i < vlaggen.length; i++) {
            vlaggen[i] = trefwoorden.get(i);
        }
        return new Uitkomst(termen.toArray(char[][]::new), posities.stream().mapToInt(Integer::intValue).toArray(),
                vlaggen);
    }

    @Override
    public void end() throws IOException {
        super.end();
        positie.setPositionIncrement(positie.getPositionIncrement() + overgeslagen);
        overgeslagen = 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        huidig = null;
        origineel = null;
        volgende = 0;
        overgeslagen = 0;
    }

    /** A token stream of one word at position increment 1. */
    private static final class EenWoord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute positie = addAttribute(PositionIncrementAttribute.class);
        private final KeywordAttribute trefwoord = addAttribute(KeywordAttribute.class);
        private char[] tekens;
        private int lengte;
        private boolean isTrefwoord;
        private boolean gegeven;

        void zet(char[] buffer, int lengte, boolean isTrefwoord) {
            this.tekens = buffer;
            this.lengte = lengte;
            this.isTrefwoord = isTrefwoord;
        }

        @Override
        public boolean incrementToken() {
            if (gegeven) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(tekens, 0, lengte);
            positie.setPositionIncrement(1);
            trefwoord.setKeyword(isTrefwoord);
            gegeven = true;
            return true;
        }

        @Override
        public void reset() {
            gegeven = false;
        }
    }
}
