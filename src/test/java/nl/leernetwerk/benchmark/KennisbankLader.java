package nl.leernetwerk.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import org.postgresql.PGConnection;

/**
 * Writes knowledge records straight into the app's tables with PostgreSQL's COPY: much faster than
 * the importer, which saves and indexes record by record. The search index is not touched; rebuild
 * it afterwards (the mass indexer, or a restart of the app, which notices the difference).
 */
public final class KennisbankLader implements AutoCloseable {

    private static final int BATCH = 2_000;

    private final Connection verbinding;
    private final Map<String, Long> idVan = new HashMap<>();
    private long laatsteId;
    private int aantal;
    private final StringBuilder records = new StringBuilder();
    private final StringBuilder themas = new StringBuilder();
    private final StringBuilder doelgroepen = new StringBuilder();
    private final StringBuilder treden = new StringBuilder();
    private final StringBuilder dimensies = new StringBuilder();
    private final StringBuilder kennisbronnen = new StringBuilder();
    private final StringBuilder verwijzingen = new StringBuilder();
    private final StringBuilder bronnen = new StringBuilder();
    private int inBatch;

    public KennisbankLader(Connection verbinding) throws SQLException {
        this.verbinding = verbinding;
        try (Statement s = verbinding.createStatement(); ResultSet rs = s.executeQuery("select id, slug from kennisrecord")) {
            while (rs.next()) {
                idVan.put(rs.getString(2), rs.getLong(1));
                laatsteId = Math.max(laatsteId, rs.getLong(1));
            }
        }
    }

    public void voegToe(KennisrecordGegevens g) throws SQLException {
        long id = ++laatsteId;
        if (idVan.putIfAbsent(g.slug(), id) != null) {
            throw new IllegalArgumentException("slug bestaat al: " + g.slug());
        }
        rij(records, id, 0, g.slug(), g.type().name(), g.titel(), g.samenvatting(), g.inhoud(), Kennisrecord.platteTekst(g.inhoud()),
                g.bewijsniveau() == null ? null : g.bewijsniveau().name(), g.reviewDatum(), g.organisatie(), g.regio(),
                g.cluster(), g.auteurs(), g.uitgever(), g.jaar(), g.bestand(), "synthetisch");
        lijst(themas, id, g.themas());
        lijst(doelgroepen, id, g.doelgroep());
        lijst(treden, id, g.treden());
        lijst(dimensies, id, g.dimensies().stream().map(Enum::name).toList());
        lijst(kennisbronnen, id, g.kennisbronnen().stream().map(Enum::name).toList());
        lijst(verwijzingen, id, g.verwijzingen().stream().map(this::id).toList());
        for (int i = 0; i < g.bronnen().size(); i++) {
            rij(bronnen, id, i, id(g.bronnen().get(i).bron()), g.bronnen().get(i).plaats());
        }
        aantal++;
        if (++inBatch == BATCH) {
            schrijf();
        }
    }

    public int aantal() {
        return aantal;
    }

    private long id(String slug) {
        Long id = idVan.get(slug);
        if (id == null) {
            throw new IllegalArgumentException("verwijzing naar onbekend record " + slug);
        }
        return id;
    }

    private void schrijf() throws SQLException {
        copy("kennisrecord (id, version, slug, type, titel, samenvatting, inhoud, platte_tekst, bewijsniveau, review_datum, "
                + "organisatie, regio, cluster, auteurs, uitgever, jaar, bestand, bron_hash)", records);
        copy("kennisrecord_thema (kennisrecord_id, positie, thema)", themas);
        copy("kennisrecord_doelgroep (kennisrecord_id, positie, doelgroep)", doelgroepen);
        copy("kennisrecord_trede (kennisrecord_id, positie, trede)", treden);
        copy("kennisrecord_dimensie (kennisrecord_id, positie, dimensie)", dimensies);
        copy("kennisrecord_kennisbron (kennisrecord_id, positie, kennisbron)", kennisbronnen);
        copy("kennisrecord_verwijzing (van_id, positie, naar_id)", verwijzingen);
        copy("kennisrecord_bron (kennisrecord_id, positie, bron_id, plaats)", bronnen);
        inBatch = 0;
    }

    private void copy(String tabel, StringBuilder csv) throws SQLException {
        if (csv.isEmpty()) {
            return;
        }
        try {
            verbinding.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tabel + " from stdin with (format csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        csv.setLength(0);
    }

    private static void lijst(StringBuilder csv, long id, List<?> waarden) {
        for (int i = 0; i < waarden.size(); i++) {
            rij(csv, id, i, waarden.get(i));
        }
    }

    private static void rij(StringBuilder csv, Object... waarden) {
        for (int i = 0; i < waarden.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            if (waarden[i] != null) {
                csv.append('"').append(waarden[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
    }

    /** Writes what is left and moves the id sequence past the new records. */
    @Override
    public void close() throws SQLException {
        schrijf();
        try (Statement s = verbinding.createStatement()) {
            s.execute("select setval(pg_get_serial_sequence('kennisrecord', 'id'), (select max(id) from kennisrecord))");
            s.execute("analyze");
        }
    }
}
