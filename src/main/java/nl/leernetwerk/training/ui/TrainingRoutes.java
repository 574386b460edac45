package nl.leernetwerk.training.ui;

import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links between the trainer views. */
final class TrainingRoutes {

    static final String ID = "id";

    private TrainingRoutes() {}

    static RouterLink naarGroep(String tekst, long id) {
        return new RouterLink(tekst, GroepView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    static RouterLink naarDeelnemer(String tekst, long id) {
        return new RouterLink(tekst, DeelnemerView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    static RouterLink naarBijeenkomst(String tekst, long id) {
        return new RouterLink(tekst, AanwezigheidView.class, new RouteParameters(ID, String.valueOf(id)));
    }
}
