package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.OptionalLong;

/** Links and small helpers of the views for running a bijeenkomst (plan, session, reflection, afspraken, outcomes). */
final class SessieRoutes {

    private SessieRoutes() {}

    /** The id in the route, or empty when it is not a number. */
    static OptionalLong id(BeforeEnterEvent event) {
        try {
            return OptionalLong.of(Long.parseLong(event.getRouteParameters().get(TrainingRoutes.ID).orElse("")));
        } catch (NumberFormatException geenGetal) {
            return OptionalLong.empty();
        }
    }

    static RouterLink link(String tekst, Class<? extends Component> view, long id) {
        RouterLink link = new RouterLink(tekst, view, new RouteParameters(TrainingRoutes.ID, String.valueOf(id)));
        link.setId(view.getSimpleName().toLowerCase(java.util.Locale.ROOT) + "-" + id);
        return link;
    }

    /** Plan, run and reflect on a bijeenkomst: the links for its row or page. */
    static HorizontalLayout bijeenkomstLinks(Component context, long bijeenkomstId) {
        HorizontalLayout links = new HorizontalLayout(
                link(context.getTranslation("sessie.link.plan"), SessieplanView.class, bijeenkomstId),
                link(context.getTranslation("sessie.link.draaien"), SessieView.class, bijeenkomstId),
                link(context.getTranslation("sessie.link.reflectie"), ReflectieView.class, bijeenkomstId));
        links.setSpacing(true);
        return links;
    }

    /** Afspraken, outcomes and the empowerment overview of a group. */
    static HorizontalLayout groepLinks(Component context, long groepId) {
        return new HorizontalLayout(
                link(context.getTranslation("afspraken.link"), AfsprakenView.class, groepId),
                link(context.getTranslation("uitkomst.link"), UitkomstenView.class, groepId),
                empowerment(context.getTranslation("empowerment.link.groep"), groepId));
    }

    /** The empowerment overview of one group ({@code ?groep=id}). */
    static RouterLink empowerment(String tekst, long groepId) {
        RouterLink link = new RouterLink(tekst, EmpowermentView.class);
        link.setQueryParameters(com.vaadin.flow.router.QueryParameters.of(EmpowermentView.GROEP, String.valueOf(groepId)));
        link.setId("empowermentview-" + groepId);
        return link;
    }

    /** The trainer's tools beyond one group: groepsopdrachten, empowerment overview, outcomes per training. */
    static HorizontalLayout hulpmiddelen(Component context) {
        return new HorizontalLayout(
                new RouterLink(context.getTranslation("opdracht.kop"), OpdrachtenView.class),
                new RouterLink(context.getTranslation("empowerment.titel"), EmpowermentView.class),
                new RouterLink(context.getTranslation("uitkomst.training.kop"), TrainingUitkomstenView.class));
    }

    /** Tells the user that someone else saved first; what she typed stays in the form. */
    static void conflict(Component context) {
        Notification.show(context.getTranslation("sessie.conflict"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** One captured answer, tip or leerpunt as the session screen and the reflection show it. */
    static String inbreng(Component context, nl.leernetwerk.training.SessieService.InbrengRegel x) {
        return context.getTranslation("inbreng." + x.soort().name()) + ": " + x.tekst() + " — "
                + (x.deelnemer() == null ? context.getTranslation("afspraken.door.groep") : x.deelnemer());
    }

    static Span klein(String tekst) {
        Span span = new Span(tekst);
        span.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.FontSize.SMALL,
                com.vaadin.flow.theme.lumo.LumoUtility.TextColor.SECONDARY);
        return span;
    }
}
