package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;

/** The facts of a record (organisation, doelgroep, treden, cluster, ...) as a definition list; empty ones are left out. */
class KenmerkenLijst extends DescriptionList {

    KenmerkenLijst(KennisrecordGegevens g) {
        addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.Column.MEDIUM, "kenmerken");
        kenmerk("organisatie", g.organisatie());
        kenmerk("regio", g.regio());
        kenmerk("doelgroep", tags(g.doelgroep()));
        kenmerk("treden", g.treden().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        kenmerk("themas", tags(g.themas()));
        kenmerk("cluster", g.cluster());
        kenmerk("kennisbron", g.kennisbronnen().stream().map(k -> getTranslation("kennisbron." + k.name()))
                .collect(Collectors.joining(", ")));
        kenmerk("dimensies", g.dimensies().stream().map(d -> getTranslation("dimensie." + d.name()))
                .collect(Collectors.joining(", ")));
        kenmerk("auteurs", g.auteurs());
        kenmerk("uitgever", g.uitgever());
        kenmerk("jaar", g.jaar() == null ? null : g.jaar().toString());
    }

    private static String tags(List<String> slugs) {
        return slugs.stream().map(Labels::tag).collect(Collectors.joining(", "));
    }

    private void kenmerk(String sleutel, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            add(new Term(getTranslation("kenmerk." + sleutel)), new Description(waarde));
        }
    }
}
