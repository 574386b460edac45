package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links to kennisbank pages. */
final class KennisbankRoutes {

    static final String SLUG = "slug";

    private KennisbankRoutes() {}

    static RouterLink naarRecord(String titel, String slug) {
        return new RouterLink(titel, KennisrecordView.class, new RouteParameters(SLUG, slug));
    }
}
