package nl.leernetwerk.kennisbank.zoeken;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/** The analyzers of {@link ZoekAnalyse} for the Lucene backend. */
@Component("luceneAnalyse")
class LuceneAnalyse implements LuceneAnalysisConfigurer {

    private final ZoekAnalyse analyse;

    LuceneAnalyse(ZoekAnalyse analyse) {
        this.analyse = analyse;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ZoekAnalyse.NEDERLANDS).instance(NederlandsAnalyzer.index(analyse));
        context.analyzer(ZoekAnalyse.NEDERLANDS_ZOEKEN).instance(NederlandsAnalyzer.zoeken(analyse));
        context.analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).instance(NederlandsAnalyzer.woorden(analyse));
        context.analyzer(ZoekAnalyse.BEGIN).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", String.valueOf(ZoekAnalyse.GROOTSTE_WOORDBEGIN));
        context.analyzer(ZoekAnalyse.BEGIN_ZOEKEN).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(ZoekAnalyse.SORTEER).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
