package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordAanvulling;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.leernetwerk.ReactieService;
import nl.leernetwerk.leernetwerk.VolgService;
import nl.leernetwerk.leernetwerk.Volgsoort;

/**
 * Below a kennisrecord, for signed-in users: follow it (a werkzaam element is followed with the
 * records that name it) and its comment thread.
 */
@org.springframework.stereotype.Component
class RecordVolgenEnReacties implements KennisrecordAanvulling {

    private final VolgService volgen;
    private final ReactieService reacties;
    private final AuthenticationContext authenticatie;

    RecordVolgenEnReacties(VolgService volgen, ReactieService reacties, AuthenticationContext authenticatie) {
        this.volgen = volgen;
        this.reacties = reacties;
        this.authenticatie = authenticatie;
    }

    @Override
    public Component maak(KennisrecordGegevens record) {
        Div blok = new Div();
        if (!authenticatie.isAuthenticated()) {
            blok.setVisible(false);
            return blok;
        }
        Volgsoort soort = record.type() == KennisType.WERKZAAM_ELEMENT ? Volgsoort.WERKZAAM_ELEMENT : Volgsoort.RECORD;
        Button volg = new Button();
        volg.setId("volg");
        Runnable opschrift = () -> volg.setText(blok.getTranslation(volgen.volgt(soort, record.slug())
                ? "leernetwerk.volg.ontvolg" : "leernetwerk.volg.volg"));
        opschrift.run();
        volg.addClickListener(e -> {
            if (volgen.volgt(soort, record.slug())) {
                volgen.ontvolg(soort, record.slug());
            } else {
                volgen.volg(soort, record.slug());
            }
            opschrift.run();
        });
        blok.add(volg, new ReactiesPaneel(() -> reacties.bijRecord(record.slug()),
                (ouder, tekst) -> reacties.plaatsBijRecord(record.slug(), ouder, tekst)));
        blok.setWidthFull();
        return blok;
    }
}
