package nl.leernetwerk.kennisbank.inhoud;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports a content directory into the kennisbank, all or nothing, and exports the kennisbank back. */
@Service
public class InhoudService {

    private final KennisrecordRepository records;
    private final InhoudLezer lezer;
    private final InhoudSchrijver schrijver;
    private final Clock klok;

    InhoudService(KennisrecordRepository records, InhoudLezer lezer, InhoudSchrijver schrijver) {
        this.records = records;
        this.lezer = lezer;
        this.schrijver = schrijver;
        this.klok = Clock.systemUTC();
    }

    /**
     * Checks every file first; with any problem nothing is written and {@link OngeldigeInhoudException}
     * lists them all. Unchanged files are skipped, so importing twice changes nothing.
     */
    @Transactional
    @RolesAllowed({Rol.Naam.BEHEERDER, Rol.Naam.REDACTEUR})
    public ImportResultaat importeer(Path map) {
        Map<String, Kennisrecord> opSlug = new HashMap<>();
        records.findAll().forEach(r -> opSlug.put(r.slug(), r));
        List<GelezenBestand> gelezen = lezer.lees(map, slug -> Optional.ofNullable(opSlug.get(slug)).map(Kennisrecord::type));
        List<InhoudFout> typeWissels = gelezen.stream()
                .filter(b -> opSlug.containsKey(b.gegevens().slug()) && opSlug.get(b.gegevens().slug()).type() != b.gegevens().type())
                .map(b -> new InhoudFout(b.bestand(), b.idRegel(), "inhoud.fout.ander-type", b.gegevens().slug(),
                        opSlug.get(b.gegevens().slug()).type().code()))
                .toList();
        if (!typeWissels.isEmpty()) {
            throw new OngeldigeInhoudException(typeWissels);
        }

        int nieuw = 0;
        List<GelezenBestand> gewijzigd = new java.util.ArrayList<>();
        for (GelezenBestand bestand : gelezen) {
            Kennisrecord record = opSlug.get(bestand.gegevens().slug());
            if (record == null) {
                record = new Kennisrecord(bestand.gegevens().type(), bestand.gegevens().slug());
                nieuw++;
            } else if (record.bronHash().equals(bestand.hash())) {
                continue;
            }
            record.neemOver(bestand.gegevens(), bestand.hash(), klok.instant());
            opSlug.put(record.slug(), records.save(record));
            gewijzigd.add(bestand);
        }
        for (GelezenBestand bestand : gewijzigd) {
            opSlug.get(bestand.gegevens().slug()).koppel(bestand.gegevens(), opSlug::get);
        }
        return new ImportResultaat(nieuw, gewijzigd.size() - nieuw, gelezen.size() - gewijzigd.size());
    }

    /** Writes every record as {@code <map>/<type folder>/<id>.md}; returns the number written. */
    @Transactional(readOnly = true)
    @RolesAllowed({Rol.Naam.BEHEERDER, Rol.Naam.REDACTEUR})
    public int exporteer(Path map) {
        List<Kennisrecord> alle = records.findAll();
        Map<String, KennisType> typeVan = alle.stream().collect(Collectors.toMap(Kennisrecord::slug, Kennisrecord::type));
        Function<String, KennisType> opzoeken = typeVan::get;
        try {
            for (Kennisrecord record : alle) {
                Path bestand = map.resolve(record.type().map()).resolve(record.slug() + ".md");
                Files.createDirectories(bestand.getParent());
                Files.writeString(bestand, schrijver.schrijf(record.gegevens(), opzoeken), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alle.size();
    }
}
