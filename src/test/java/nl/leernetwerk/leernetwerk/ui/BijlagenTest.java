package nl.leernetwerk.leernetwerk.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.leernetwerk.BijdrageType;
import nl.leernetwerk.leernetwerk.BijlageService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Attachments on a contribution through the views: the author uploads up to five files of the
 * allowed types (checked by their bytes, not only the name), sees them with their size, removes
 * one after confirming; downloads are attachments with a safe name, for who may see the
 * contribution only; they are deleted with the contribution.
 */
// the shared context of the other view tests
@AutoConfigureMockMvc
class BijlagenTest extends KaribuTest {

    private static final String WACHTWOORD = "paars-fietswiel-op-dinsdag";
    private static final byte[] PDF = "%PDF-1.4\n% een verslag\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired
    private BijlageService bijlageService;

    @Autowired
    private GebruikerService gebruikerService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    private static byte[] office(String map) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(map + "document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return uit.toByteArray();
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId("bijlage-upload"));
    }

    private static Anchor bijlage(String naam) {
        return _get(Anchor.class, spec -> spec.withText(naam));
    }

    /** Runs the link's download handler as the browser's request would, keeping the response's headers. */
    private static FakeResponse download(Anchor link) throws Exception {
        StreamResourceRegistry.ElementStreamResource bron = (StreamResourceRegistry.ElementStreamResource) VaadinSession
                .getCurrent().getResourceRegistry().getResource(new URI(link.getHref())).orElseThrow();
        FakeResponse response = new FakeResponse();
        bron.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinService.getCurrent()),
                VaadinSession.getCurrent(), bron.getOwner());
        return response;
    }

    @Test
    void the_author_attaches_files_of_allowed_types_and_others_see_them_only_when_they_may_see_the_contribution()
            throws Exception {
        aanmelding.als("beheerder", Rol.BEHEERDER, () -> gebruikerService.maak(new NieuweGebruiker("nieuwsgierig",
                "Nina Nieuwsgierig", WACHTWOORD, Set.of(Rol.LID))));
        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk");
        _setValue(_get(Select.class, spec -> spec.withLabel("Soort bijdrage")), BijdrageType.PRAKTIJKVOORBEELD);
        _click(_get(Button.class, spec -> spec.withText("Beginnen")));
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .replace("leernetwerk/bijdrage/", ""));
        assertThat(upload().getMaxFiles()).isEqualTo(5);
        assertThat(upload().getMaxFileSize()).isEqualTo(10 * 1024 * 1024);

        // accepted, listed with its size; the name loses its folders and unsafe characters
        UploadKt._upload(upload(), "verslag.pdf", "application/pdf", PDF);
        expectNotifications("verslag.pdf is toegevoegd.");
        assertThat(bijlage("verslag.pdf").isVisible()).isTrue();
        assertThat(_find(Span.class, spec -> spec.withText(PDF.length + " B"))).hasSize(1);
        UploadKt._upload(upload(), "..\\..\\Bureaublad\\foto \"team\";1.png", "image/png", PNG);
        expectNotifications("foto _team__1.png is toegevoegd.");

        // refused, with a Dutch message, and nothing stored
        UploadKt._upload(upload(), "factuur.pdf", "application/pdf", "MZ\u0090\u0000 geen pdf".getBytes(StandardCharsets.ISO_8859_1));
        expectNotifications("factuur.pdf is niet toegevoegd: de inhoud is geen pdf-bestand, ook al heet het zo.");
        UploadKt._upload(upload(), "script.exe", "application/octet-stream", "MZ".getBytes(StandardCharsets.US_ASCII));
        expectNotifications("script.exe is niet toegevoegd: alleen pdf, docx, xlsx, pptx, png en jpg kunnen als bijlage.");
        UploadKt._upload(upload(), "brief.docx", "application/octet-stream", office("xl/"));
        expectNotifications("brief.docx is niet toegevoegd: de inhoud is geen docx-bestand, ook al heet het zo.");
        byte[] groot = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        UploadKt._upload(upload(), "groot.pdf", "application/pdf", groot);
        expectNotifications("groot.pdf is niet toegevoegd: een bijlage is hoogstens 10 MB.");
        assertThat(jdbc.queryForObject("select count(*) from bijlage where bijdrage_id = ?", Long.class, id)).isEqualTo(2);

        // up to five
        byte[] docx = office("word/");
        UploadKt._upload(upload(), "brief.docx", "application/octet-stream", docx);
        UploadKt._upload(upload(), "cijfers.xlsx", "application/octet-stream", office("xl/"));
        UploadKt._upload(upload(), "kantoor.JPEG", "image/jpeg", JPG);
        expectNotifications("brief.docx is toegevoegd.", "cijfers.xlsx is toegevoegd.", "kantoor.JPEG is toegevoegd.");
        UploadKt._upload(upload(), "dia.pptx", "application/octet-stream", office("ppt/"));
        expectNotifications("dia.pptx is niet toegevoegd: een bijdrage heeft hoogstens 5 bijlagen.");

        // download: the bytes, as an attachment with the safe name
        assertThat(DownloadKt._download(bijlage("verslag.pdf"))).isEqualTo(PDF);
        FakeResponse antwoord = download(bijlage("foto _team__1.png"));
        assertThat(antwoord.getHeader("Content-Disposition")).startsWith("attachment").contains("foto _team__1.png")
                .doesNotContain("\"team\"");
        assertThat(antwoord.getContentType()).isEqualTo("image/png");
        assertThat(antwoord.getBuffer().toByteArray()).isEqualTo(PNG);

        // removing asks first
        _click(_find(Button.class, spec -> spec.withText("Verwijderen")).stream()
                .filter(b -> b.getAriaLabel().filter("Bijlage kantoor.JPEG verwijderen"::equals).isPresent())
                .findFirst().orElseThrow());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("kantoor.JPEG is verwijderd.");
        assertThat(_find(Anchor.class, spec -> spec.withText("kantoor.JPEG"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from bijlage where bijdrage_id = ?", Long.class, id)).isEqualTo(4);

        // another member may not see the concept: no page, no download (checked again when the link is used)
        Anchor link = bijlage("verslag.pdf");
        long bijlageId = Long.parseLong(link.getId().orElseThrow().replace("bijlage-", ""));
        login("nieuwsgierig", WACHTWOORD);
        assertThat(download(link).getStatus()).isEqualTo(404);
        assertThat(download(link).getBuffer().size()).isZero();
        assertThatThrownBy(() -> bijlageService.bestand(bijlageId)).isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");

        // submitted: the redactie sees and downloads them, nobody adds or removes any more
        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Bijlagen bij een praktijkvoorbeeld");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Samenvatting (1 tot 3 zinnen)")), "Kort.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Aanpak")), "Zo.");
        _click(_get(Button.class, spec -> spec.withText("Indienen bij de redactie")));
        expectNotifications("Je bijdrage is ingediend. De redactie bekijkt hem en laat van zich horen.");
        assertThat(_find(Upload.class)).isEmpty();
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        assertThat(DownloadKt._download(bijlage("brief.docx"))).isEqualTo(docx);
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Verwijderen"))).isEmpty();

        // deleted with the contribution
        jdbc.update("delete from bijdrage where id = ?", id);
        assertThat(jdbc.queryForObject("select count(*) from bijlage where bijdrage_id = ?", Long.class, id)).isZero();
    }
}
