package nl.leernetwerk.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.inhoud.InhoudBestanden;

/**
 * Command line for the synthetic kennisbank (README, "Benchmark"):
 * <pre>
 * --aantal N        synthetic records (default 100000)
 * --content DIR     the real content to model them on (default content)
 * --seed S          (default 42)
 * --uit DIR         write a content folder: the real records, synoniemen.txt and the synthetic records
 * --jdbc URL        or insert them into the app's PostgreSQL (its tables must exist: start the app once)
 * --gebruiker U     (default postgres)   --wachtwoord P (default empty)
 * </pre>
 */
public final class GenereerKennisbank {

    private GenereerKennisbank() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opties = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("verwacht --optie waarde, kreeg " + args[i]);
            }
            opties.put(args[i].substring(2), args[i + 1]);
        }
        int aantal = Integer.parseInt(opties.getOrDefault("aantal", "100000"));
        Path content = Path.of(opties.getOrDefault("content", "content"));
        SynthetischeKennisbank model = SynthetischeKennisbank.uit(content, Long.parseLong(opties.getOrDefault("seed", "42")));
        long start = System.nanoTime();
        if (opties.containsKey("uit")) {
            schrijfBestanden(model, content, Path.of(opties.get("uit")), aantal);
        } else if (opties.containsKey("jdbc")) {
            try (Connection verbinding = DriverManager.getConnection(opties.get("jdbc"),
                    opties.getOrDefault("gebruiker", "postgres"), opties.getOrDefault("wachtwoord", ""))) {
                laad(model, verbinding, aantal);
            }
        } else {
            throw new IllegalArgumentException("geef --uit DIR of --jdbc URL");
        }
        System.out.printf("%d synthetische records in %.1f s%n", aantal, (System.nanoTime() - start) / 1e9);
    }

    /** Inserts {@code aantal} synthetic records; the real ones must already be in the database. */
    public static void laad(SynthetischeKennisbank model, Connection verbinding, int aantal) throws Exception {
        try (KennisbankLader lader = new KennisbankLader(verbinding)) {
            for (int i = 0; i < aantal; i++) {
                lader.voegToe(model.volgende());
            }
        }
    }

    static void schrijfBestanden(SynthetischeKennisbank model, Path content, Path uit, int aantal) throws IOException {
        try (Stream<Path> paden = Files.walk(content)) {
            for (Path pad : paden.filter(Files::isRegularFile).toList()) {
                Path doel = uit.resolve(content.relativize(pad).toString());
                Files.createDirectories(doel.getParent());
                Files.copy(pad, doel, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (int i = 0; i < aantal; i++) {
            KennisrecordGegevens record = model.volgende();
            Path pad = uit.resolve(record.type().map()).resolve(record.slug() + ".md");
            Files.createDirectories(pad.getParent());
            Files.writeString(pad, InhoudBestanden.schrijf(record, model::typeVan), StandardCharsets.UTF_8);
        }
    }
}
