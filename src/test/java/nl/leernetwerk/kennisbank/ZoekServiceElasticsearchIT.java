package nl.leernetwerk.kennisbank;

import nl.leernetwerk.ElasticsearchIntegrationTest;

/** Every check of {@link ZoekServiceTest}, on OpenSearch instead of Lucene. */
@ElasticsearchIntegrationTest
class ZoekServiceElasticsearchIT extends ZoekServiceTest {}
