package nl.leernetwerk.kennisbank.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.leernetwerk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class ZoekControllerTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void anonymous_clients_search_with_filters_and_get_hits_and_facets() throws Exception {
        mvc.perform(get("/api/zoeken").param("q", "netwerk").param("type", "praktijkvoorbeeld")
                        .param("grootte", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totaal", greaterThan(5)))
                .andExpect(jsonPath("$.resultaten.length()", is(5)))
                .andExpect(jsonPath("$.resultaten[*].type", everyItem(is("praktijkvoorbeeld"))))
                .andExpect(jsonPath("$.resultaten[0].id").isString())
                .andExpect(jsonPath("$.resultaten[0].url").value(org.hamcrest.Matchers.startsWith("/kennisbank/")))
                .andExpect(jsonPath("$.facetten.type[0].waarde", is("praktijkvoorbeeld")))
                .andExpect(jsonPath("$.facetten.doelgroep[*].waarde", hasItem("langdurig-bijstandsgerechtigden")));
    }

    @Test
    void malformed_input_gives_a_normal_answer() throws Exception {
        mvc.perform(get("/api/zoeken").param("q", "\"((+-*~:").param("pagina", "-3").param("grootte", "100000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totaal").isNumber());
        mvc.perform(get("/api/zoeken").param("pagina", "geen-getal"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_api_is_documented_with_openapi() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/zoeken'].get.summary", is("Zoek in de kennisbank")));
    }
}
