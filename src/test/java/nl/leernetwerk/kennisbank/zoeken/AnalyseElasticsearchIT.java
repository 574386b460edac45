package nl.leernetwerk.kennisbank.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.leernetwerk.ElasticsearchIntegrationTest;
import nl.leernetwerk.cluster.OpenSearchKnoop;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import org.junit.jupiter.api.Test;

/**
 * The analyzers as {@link ElasticsearchAnalyse} defines them, in the index Hibernate Search made
 * on a real OpenSearch node, produce exactly the tokens of the Lucene snapshot
 * ({@link AnalyseSnapshotTest}).
 */
@ElasticsearchIntegrationTest
class AnalyseElasticsearchIT {

    @Test
    void opensearch_analyses_the_snapshot_words_as_lucene_does() throws IOException {
        OpenSearchKnoop knoop = OpenSearchKnoop.gedeeld();

        String actueel = AnalyseSnapshotTest.snapshot((analyzer, tekst) -> tokens(knoop, analyzer, tekst));

        assertThat(actueel).isEqualTo(AnalyseSnapshotTest.verwacht());
    }

    private static List<String> tokens(OpenSearchKnoop knoop, String analyzer, String tekst) throws IOException {
        JsonObject vraag = new JsonObject();
        vraag.addProperty("analyzer", analyzer);
        vraag.addProperty("text", tekst);
        HttpResponse<String> antwoord = knoop.vraag("POST", "/" + Kennisrecord.INDEX + "-read/_analyze", vraag.toString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        List<String> tokens = new ArrayList<>();
        JsonParser.parseString(antwoord.body()).getAsJsonObject().getAsJsonArray("tokens")
                .forEach(t -> tokens.add(t.getAsJsonObject().get("token").getAsString()));
        return tokens;
    }
}
