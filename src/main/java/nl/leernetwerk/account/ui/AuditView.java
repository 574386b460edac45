package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import nl.leernetwerk.account.AuditFilter;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;

/**
 * Beheer: the audit log, newest first, filtered by user, action, period and subject, loaded page
 * by page; the filtered selection downloads as CSV.
 */
@Route("beheer/audit")
@RolesAllowed(Rol.Naam.BEHEERDER)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss").withZone(AuditLog.TIJDZONE);

    final TextField gebruiker = new TextField(getTranslation("audit.gebruiker"));
    final ComboBox<String> actie = new ComboBox<>(getTranslation("audit.actie"));
    final DatePicker van = new DatePicker(getTranslation("audit.van"));
    final DatePicker tot = new DatePicker(getTranslation("audit.tot"));
    final TextField onderwerp = new TextField(getTranslation("audit.onderwerp"));
    final Grid<AuditLog.Regel> grid = new Grid<>();
    final Span aantal = new Span();
    private AuditFilter filter = AuditFilter.ALLES;

    AuditView(AuditLog auditLog) {
        gebruiker.setId("audit-gebruiker");
        actie.setId("audit-actie");
        actie.setItems(auditLog.acties());
        actie.setAllowCustomValue(true);
        actie.addCustomValueSetListener(e -> actie.setValue(e.getDetail()));
        actie.setClearButtonVisible(true);
        van.setId("audit-van");
        tot.setId("audit-tot");
        onderwerp.setId("audit-onderwerp");
        onderwerp.setPlaceholder(getTranslation("audit.onderwerp.voorbeeld"));
        for (TextField veld : new TextField[] {gebruiker, onderwerp}) {
            veld.setValueChangeMode(ValueChangeMode.LAZY);
            veld.setClearButtonVisible(true);
        }
        gebruiker.addValueChangeListener(e -> filter(auditLog));
        onderwerp.addValueChangeListener(e -> filter(auditLog));
        actie.addValueChangeListener(e -> filter(auditLog));
        van.addValueChangeListener(e -> filter(auditLog));
        tot.addValueChangeListener(e -> filter(auditLog));

        grid.addColumn(r -> TIJD.format(r.tijdstip())).setHeader(getTranslation("audit.tijdstip")).setKey("tijdstip")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditLog.Regel::gebruiker).setHeader(getTranslation("audit.gebruiker")).setKey("gebruiker");
        grid.addColumn(AuditLog.Regel::actie).setHeader(getTranslation("audit.actie")).setKey("actie").setFlexGrow(2);
        grid.addColumn(AuditLog.Regel::onderwerp).setHeader(getTranslation("audit.onderwerp")).setKey("onderwerp");
        grid.setId("audit-regels");
        grid.setPageSize(50);
        grid.setItems(query -> auditLog.zoek(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, auditLog.tel(filter)));
        aantal.setId("audit-aantal");

        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("auditlog.csv");
            event.setContentType("text/csv;charset=UTF-8");
            auditLog.exporteerCsv(filter, new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
        }, getTranslation("audit.csv"));
        csv.setId("audit-csv");

        HorizontalLayout filters = new HorizontalLayout(gebruiker, actie, van, tot, onderwerp);
        filters.setWrap(true);
        HorizontalLayout onder = new HorizontalLayout(aantal, csv);
        onder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getPageTitle()), filters, onder, grid);
        setSizeFull();
        filter(auditLog);
    }

    private void filter(AuditLog auditLog) {
        if (van.getValue() != null && tot.getValue() != null && van.getValue().isAfter(tot.getValue())) {
            tot.setErrorMessage(getTranslation("audit.fout.periode"));
            tot.setInvalid(true);
            return;
        }
        tot.setInvalid(false);
        filter = new AuditFilter(gebruiker.getValue(), actie.getValue(), van.getValue(), tot.getValue(), onderwerp.getValue());
        grid.getDataProvider().refreshAll();
        aantal.setText(getTranslation("audit.aantal", auditLog.tel(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.titel");
    }
}
