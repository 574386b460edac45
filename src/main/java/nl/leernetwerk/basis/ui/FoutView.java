package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected error: a Dutch message with a reference for support; the stack trace only goes to the log. */
@AnonymousAllowed
class FoutView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(FoutView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String kenmerk = UUID.randomUUID().toString().substring(0, 8);
        log.error("Fout {} bij {}", kenmerk, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("fout.titel")), new Paragraph(getTranslation("fout.tekst", kenmerk)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
