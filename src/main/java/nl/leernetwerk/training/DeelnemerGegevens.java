package nl.leernetwerk.training;

import java.time.LocalDate;

/**
 * What is kept about a participant (minimal data).
 *
 * @param uitgeschrevenOp when the enrolment ended (left or moved), else {@code null}
 * @param verplaatstNaar the name of the group the participant moved to, else {@code null}
 */
public record DeelnemerGegevens(long id, String naam, Contactkanaal contactkanaal, LocalDate verwezenOp,
        Integer tredeStart, LocalDate uitgeschrevenOp, Uitschrijfreden uitschrijfreden, String verplaatstNaar) {}
