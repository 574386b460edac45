package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** What the leernetwerk's views share: the id in the route and how an error is told. */
final class Schermen {

    private Schermen() {}

    /** The route's {@code :id}, when it is a number. */
    static Optional<Long> id(BeforeEnterEvent event) {
        return event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf);
    }

    /** A Dutch (or English) error that stays until read; the page keeps what was typed. */
    static void fout(Component scherm, String sleutel, Object... argumenten) {
        Notification.show(scherm.getTranslation(sleutel, argumenten), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
