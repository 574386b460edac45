package nl.leernetwerk.basis.ui;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The main navigation entries the current user may open, in menu order. */
@Component
class ToegankelijkMenu {

    private final List<Hoofdmenu> menu;
    private final AccessAnnotationChecker accessChecker;

    ToegankelijkMenu(List<Hoofdmenu> menu, AccessAnnotationChecker accessChecker) {
        this.menu = menu.stream().sorted(Comparator.comparingInt(Hoofdmenu::volgorde)).toList();
        this.accessChecker = accessChecker;
    }

    List<Hoofdmenu> voorHuidigeGebruiker() {
        return menu.stream().filter(item -> accessChecker.hasAccess(item.view())).toList();
    }
}
