package nl.leernetwerk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.leernetwerk.cluster.OpenSearchKnoop;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * As {@link IntegrationTest}, but with profile elasticsearch on a real OpenSearch node
 * ({@link OpenSearchKnoop}, shared by all such tests of a run). Name such tests {@code *IT}:
 * they run in {@code ./mvnw -Pproduction verify}, after the build has unpacked OpenSearch.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "elasticsearch"})
@ContextConfiguration(initializers = OpenSearchKnoop.Initializer.class)
public @interface ElasticsearchIntegrationTest {}
