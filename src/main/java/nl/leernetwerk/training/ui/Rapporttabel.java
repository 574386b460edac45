package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import nl.leernetwerk.training.UitkomstExport;
import nl.leernetwerk.training.Uitkomstrapport;

/** The instroom/doorstroom/uitstroom report as three tables, with CSV and PDF downloads of the same figures. */
final class Rapporttabel {

    private Rapporttabel() {}

    static Div van(Component context, Uitkomstrapport rapport) {
        Div tabellen = new Div();
        tabellen.setId("rapport");
        for (Uitkomstrapport.Sectie sectie : Uitkomstrapport.Sectie.values()) {
            Grid<Uitkomstrapport.Rij> tabel = new Grid<>();
            tabel.setId("rapport-" + sectie.name().toLowerCase(java.util.Locale.ROOT));
            tabel.addColumn(r -> context.getTranslation(r.sleutel())).setHeader(context.getTranslation("uitkomst.kolom.onderdeel"))
                    .setKey("onderdeel").setFlexGrow(3);
            tabel.addColumn(Uitkomstrapport.Rij::aantal).setHeader(context.getTranslation("uitkomst.kolom.aantal"))
                    .setKey("aantal");
            tabel.addColumn(r -> rapport.percentage(r.aantal())).setHeader(context.getTranslation("uitkomst.kolom.percentage"))
                    .setKey("percentage");
            tabel.setItems(rapport.rijen().stream().filter(r -> r.sectie() == sectie).toList());
            tabel.setAllRowsVisible(true);
            tabellen.add(new H3(context.getTranslation("uitkomst.sectie." + sectie.name())), tabel);
        }
        return tabellen;
    }

    static HorizontalLayout downloads(Component context, String bestandsnaam, String titel,
            Supplier<Uitkomstrapport> rapport) {
        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName(bestandsnaam + ".csv");
            event.getOutputStream().write(UitkomstExport.csv(rapport.get(), context::getTranslation)
                    .getBytes(StandardCharsets.UTF_8));
        }, context.getTranslation("uitkomst.csv"));
        csv.setId("uitkomst-csv");
        Anchor pdf = new Anchor((DownloadHandler) event -> {
            event.setFileName(bestandsnaam + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(UitkomstExport.pdf(rapport.get(), titel, context::getTranslation));
        }, context.getTranslation("uitkomst.pdf"));
        pdf.setId("uitkomst-pdf");
        return new HorizontalLayout(csv, pdf);
    }
}
