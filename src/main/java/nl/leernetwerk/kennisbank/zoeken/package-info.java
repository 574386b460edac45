/** Dutch text analysis for search (stemming, compounds, synonyms), defined once for Lucene and once for Elasticsearch. */
package nl.leernetwerk.kennisbank.zoeken;
