package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.IndexControle;
import nl.leernetwerk.kennisbank.ZoekIndex;
import nl.leernetwerk.kennisbank.inhoud.ImportResultaat;
import nl.leernetwerk.kennisbank.inhoud.InhoudFout;
import nl.leernetwerk.kennisbank.inhoud.InhoudService;
import nl.leernetwerk.kennisbank.inhoud.OngeldigeInhoudException;
import org.springframework.beans.factory.annotation.Value;

/**
 * Beheer of the kennisbank: read the content folder again, download everything as files, and
 * check the search index against the database, with a one-click rebuild.
 */
@Route("beheer/inhoud")
@RolesAllowed({Rol.Naam.BEHEERDER, Rol.Naam.REDACTEUR})
class InhoudBeheerView extends VerticalLayout implements HasDynamicTitle {

    private final InhoudService inhoud;
    private final ZoekIndex zoekIndex;
    private final Path map;
    private final UnorderedList fouten = new UnorderedList();
    private final Paragraph indexStand = new Paragraph();
    private final Paragraph indexControle = new Paragraph();

    InhoudBeheerView(InhoudService inhoud, ZoekIndex zoekIndex, @Value("${leernetwerk.content.dir}") Path map) {
        this.inhoud = inhoud;
        this.zoekIndex = zoekIndex;
        this.map = map;
        Button importeer = new Button(getTranslation("inhoudbeheer.importeer"), e -> importeer());
        importeer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor exporteer = new Anchor((DownloadHandler) event -> {
            event.setFileName("kennisbank.zip");
            inhoud.exporteerZip(event.getOutputStream());
        }, getTranslation("inhoudbeheer.exporteer"));
        fouten.setId("inhoud-fouten");
        Button herbouw = new Button(getTranslation("inhoudbeheer.index.herbouw"), e -> herbouwIndex());
        indexStand.setId("index-stand");
        Button controleer = new Button(getTranslation("inhoudbeheer.index.controleer"), e -> controleer());
        controleer.setId("index-controleer");
        indexControle.setId("index-controle");
        toonIndexStand();
        add(new H1(getPageTitle()),
                new Paragraph(getTranslation("inhoudbeheer.uitleg", map.toAbsolutePath().toString())),
                new HorizontalLayout(importeer, exporteer), fouten,
                new H2(getTranslation("inhoudbeheer.index.titel")), indexStand, indexControle,
                new HorizontalLayout(controleer, herbouw));
    }

    private void toonIndexStand() {
        indexStand.setText(getTranslation("inhoudbeheer.index.stand", zoekIndex.aantalInIndex(),
                zoekIndex.aantalInDatabase()));
    }

    /** Database ids against index ids: how many differ, and the first few of each kind. */
    private void controleer() {
        IndexControle controle = zoekIndex.controleer();
        indexControle.setText(controle.klopt()
                ? getTranslation("inhoudbeheer.index.controle.klopt", controle.inDatabase())
                : getTranslation("inhoudbeheer.index.controle.verschil", controle.verschillen(),
                        eerste(controle.ontbreken()), eerste(controle.overbodig())));
    }

    private static String eerste(java.util.List<Long> ids) {
        String lijst = ids.stream().limit(20).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return ids.isEmpty() ? "–" : ids.size() > 20 ? lijst + ", …" : lijst;
    }

    private void herbouwIndex() {
        try {
            zoekIndex.herbouwIndex();
            Notification.show(getTranslation("inhoudbeheer.index.klaar")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        toonIndexStand();
        if (!indexControle.getText().isEmpty()) {
            controleer();
        }
    }

    private void importeer() {
        fouten.removeAll();
        try {
            ImportResultaat resultaat = inhoud.importeer(map);
            Notification.show(getTranslation("inhoudbeheer.geimporteerd", resultaat.nieuw(), resultaat.gewijzigd(),
                    resultaat.ongewijzigd())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            toonIndexStand();
        } catch (OngeldigeInhoudException e) {
            Notification.show(getTranslation("inhoudbeheer.fouten", e.fouten().size()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            for (InhoudFout fout : e.fouten()) {
                fouten.add(new ListItem(fout.bestand() + ":" + fout.regel() + ": "
                        + getTranslation(fout.sleutel(), fout.argumenten().toArray())));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inhoudbeheer.titel");
    }
}
