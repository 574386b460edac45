package nl.leernetwerk.training;

import java.util.List;

/**
 * A group with its trainers (user names), its active participants, those who left or moved
 * (history), and its bijeenkomsten.
 */
public record GroepDetail(GroepSamenvatting groep, List<String> trainers, List<DeelnemerGegevens> deelnemers,
        List<DeelnemerGegevens> uitgeschreven, List<BijeenkomstSamenvatting> bijeenkomsten) {}
