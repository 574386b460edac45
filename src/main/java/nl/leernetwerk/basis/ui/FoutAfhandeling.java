package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in event handlers (a click, a save): the user gets a Dutch notification and keeps the
 * page with everything typed; the stack trace goes to the log with the same reference.
 */
@Component
class FoutAfhandeling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FoutAfhandeling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String kenmerk = UUID.randomUUID().toString().substring(0, 8);
            log.error("Fout {}", kenmerk, error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show(ui.getTranslation("fout.melding", kenmerk), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
    }
}
