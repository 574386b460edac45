package nl.leernetwerk.training;

import java.util.List;

/** A group with its participants and bijeenkomsten. */
public record GroepDetail(GroepSamenvatting groep, List<DeelnemerGegevens> deelnemers,
        List<BijeenkomstSamenvatting> bijeenkomsten) {}
