package nl.leernetwerk.leernetwerk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.Teksten;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.leernetwerk.domain.Bijdrage;
import nl.leernetwerk.leernetwerk.domain.BijdrageRepository;
import nl.leernetwerk.leernetwerk.domain.NetwerkBijeenkomst;
import nl.leernetwerk.leernetwerk.domain.NetwerkBijeenkomstRepository;
import nl.leernetwerk.leernetwerk.domain.Reactie;
import nl.leernetwerk.leernetwerk.domain.ReactieRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threaded comments on published kennisrecords (any signed-in user) and on contributions
 * (their author and the redactie). The author of what is commented on, and of the comment
 * replied to, is notified.
 */
@Service
@Secured({Rol.Authority.LID, Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER, Rol.Authority.TRAINER})
public class ReactieService {

    public static final int TEKST_MAX = 4000;

    private final ReactieRepository reacties;
    private final BijdrageRepository bijdragen;
    private final BijdrageToegang toegang;
    private final KennisbankService kennisbank;
    private final Melder melder;
    private final Gebruiker gebruiker;
    private final NetwerkBijeenkomstRepository bijeenkomsten;
    private final Clock klok = Clock.systemUTC();

    ReactieService(ReactieRepository reacties, BijdrageRepository bijdragen, BijdrageToegang toegang,
            KennisbankService kennisbank, Melder melder, Gebruiker gebruiker,
            NetwerkBijeenkomstRepository bijeenkomsten) {
        this.bijeenkomsten = bijeenkomsten;
        this.reacties = reacties;
        this.bijdragen = bijdragen;
        this.toegang = toegang;
        this.kennisbank = kennisbank;
        this.melder = melder;
        this.gebruiker = gebruiker;
    }

    @Transactional(readOnly = true)
    public List<ReactieWeergave> bijRecord(String slug) {
        return draad("kennisrecord:" + slug);
    }

    @Transactional(readOnly = true)
    public List<ReactieWeergave> bijBijdrage(long bijdrageId) {
        toegang.zichtbaar(bijdragen.findById(bijdrageId).orElseThrow());
        return draad("bijdrage:" + bijdrageId);
    }

    /** @param ouderId the comment this replies to, or null */
    @Transactional
    public long plaatsBijRecord(String slug, Long ouderId, String tekst) {
        var record = kennisbank.detail(slug).orElseThrow();
        Set<String> ontvangers = new LinkedHashSet<>();
        bijdragen.findFirstByKennisrecordSlug(slug).map(Bijdrage::auteur).ifPresent(ontvangers::add);
        return plaats("kennisrecord:" + slug, ouderId, tekst, ontvangers,
                Teksten.nl("leernetwerk.melding.reactie", gebruiker.naam(), record.gegevens().titel()), "kennisbank/" + slug);
    }

    @Transactional
    public long plaatsBijBijdrage(long bijdrageId, Long ouderId, String tekst) {
        Bijdrage bijdrage = bijdragen.findById(bijdrageId).orElseThrow();
        toegang.zichtbaar(bijdrage);
        Set<String> ontvangers = new LinkedHashSet<>(Set.of(bijdrage.auteur()));
        return plaats("bijdrage:" + bijdrageId, ouderId, tekst, ontvangers,
                Teksten.nl("leernetwerk.melding.reactie", gebruiker.naam(), titel(bijdrage)), "leernetwerk/bijdrage/" + bijdrageId);
    }

    /** Questions for a network meeting; for its members. */
    @Transactional(readOnly = true)
    public List<ReactieWeergave> vragenBijBijeenkomst(long bijeenkomstId) {
        NetwerkBijeenkomst bijeenkomst = bijeenkomsten.findById(bijeenkomstId).orElseThrow();
        alleenLeden(bijeenkomst);
        return draad("bijeenkomst:" + bijeenkomstId);
    }

    /** A member posts a question (or answers one) before the meeting; the facilitator is notified. */
    @Transactional
    public long plaatsVraag(long bijeenkomstId, Long ouderId, String tekst) {
        NetwerkBijeenkomst bijeenkomst = bijeenkomsten.findById(bijeenkomstId).orElseThrow();
        alleenLeden(bijeenkomst);
        if (!NetwerkService.vragenOpen(bijeenkomst)) {
            throw new OngeldigeBijdrageException("leernetwerk.bijeenkomst.fout.voorbij");
        }
        Set<String> ontvangers = new LinkedHashSet<>(Set.of(bijeenkomst.netwerk().facilitator()));
        return plaats("bijeenkomst:" + bijeenkomstId, ouderId, tekst, ontvangers,
                Teksten.nl("leernetwerk.melding.vraag", gebruiker.naam(), bijeenkomst.netwerk().naam(),
                        bijeenkomst.thema()), "leernetwerk/netwerk/bijeenkomst/" + bijeenkomstId);
    }

    private void alleenLeden(NetwerkBijeenkomst bijeenkomst) {
        if (!bijeenkomst.netwerk().isLid(gebruiker.naam())) {
            throw new org.springframework.security.access.AccessDeniedException("geen lid van het netwerk");
        }
    }

    private long plaats(String onderwerp, Long ouderId, String tekst, Set<String> ontvangers, String melding,
            String link) {
        if (tekst == null || tekst.isBlank()) {
            throw new OngeldigeBijdrageException("leernetwerk.reactie.fout.leeg");
        }
        if (tekst.strip().length() > TEKST_MAX) {
            throw new OngeldigeBijdrageException("leernetwerk.reactie.fout.te-lang", TEKST_MAX);
        }
        if (ouderId != null) {
            Reactie ouder = reacties.findById(ouderId).filter(r -> r.onderwerp().equals(onderwerp)).orElseThrow();
            ontvangers.add(ouder.auteur());
        }
        Reactie reactie = reacties.save(new Reactie(onderwerp, ouderId, gebruiker.naam(), tekst.strip(), klok.instant()));
        ontvangers.remove(gebruiker.naam());
        ontvangers.forEach(o -> melder.meld(o, melding, link));
        return reactie.id().orElseThrow();
    }

    static String titel(Bijdrage bijdrage) {
        return bijdrage.titel() == null ? Teksten.nl("leernetwerk.bijdrage.zonder-titel") : bijdrage.titel();
    }

    /** Depth-first: every reply right below what it answers, in order of posting. */
    private List<ReactieWeergave> draad(String onderwerp) {
        List<Reactie> alle = reacties.findByOnderwerpOrderByGeplaatstOpAscIdAsc(onderwerp);
        Map<Long, List<Reactie>> antwoorden = new LinkedHashMap<>();
        alle.forEach(r -> antwoorden.computeIfAbsent(r.ouderId(), k -> new ArrayList<>()).add(r));
        List<ReactieWeergave> draad = new ArrayList<>();
        voegToe(antwoorden, null, 0, draad);
        return draad;
    }

    private static void voegToe(Map<Long, List<Reactie>> antwoorden, Long ouder, int diepte, List<ReactieWeergave> draad) {
        for (Reactie r : antwoorden.getOrDefault(ouder, List.of())) {
            long id = r.id().orElseThrow();
            draad.add(new ReactieWeergave(id, r.ouderId(), r.auteur(), r.tekst(), r.geplaatstOp(), diepte));
            voegToe(antwoorden, id, diepte + 1, draad);
        }
    }
}
