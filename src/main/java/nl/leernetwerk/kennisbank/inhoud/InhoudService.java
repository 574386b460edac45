package nl.leernetwerk.kennisbank.inhoud;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.Teksten;
import nl.leernetwerk.kennisbank.KennisrecordGewijzigd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports a content directory into the kennisbank, all or nothing, and exports the kennisbank back. */
@Service
public class InhoudService {

    private static final Logger log = LoggerFactory.getLogger(InhoudService.class);

    private final KennisrecordRepository records;
    private final InhoudLezer lezer;
    private final InhoudSchrijver schrijver;
    private final Clock klok;
    private final Revisies revisies;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher gebeurtenissen;

    InhoudService(KennisrecordRepository records, InhoudLezer lezer, InhoudSchrijver schrijver, Revisies revisies,
            AuditLog auditLog, ApplicationEventPublisher gebeurtenissen) {
        this.records = records;
        this.lezer = lezer;
        this.schrijver = schrijver;
        this.revisies = revisies;
        this.auditLog = auditLog;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = Clock.systemUTC();
    }

    /**
     * Checks every file first; with any problem nothing is written and {@link OngeldigeInhoudException}
     * lists them all. Unchanged files are skipped, so importing twice changes nothing. Records
     * published or edited in the app are the app's: their files are skipped too (D005). Every
     * new or changed record gets a revision; a record without any revision gets its first.
     */
    @Transactional
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR})
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
        List<GelezenBestand> gewijzigd = new ArrayList<>();
        List<Kennisrecord> zonderRevisie = new ArrayList<>();
        Map<Long, Integer> hoogste = revisies.hoogsteNummers();
        java.util.Set<String> nieuweSlugs = new java.util.HashSet<>();
        for (GelezenBestand bestand : gelezen) {
            Kennisrecord record = opSlug.get(bestand.gegevens().slug());
            if (record == null) {
                record = new Kennisrecord(bestand.gegevens().type(), bestand.gegevens().slug());
                nieuweSlugs.add(record.slug());
                nieuw++;
            } else if (record.isInAppBewerkt() || record.bronHash().equals(bestand.hash())) {
                if (record.isInAppBewerkt() && !record.bronHash().equals(bestand.hash())) {
                    log.warn("{} overgeslagen: {} is in de app bewerkt; exporteer de kennisbank om het bestand bij te werken",
                            bestand.bestand(), record.slug());
                }
                if (!hoogste.containsKey(record.id().orElseThrow())) {
                    zonderRevisie.add(record);
                }
                continue;
            }
            boolean eerste = record.id().isEmpty();
            record.neemOver(bestand.gegevens(), bestand.hash(), klok.instant());
            opSlug.put(record.slug(), records.save(record));
            gewijzigd.add(bestand);
            // publication: the record is public from now on (audited in this transaction)
            auditLog.leg(eerste ? "kennisrecord gepubliceerd" : "kennisrecord bijgewerkt", "kennisrecord:" + record.slug());
        }
        for (GelezenBestand bestand : gewijzigd) {
            opSlug.get(bestand.gegevens().slug()).koppel(bestand.gegevens(), opSlug::get);
        }
        records.flush();
        String door = auditLog.huidigeGebruiker();
        Function<String, KennisType> typeVan = slug -> opSlug.get(slug).type();
        for (Kennisrecord record : zonderRevisie) {
            revisies.legVast(record, hoogste, typeVan, door, Teksten.nl("revisie.omschrijving.begin"), true);
        }
        for (GelezenBestand bestand : gewijzigd) {
            Kennisrecord record = opSlug.get(bestand.gegevens().slug());
            boolean isNieuw = nieuweSlugs.contains(record.slug());
            revisies.legVast(record, hoogste, typeVan, door,
                    Teksten.nl("revisie.omschrijving.import", bestand.bestand()), false);
            gebeurtenissen.publishEvent(KennisrecordGewijzigd.van(record.gegevens(), isNieuw, false, door));
        }
        return new ImportResultaat(nieuw, gewijzigd.size() - nieuw, gelezen.size() - gewijzigd.size());
    }

    /** Writes every record as {@code <map>/<type folder>/<id>.md}; returns the number written. */
    @Transactional(readOnly = true)
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR})
    public int exporteer(Path map) {
        Map<String, String> bestanden = bestanden();
        try {
            for (Map.Entry<String, String> bestand : bestanden.entrySet()) {
                Path pad = map.resolve(bestand.getKey());
                Files.createDirectories(pad.getParent());
                Files.writeString(pad, bestand.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bestanden.size();
    }

    /** The same files as {@link #exporteer(Path)}, as one zip archive. */
    @Transactional(readOnly = true)
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR})
    public void exporteerZip(OutputStream uit) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(uit, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> bestand : bestanden().entrySet()) {
                zip.putNextEntry(new ZipEntry("content/" + bestand.getKey()));
                zip.write(bestand.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private Map<String, String> bestanden() {
        List<Kennisrecord> alle = records.findAll();
        Map<String, KennisType> typeVan = alle.stream().collect(Collectors.toMap(Kennisrecord::slug, Kennisrecord::type));
        Map<String, String> bestanden = new TreeMap<>();
        for (Kennisrecord record : alle) {
            bestanden.put(record.type().map() + "/" + record.slug() + ".md",
                    schrijver.schrijf(record.gegevens(), typeVan::get));
        }
        return bestanden;
    }
}
