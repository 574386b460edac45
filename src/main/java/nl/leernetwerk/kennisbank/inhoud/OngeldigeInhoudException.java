package nl.leernetwerk.kennisbank.inhoud;

import java.util.List;
import java.util.stream.Collectors;

/** Content that cannot be imported; nothing of it was written. */
public class OngeldigeInhoudException extends RuntimeException {

    private final transient List<InhoudFout> fouten;

    OngeldigeInhoudException(List<InhoudFout> fouten) {
        super(fouten.stream().map(InhoudFout::tekst).collect(Collectors.joining("\n")));
        this.fouten = List.copyOf(fouten);
    }

    public List<InhoudFout> fouten() {
        return fouten;
    }
}
