package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.leernetwerk.training.AfspraakService;

/** The group's current afspraken, shown at the start of a bijeenkomst (open) and one tap away while running it. */
class AfsprakenKaart extends Details {

    private final AfspraakService afspraakService;

    AfsprakenKaart(AfspraakService afspraakService) {
        this.afspraakService = afspraakService;
        setId("afspraken-kaart");
        setOpened(true);
        setWidthFull();
    }

    void toon(long bijeenkomstId) {
        List<AfspraakService.Regel> afspraken = afspraakService.geldendBij(bijeenkomstId);
        setSummaryText(getTranslation("afspraken.kaart", afspraken.size()));
        removeAll();
        if (afspraken.isEmpty()) {
            add(new Paragraph(getTranslation("afspraken.geen")));
            return;
        }
        UnorderedList lijst = new UnorderedList();
        afspraken.forEach(a -> lijst.add(new ListItem(a.voorgesteldDoor() == null ? a.tekst()
                : getTranslation("afspraken.kaart.regel", a.tekst(), a.voorgesteldDoor()))));
        add(lijst);
    }
}
