package nl.leernetwerk.kennisbank;

import nl.leernetwerk.ElasticsearchIntegrationTest;

/** The search evaluation of {@link ZoekkwaliteitTest} with the same goals, on OpenSearch instead of Lucene. */
@ElasticsearchIntegrationTest
class ZoekkwaliteitElasticsearchIT extends ZoekkwaliteitTest {}
