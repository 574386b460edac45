package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.leernetwerk.leernetwerk.BijlageService;
import nl.leernetwerk.leernetwerk.BijlageService.BijlageWeergave;
import nl.leernetwerk.leernetwerk.Bestandssoort;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The attachments of a contribution: each with its size, downloaded as an attachment by whoever
 * may see the contribution (checked again at download); its author adds files while it can be
 * edited and removes one after confirming. Files are checked again by the service (type by content, size, number).
 */
class BijlagenPaneel extends VerticalLayout {

    private final BijlageService bijlagen;
    private final long bijdrageId;
    private final boolean bewerkbaar;
    private final VerticalLayout regels = new VerticalLayout();

    BijlagenPaneel(BijlageService bijlagen, long bijdrageId, boolean bewerkbaar) {
        this.bijlagen = bijlagen;
        this.bijdrageId = bijdrageId;
        this.bewerkbaar = bewerkbaar;
        setPadding(false);
        setId("bijlagen");
        toon();
    }

    private void toon() {
        removeAll();
        List<BijlageWeergave> lijst = bijlagen.bijlagen(bijdrageId);
        setVisible(bewerkbaar || !lijst.isEmpty());
        add(new H3(getTranslation("ln2.bijlage.titel")), regels);
        regels.setPadding(false);
        regels.setSpacing(false);
        toonRegels(lijst);
        if (bewerkbaar) {
            add(new Paragraph(getTranslation("ln2.bijlage.hulp", BijlageService.MAX_AANTAL,
                    BijlageService.MAX_GROOTTE / (1024 * 1024))));
            // one Upload for the page's life: several files of one choice each go to its handler
            add(upload(Math.max(1, BijlageService.MAX_AANTAL - lijst.size())));
        }
    }

    private void toonRegels(List<BijlageWeergave> lijst) {
        regels.removeAll();
        for (BijlageWeergave bijlage : lijst) {
            Anchor link = new Anchor(download(bijlage.id()), bijlage.naam());
            link.setId("bijlage-" + bijlage.id());
            Span grootte = new Span(grootte(bijlage.grootte()));
            grootte.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            HorizontalLayout regel = new HorizontalLayout(link, grootte);
            regel.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            if (bewerkbaar) {
                Button weg = new Button(getTranslation("ln2.bijlage.verwijder"), e -> bevestigVerwijderen(bijlage));
                weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                weg.setAriaLabel(getTranslation("ln2.bijlage.verwijder.van", bijlage.naam()));
                regel.add(weg);
            }
            regels.add(regel);
        }
    }

    /** Reads at most one byte more than allowed, so a too large file is refused without holding it all. */
    private Upload upload(int ruimte) {
        UploadHandler ontvanger = event -> {
            byte[] inhoud;
            try (InputStream in = event.getInputStream()) {
                inhoud = in.readNBytes(BijlageService.MAX_GROOTTE + 1);
            }
            String naam = event.getFileName();
            event.getUI().access(() -> voegToe(naam, inhoud));
        };
        Upload upload = new Upload(ontvanger);
        upload.setId("bijlage-upload");
        upload.setMaxFiles(ruimte);
        upload.setMaxFileSize(BijlageService.MAX_GROOTTE);
        upload.setAcceptedFileTypes(Stream.concat(Arrays.stream(Bestandssoort.values()).map(s -> "." + s.extensie()),
                Stream.of(".jpeg")).toArray(String[]::new));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("ln2.bijlage.kies.een"))
                .setMany(getTranslation("ln2.bijlage.kies")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("ln2.bijlage.sleep.een"))
                .setMany(getTranslation("ln2.bijlage.sleep")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("ln2.bijlage.client.aantal",
                BijlageService.MAX_AANTAL)).setFileIsTooBig(getTranslation("ln2.bijlage.client.groot",
                BijlageService.MAX_GROOTTE / (1024 * 1024))).setIncorrectFileType(getTranslation("ln2.bijlage.client.soort")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Schermen.fout(this, "ln2.bijlage.geweigerd", e.getFileName(),
                e.getErrorMessage()));
        return upload;
    }

    private void voegToe(String naam, byte[] inhoud) {
        try {
            Notification.show(getTranslation("ln2.bijlage.toegevoegd", bijlagen.voegToe(bijdrageId, naam, inhoud).naam()));
        } catch (OngeldigeBijdrageException e) {
            Schermen.fout(this, e.sleutel(), e.argumenten());
        }
        toonRegels(bijlagen.bijlagen(bijdrageId));
    }

    private DownloadHandler download(long bijlageId) {
        return event -> {
            try {
                BijlageService.Bestand bestand = bijlagen.bestand(bijlageId);
                event.setFileName(bestand.naam());
                event.setContentType(bestand.contentType());
                event.setContentLength(bestand.inhoud().length);
                event.getOutputStream().write(bestand.inhoud());
            } catch (AccessDeniedException | java.util.NoSuchElementException e) {
                event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        };
    }

    private void bevestigVerwijderen(BijlageWeergave bijlage) {
        ConfirmDialog bevestig = new ConfirmDialog(getTranslation("ln2.bijlage.verwijder.titel", bijlage.naam()),
                getTranslation("ln2.bijlage.verwijder.tekst"), getTranslation("ln2.bijlage.verwijder.ja"), ok -> {
                    try {
                        bijlagen.verwijder(bijlage.id());
                        Notification.show(getTranslation("ln2.bijlage.verwijderd", bijlage.naam()));
                    } catch (OngeldigeBijdrageException e) {
                        Schermen.fout(this, e.sleutel(), e.argumenten());
                    }
                    toonRegels(bijlagen.bijlagen(bijdrageId));
                });
        bevestig.setCancelable(true);
        bevestig.setCancelText(getTranslation("ln2.bijlage.verwijder.nee"));
        bevestig.setConfirmButtonTheme("error primary");
        bevestig.open();
    }

    /** Dutch notation: 980 B, 12 kB, 1,4 MB. */
    static String grootte(long bytes) {
        NumberFormat formaat = NumberFormat.getNumberInstance(Locale.of("nl", "NL"));
        formaat.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return formaat.format(Math.round(bytes / 1024.0)) + " kB";
        }
        return formaat.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
