package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.ui.MarkdownWeergave;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.training.Groepsopdracht;
import nl.leernetwerk.training.NieuweOpdracht;
import nl.leernetwerk.training.OpdrachtService;
import nl.leernetwerk.training.WerkzameElementen;

/**
 * The groepsopdrachten a trainer can plan: the kennisbank's library and her own. Each shows its
 * regular and simplified instruction, dimensions and werkzame elementen; she can add her own.
 */
@Route("trainingen/opdrachten")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class OpdrachtenView extends VerticalLayout implements HasDynamicTitle {

    private final OpdrachtService opdrachtService;
    private final WerkzameElementen werkzameElementen;
    private final Grid<OpdrachtService.Keuze> opdrachten = new Grid<>();
    private final Div detail = new Div();

    OpdrachtenView(OpdrachtService opdrachtService, WerkzameElementen werkzameElementen) {
        this.opdrachtService = opdrachtService;
        this.werkzameElementen = werkzameElementen;
        opdrachten.setId("opdrachten");
        opdrachten.addColumn(OpdrachtService.Keuze::titel).setHeader(getTranslation("opdracht.titel")).setKey("titel")
                .setFlexGrow(3);
        opdrachten.addColumn(k -> getTranslation(k.eigen() ? "opdracht.bron.eigen" : "opdracht.bron.kennisbank"))
                .setHeader(getTranslation("opdracht.bron")).setKey("bron");
        opdrachten.setAllRowsVisible(true);
        opdrachten.asSingleSelect().addValueChangeListener(e -> toon(e.getValue()));
        detail.setId("opdracht-detail");
        detail.setWidthFull();
        opdrachten.setItems(opdrachtService.keuzes());
        add(new H1(getTranslation("opdracht.kop")), new Paragraph(getTranslation("opdracht.uitleg")), opdrachten, detail,
                new H2(getTranslation("opdracht.nieuw")), nieuw());
    }

    private void toon(OpdrachtService.Keuze keuze) {
        detail.removeAll();
        if (keuze == null) {
            return;
        }
        opdrachtService.opdracht(keuze.sleutel()).ifPresent(o -> {
            detail.add(new H2(o.titel()));
            if (o.doel() != null) {
                detail.add(new H3(getTranslation("opdracht.doel")), markdown(o.doel()));
            }
            detail.add(new H3(getTranslation("opdracht.instructie")), markdown(o.instructie()));
            if (o.eenvoudigeInstructie() != null) {
                detail.add(new H3(getTranslation("opdracht.eenvoudig")), markdown(o.eenvoudigeInstructie()));
            }
            if (o.feedback() != null) {
                detail.add(new H3(getTranslation("opdracht.feedback")), markdown(o.feedback()));
            }
            detail.add(new Paragraph(getTranslation("opdracht.dimensies", o.dimensies().stream()
                    .map(d -> getTranslation("dimensie." + d.name())).collect(Collectors.joining(", ")))));
            Div elementen = new Div(new Paragraph(getTranslation("opdracht.elementen")));
            o.werkzameElementen().forEach(slug -> elementen.add(new Anchor("kennisbank/" + slug,
                    werkzameElementen.titel(slug)), new Html("<span> · </span>")));
            detail.add(elementen);
            if (!o.eigen()) {
                detail.add(new Anchor("kennisbank/" + o.sleutel(), getTranslation("opdracht.in.kennisbank")));
            }
        });
    }

    private static Div markdown(String tekst) {
        return new Div(new Html("<div>" + MarkdownWeergave.veiligeHtml(tekst) + "</div>"));
    }

    private FormLayout nieuw() {
        TextField titel = new TextField(getTranslation("opdracht.titel"));
        titel.setMaxLength(200);
        TextArea doel = new TextArea(getTranslation("opdracht.doel"));
        doel.setMaxLength(2000);
        TextArea instructie = new TextArea(getTranslation("opdracht.instructie"));
        instructie.setMaxLength(4000);
        TextArea eenvoudig = new TextArea(getTranslation("opdracht.eenvoudig"));
        eenvoudig.setMaxLength(4000);
        eenvoudig.setHelperText(getTranslation("opdracht.eenvoudig.hulp"));
        CheckboxGroup<Dimensie> dimensies = new CheckboxGroup<>(getTranslation("opdracht.dimensies.kies"));
        dimensies.setItems(Dimensie.values());
        dimensies.setItemLabelGenerator(d -> getTranslation("dimensie." + d.name()));
        MultiSelectComboBox<WerkzameElementen.Element> elementen = new MultiSelectComboBox<>(
                getTranslation("opdracht.elementen.kies"));
        elementen.setItems(List.copyOf(werkzameElementen.alle().values()));
        elementen.setItemLabelGenerator(WerkzameElementen.Element::titel);
        Button bewaar = new Button(getTranslation("opdracht.bewaren"), e -> {
            boolean titelOk = !titel.getValue().isBlank();
            boolean instructieOk = !instructie.getValue().isBlank();
            titel.setInvalid(!titelOk);
            titel.setErrorMessage(getTranslation("opdracht.titel.verplicht"));
            instructie.setInvalid(!instructieOk);
            instructie.setErrorMessage(getTranslation("opdracht.instructie.verplicht"));
            if (titelOk && instructieOk) {
                String sleutel = opdrachtService.maak(new NieuweOpdracht(titel.getValue(), doel.getValue(),
                        instructie.getValue(), eenvoudig.getValue(), List.copyOf(dimensies.getValue()),
                        elementen.getValue().stream().map(WerkzameElementen.Element::slug).sorted().toList()));
                Notification.show(getTranslation("opdracht.bewaard", titel.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                List<OpdrachtService.Keuze> keuzes = opdrachtService.keuzes();
                opdrachten.setItems(keuzes);
                keuzes.stream().filter(k -> k.sleutel().equals(sleutel)).findFirst().ifPresent(opdrachten::select);
                titel.clear();
                doel.clear();
                instructie.clear();
                eenvoudig.clear();
                dimensies.clear();
                elementen.clear();
            }
        });
        bewaar.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(titel, doel, instructie, eenvoudig, dimensies, elementen, bewaar);
        form.setId("nieuwe-opdracht");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opdracht.kop");
    }
}
