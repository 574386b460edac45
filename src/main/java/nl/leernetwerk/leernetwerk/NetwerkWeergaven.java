package nl.leernetwerk.leernetwerk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How networks, their meetings and leerpunten are shown. */
public final class NetwerkWeergaven {

    private NetwerkWeergaven() {}

    public record NetwerkSamenvatting(long id, String naam, String regio, String facilitator, int leden, boolean lid) {}

    /** @param toestemming whether the current user consents to being named with a quote */
    public record NetwerkDetail(long id, long versie, String naam, String regio, String initiator, String facilitator,
            List<Lid> leden, boolean lid, boolean magLeiden, boolean toestemming, List<BijeenkomstSamenvatting> bijeenkomsten) {}

    public record Lid(String gebruikersnaam, Instant toestemmingOp) {}

    public record BijeenkomstSamenvatting(long id, LocalDate datum, Vorm vorm, String thema, String plaats) {}

    public record BijeenkomstDetail(long id, long netwerkId, String netwerk, LocalDate datum, Vorm vorm, String thema,
            String plaats, boolean magLeiden, boolean vragenOpen, List<String> leden, List<LeerpuntWeergave> leerpunten) {}

    /**
     * @param citaatVan the member's name, only when they consented; null otherwise
     * @param bijdragen titles of the contributions it comes from
     */
    public record LeerpuntWeergave(long id, String titel, String tekst, String reikwijdte, String citaat,
            String citaatVan, List<String> bijdragen, String kennisrecordSlug) {}

    public record NieuwLeerpunt(String titel, String tekst, String reikwijdte, String citaat, String citaatVan,
            List<Long> bijdragen) {}
}
