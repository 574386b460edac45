package nl.leernetwerk.kennisbank.inhoud;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;

/** The content reader and writer for tools outside the app (the benchmark's data generator). */
public final class InhoudBestanden {

    private InhoudBestanden() {}

    /** Every record of a content folder, checked by the importer's rules; throws {@link OngeldigeInhoudException}. */
    public static List<KennisrecordGegevens> lees(Path map) {
        return new InhoudLezer().lees(map, slug -> Optional.empty()).stream().map(GelezenBestand::gegevens).toList();
    }

    /** A record as its content file. */
    public static String schrijf(KennisrecordGegevens gegevens, Function<String, KennisType> typeVan) {
        return new InhoudSchrijver().schrijf(gegevens, typeVan);
    }
}
