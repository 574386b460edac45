package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import nl.leernetwerk.basis.ui.Datumkiezer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.leernetwerk.training.AanwezigheidExport;
import nl.leernetwerk.training.BijeenkomstSamenvatting;

/** The attendance list of a group for a chosen period, as CSV or PDF (minimal data: name, date, status). */
class ExportBalk extends HorizontalLayout {

    private final DatePicker van = Datumkiezer.inTaal(new DatePicker());
    private final DatePicker tot = Datumkiezer.inTaal(new DatePicker());
    private final Anchor csv;
    private final Anchor pdf;
    private long groepId;

    ExportBalk(AanwezigheidExport export) {
        setId("export");
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        van.setLabel(getTranslation("training.export.van"));
        tot.setLabel(getTranslation("training.export.tot"));
        csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("aanwezigheid-" + periode() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            event.getOutputStream().write(export.csv(groepId, van.getValue(), tot.getValue()).getBytes(StandardCharsets.UTF_8));
        }, getTranslation("training.export.csv"));
        pdf = new Anchor((DownloadHandler) event -> {
            event.setFileName("aanwezigheid-" + periode() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(export.pdf(groepId, van.getValue(), tot.getValue()));
        }, getTranslation("training.export.pdf"));
        van.addValueChangeListener(e -> controleer());
        tot.addValueChangeListener(e -> controleer());
        add(van, tot, csv, pdf);
    }

    /** The period defaults to the group's first to last bijeenkomst. */
    void toon(long groepId, List<BijeenkomstSamenvatting> bijeenkomsten) {
        this.groepId = groepId;
        if (van.isEmpty() && tot.isEmpty() && !bijeenkomsten.isEmpty()) {
            van.setValue(bijeenkomsten.getFirst().datum());
            tot.setValue(bijeenkomsten.getLast().datum());
        }
    }

    private void controleer() {
        boolean goed = van.getValue() == null || tot.getValue() == null || !tot.getValue().isBefore(van.getValue());
        tot.setInvalid(!goed);
        tot.setErrorMessage(getTranslation("training.export.tot.voorvan"));
        csv.setEnabled(goed);
        pdf.setEnabled(goed);
    }

    private String periode() {
        return (van.getValue() == null ? "begin" : van.getValue().toString()) + "-"
                + (tot.getValue() == null ? "eind" : tot.getValue().toString());
    }

}
