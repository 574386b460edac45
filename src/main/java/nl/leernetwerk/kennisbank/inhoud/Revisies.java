package nl.leernetwerk.kennisbank.inhoud;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import nl.leernetwerk.kennisbank.domain.Revisie;
import nl.leernetwerk.kennisbank.domain.RevisieRepository;
import org.springframework.stereotype.Component;

/**
 * Records as content texts (the format of the content files) and their revisions: the import,
 * publication, editing and restoring all go through here, so every revision is the same canonical text.
 */
@Component
public class Revisies {

    private final KennisrecordRepository records;
    private final RevisieRepository revisies;
    private final InhoudLezer lezer;
    private final InhoudSchrijver schrijver;
    private final Clock klok = Clock.systemUTC();

    Revisies(KennisrecordRepository records, RevisieRepository revisies, InhoudLezer lezer, InhoudSchrijver schrijver) {
        this.records = records;
        this.revisies = revisies;
        this.lezer = lezer;
        this.schrijver = schrijver;
    }

    /** The record as its content file. */
    public String tekst(Kennisrecord record) {
        return schrijf(record.gegevens());
    }

    public String schrijf(KennisrecordGegevens gegevens) {
        return schrijver.schrijf(gegevens, slug -> records.findBySlug(slug).map(Kennisrecord::type).orElseThrow());
    }

    /** Reads one content text by the rules of the content format; throws {@link OngeldigeInhoudException}. */
    public KennisrecordGegevens lees(String tekst) {
        return lezer.leesTekst("record", tekst, slug -> records.findBySlug(slug).map(Kennisrecord::type)).gegevens();
    }

    public String hash(String tekst) {
        return InhoudLezer.hash(tekst);
    }

    /** Takes the record's current state as its next revision. */
    public Revisie legVast(Kennisrecord record, String door, String omschrijving, boolean klein) {
        return revisies.save(new Revisie(record, revisies.hoogsteNummer(record) + 1, tekst(record), door,
                klok.instant(), omschrijving, klein));
    }

    /**
     * The same for many records at once (the import), without a query per record.
     *
     * @param hoogste per record id its highest revision number so far, updated here
     * @param typeVan the type of every linked slug
     */
    void legVast(Kennisrecord record, Map<Long, Integer> hoogste, Function<String, KennisType> typeVan, String door,
            String omschrijving, boolean klein) {
        long id = record.id().orElseThrow();
        int nummer = hoogste.merge(id, 1, Integer::sum);
        revisies.save(new Revisie(record, nummer, schrijver.schrijf(record.gegevens(), typeVan), door, klok.instant(),
                omschrijving, klein));
    }

    /** Per record id its highest revision number; records without revisions are missing. */
    Map<Long, Integer> hoogsteNummers() {
        Map<Long, Integer> hoogste = new HashMap<>();
        revisies.hoogsteNummers().forEach(rij -> hoogste.put((Long) rij[0], (Integer) rij[1]));
        return hoogste;
    }

    /** The type of a slug, if a record has it. */
    public Optional<KennisType> typeVan(String slug) {
        return records.findBySlug(slug).map(Kennisrecord::type);
    }
}
