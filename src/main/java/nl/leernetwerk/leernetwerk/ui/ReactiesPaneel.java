package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Supplier;
import nl.leernetwerk.basis.ui.MarkdownWeergave;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;
import nl.leernetwerk.leernetwerk.ReactieService;
import nl.leernetwerk.leernetwerk.ReactieWeergave;

/** A thread of comments with a form for a new one and a reply form under each. Comments are Markdown, shown safely. */
class ReactiesPaneel extends VerticalLayout {

    /** Posts a comment; {@code ouderId} null for a new thread. */
    interface Plaatser {
        void plaats(Long ouderId, String tekst);
    }

    private final Supplier<List<ReactieWeergave>> draad;
    private final Plaatser plaatser;
    private final Div lijst = new Div();
    private final boolean open;

    ReactiesPaneel(Supplier<List<ReactieWeergave>> draad, Plaatser plaatser) {
        this(draad, plaatser, "leernetwerk.reactie.titel", true);
    }

    /** @param open whether new comments can be posted */
    ReactiesPaneel(Supplier<List<ReactieWeergave>> draad, Plaatser plaatser, String titelSleutel, boolean open) {
        this.draad = draad;
        this.plaatser = plaatser;
        this.open = open;
        setId("reacties");
        setPadding(false);
        lijst.setWidthFull();
        add(new H2(getTranslation(titelSleutel)), lijst);
        if (open) {
            add(formulier(null, getTranslation("leernetwerk.reactie.nieuw")));
        }
        toon();
    }

    private void toon() {
        lijst.removeAll();
        List<ReactieWeergave> reacties = draad.get();
        if (reacties.isEmpty()) {
            lijst.add(new Paragraph(getTranslation("leernetwerk.reactie.geen")));
        }
        reacties.forEach(r -> lijst.add(reactie(r)));
    }

    private Div reactie(ReactieWeergave r) {
        Span kop = new Span(getTranslation("leernetwerk.reactie.kop", r.auteur(), Tijd.moment(r.op())));
        kop.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div blok = new Div(kop, new Html("<div class=\"markdown\">" + MarkdownWeergave.veiligeHtml(r.tekst()) + "</div>"));
        blok.addClassName("reactie");
        blok.getStyle().set("margin-left", (r.diepte() * 2) + "em");
        Button beantwoord = new Button(getTranslation("leernetwerk.reactie.beantwoord"));
        beantwoord.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        beantwoord.addClickListener(e -> {
            beantwoord.setVisible(false);
            blok.add(formulier(r.id(), getTranslation("leernetwerk.reactie.antwoord")));
        });
        beantwoord.setVisible(open);
        blok.add(beantwoord);
        return blok;
    }

    private VerticalLayout formulier(Long ouderId, String label) {
        TextArea tekst = new TextArea(label);
        tekst.setMaxLength(ReactieService.TEKST_MAX);
        tekst.setWidthFull();
        Button plaats = new Button(getTranslation(ouderId == null ? "leernetwerk.reactie.plaats" : "leernetwerk.reactie.antwoord.plaats"));
        plaats.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        plaats.addClickListener(e -> {
            try {
                plaatser.plaats(ouderId, tekst.getValue());
                tekst.clear();
                Notification.show(getTranslation("leernetwerk.reactie.geplaatst"));
                toon();
            } catch (OngeldigeBijdrageException fout) {
                tekst.setInvalid(true);
                tekst.setErrorMessage(getTranslation(fout.sleutel(), fout.argumenten()));
            }
        });
        VerticalLayout formulier = new VerticalLayout(tekst, plaats);
        formulier.setPadding(false);
        return formulier;
    }
}
