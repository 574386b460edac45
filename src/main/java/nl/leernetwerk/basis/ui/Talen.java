package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The interface languages; every new session starts in Dutch, whatever the browser asks for. */
@Component
class Talen implements VaadinServiceInitListener {

    static final Locale NEDERLANDS = Locale.of("nl");
    static final Locale ENGELS = Locale.ENGLISH;

    static Locale ondersteund(Locale locale) {
        return ENGELS.getLanguage().equals(locale.getLanguage()) ? ENGELS : NEDERLANDS;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setLocale(NEDERLANDS));
        // A new UI (e.g. after the language switch reloads the page) speaks the session's language.
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            ui.setLocale(ui.getSession().getLocale());
            // Vaadin's connection indicator speaks English by default; what it says while offline
            // matters: a choice made then is not saved yet (it is sent when the connection is back)
            ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("verbinding.herstellen"));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("verbinding.weg"));
        });
        // Screen readers and spell checkers need the page language; the bootstrap page would say "en".
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale taal = session == null ? NEDERLANDS : ondersteund(session.getLocale());
            response.getDocument().getElementsByTag("html").attr("lang", taal.getLanguage());
        });
    }
}
