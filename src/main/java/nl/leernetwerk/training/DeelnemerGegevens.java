package nl.leernetwerk.training;

import java.time.LocalDate;

/** What is kept about a participant (minimal data). */
public record DeelnemerGegevens(long id, String naam, Contactkanaal contactkanaal, LocalDate verwezenOp,
        Integer tredeStart) {}
