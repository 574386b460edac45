package nl.leernetwerk.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.leernetwerk.LeernetwerkApplication;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.inhoud.InhoudService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One app node for {@link ZoekClusterIT}, in its own JVM: the real application, plus a driver
 * that writes knowledge records through {@link InhoudService} (as a redacteur's import does) on
 * commands from standard input, and reports each committed write on standard output:
 * <ul>
 * <li>{@code schrijf <slug> <woord>}: one record, in one transaction;
 * <li>{@code reeks <prefix> <aantal> <per> <woord>}: records {@code <prefix>-1..aantal}, {@code per} per transaction.
 * </ul>
 */
public final class AppKnoop {

    static final String GEREED = "KNOOP GEREED";
    static final String GESCHREVEN = "GESCHREVEN ";

    private AppKnoop() {}

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext context = SpringApplication.run(LeernetwerkApplication.class, args);
        InhoudService inhoud = context.getBean(InhoudService.class);
        Aanmelding aanmelding = context.getBean(Aanmelding.class);
        System.out.println(GEREED);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String regel = in.readLine(); regel != null; regel = in.readLine()) {
            String[] delen = regel.strip().split(" ");
            switch (delen[0]) {
                case "schrijf" -> schrijf(inhoud, aanmelding, delen[2], delen[1]);
                case "reeks" -> {
                    int aantal = Integer.parseInt(delen[2]);
                    int per = Integer.parseInt(delen[3]);
                    for (int eerste = 1; eerste <= aantal; eerste += per) {
                        String[] slugs = new String[Math.min(per, aantal - eerste + 1)];
                        for (int i = 0; i < slugs.length; i++) {
                            slugs[i] = delen[1] + "-" + (eerste + i);
                        }
                        schrijf(inhoud, aanmelding, delen[4], slugs);
                    }
                }
                default -> System.out.println("ONBEKEND " + regel);
            }
        }
    }

    private static void schrijf(InhoudService inhoud, Aanmelding aanmelding, String woord, String... slugs)
            throws IOException {
        Path map = Files.createTempDirectory("clusterknoop");
        for (String slug : slugs) {
            Files.writeString(map.resolve(slug + ".md"), """
                    ---
                    type: praktijkvoorbeeld
                    id: %s
                    titel: "%s %s"
                    themas: [clustertest]
                    ---
                    Een record van de clustertest over de %s.
                    """.formatted(slug, woord, slug, woord));
        }
        aanmelding.als("clustertest", Rol.REDACTEUR, () -> inhoud.importeer(map));
        for (String slug : slugs) {
            System.out.println(GESCHREVEN + slug);
        }
        System.out.flush();
    }
}
