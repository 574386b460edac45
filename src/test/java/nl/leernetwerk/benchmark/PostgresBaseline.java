package nl.leernetwerk.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.Code;
import nl.leernetwerk.kennisbank.Facet;
import nl.leernetwerk.kennisbank.KennisType;

/**
 * The same searches on PostgreSQL's own full-text search, as a team would build it without a search
 * engine: a weighted {@code to_tsvector('dutch', ...)} of title, summary, body and organisation in a
 * GIN index, the query words OR-ed (as our search matches any word), ranked with {@code ts_rank}, the
 * same filters, counts for the same eight facets (top 100 values, with titles for linked records),
 * and the top ten with a {@code ts_headline} fragment, in one round trip. The table lives next to
 * the app's tables only in the benchmark's database.
 */
final class PostgresBaseline {

    private static final String DOCUMENT = """
            setweight(to_tsvector('dutch', titel), 'A') || setweight(to_tsvector('dutch', coalesce(samenvatting, '')), 'B')
            || setweight(to_tsvector('dutch', inhoud), 'C') || setweight(to_tsvector('dutch', coalesce(organisatie, '')), 'D')""";

    private final DataSource dataSource;
    private final String tsquery;

    /**
     * @param alleWoorden {@code websearch_to_tsquery}: only records with every word (fewer matches to rank),
     *     else every record with any of the words, as our search does
     */
    PostgresBaseline(DataSource dataSource, boolean alleWoorden) {
        this.dataSource = dataSource;
        this.tsquery = alleWoorden ? "websearch_to_tsquery('dutch', ?)"
                : "replace(plainto_tsquery('dutch', ?)::text, '&', '|')::tsquery";
    }

    /** Builds the text table and its GIN index (once, for both variants); returns the seconds it took. */
    static double bouwTabel(DataSource dataSource) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists benchmark_zoektekst");
            s.execute("create table benchmark_zoektekst as select id, " + DOCUMENT + " as doc from kennisrecord");
            s.execute("alter table benchmark_zoektekst add primary key (id)");
            s.execute("create index ix_benchmark_zoektekst on benchmark_zoektekst using gin (doc)");
            s.execute("analyze benchmark_zoektekst");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** One search: returns the total number of matches (facets and the top ten are read too). */
    long zoek(Zoeklog.Zoekopdracht opdracht) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder waar = new StringBuilder("true");
        String rang = "0::real";
        String van = "kennisrecord r";
        if (!opdracht.tekst().isBlank()) {
            van = "kennisrecord r join benchmark_zoektekst z on z.id = r.id, q";
            waar.append(" and z.doc @@ q.q");
            rang = "ts_rank(z.doc, q.q)";
        }
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<Facet, Set<String>> filter : opdracht.filters().entrySet()) {
                waar.append(" and ").append(filter(filter.getKey()));
                parameters.add(array(c, filter.getKey(), filter.getValue()));
            }
            String sql = """
                    with q as (select %s as q),
                    t as materialized (select r.id, %s as rang from %s where %s)
                    select 'totaal', null, count(*)::float8, null, null from t
                    union all (select 'type', r.type, count(*), null, null from t join kennisrecord r on r.id = t.id
                        group by r.type order by 3 desc limit 100)
                    union all (select 'doelgroep', x.doelgroep, count(*), null, null from t
                        join kennisrecord_doelgroep x on x.kennisrecord_id = t.id group by x.doelgroep order by 3 desc limit 100)
                    union all (select 'trede', x.trede::text, count(*), null, null from t
                        join kennisrecord_trede x on x.kennisrecord_id = t.id group by x.trede order by 3 desc limit 100)
                    union all (select 'thema', x.thema, count(*), null, null from t
                        join kennisrecord_thema x on x.kennisrecord_id = t.id group by x.thema order by 3 desc limit 100)
                    union all (select 'werkzaam-element', n.slug, count(*), n.titel, null from t
                        join kennisrecord_verwijzing v on v.van_id = t.id
                        join kennisrecord n on n.id = v.naar_id and n.type = 'WERKZAAM_ELEMENT'
                        group by n.slug, n.titel order by 3 desc limit 100)
                    union all (select 'bewijsniveau', r.bewijsniveau, count(*), null, null from t join kennisrecord r on r.id = t.id
                        where r.bewijsniveau is not null group by r.bewijsniveau order by 3 desc limit 100)
                    union all (select 'regio', r.regio, count(*), null, null from t join kennisrecord r on r.id = t.id
                        where r.regio is not null group by r.regio order by 3 desc limit 100)
                    union all (select 'bron', b.slug, count(*), b.titel, null from t
                        join kennisrecord_bron kb on kb.kennisrecord_id = t.id join kennisrecord b on b.id = kb.bron_id
                        group by b.slug, b.titel order by 3 desc limit 100)
                    union all (select 'treffer', r.slug, t.rang::float8, r.titel,
                        ts_headline('dutch', r.inhoud, q.q, 'MaxFragments=2, MaxWords=25, MinWords=10')
                        from (select * from t order by rang desc, id limit 10) t join kennisrecord r on r.id = t.id, q
                        order by 3 desc)
                    """.formatted(tsquery, rang, van, waar);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, opdracht.tekst());
                for (int i = 0; i < parameters.size(); i++) {
                    s.setArray(i + 2, (Array) parameters.get(i));
                }
                long totaal = -1;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals("totaal")) {
                            totaal = (long) rs.getDouble(3);
                        }
                        rs.getString(5);
                    }
                }
                return totaal;
            }
        }
    }

    private static String filter(Facet facet) {
        return switch (facet) {
            case TYPE -> "r.type = any(?)";
            case BEWIJSNIVEAU -> "r.bewijsniveau = any(?)";
            case REGIO -> "r.regio = any(?)";
            case DOELGROEP -> "exists (select 1 from kennisrecord_doelgroep x where x.kennisrecord_id = r.id and x.doelgroep = any(?))";
            case THEMA -> "exists (select 1 from kennisrecord_thema x where x.kennisrecord_id = r.id and x.thema = any(?))";
            case TREDE -> "exists (select 1 from kennisrecord_trede x where x.kennisrecord_id = r.id and x.trede = any(?))";
            case WERKZAAM_ELEMENT -> "exists (select 1 from kennisrecord_verwijzing v join kennisrecord n on n.id = v.naar_id "
                    + "where v.van_id = r.id and n.slug = any(?))";
            case BRON -> "exists (select 1 from kennisrecord_bron kb join kennisrecord b on b.id = kb.bron_id "
                    + "where kb.kennisrecord_id = r.id and b.slug = any(?))";
        };
    }

    private static Array array(Connection c, Facet facet, Set<String> waarden) throws SQLException {
        return switch (facet) {
            case TREDE -> c.createArrayOf("integer", waarden.stream().map(Integer::valueOf).toArray());
            case TYPE -> c.createArrayOf("text", waarden.stream()
                    .map(w -> Code.van(KennisType.class, w).map(Enum::name).orElse(w)).toArray());
            case BEWIJSNIVEAU -> c.createArrayOf("text", waarden.stream()
                    .map(w -> Code.van(Bewijsniveau.class, w).map(Enum::name).orElse(w)).toArray());
            default -> c.createArrayOf("text", waarden.toArray());
        };
    }
}
