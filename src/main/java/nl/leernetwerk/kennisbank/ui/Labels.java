package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.KennisType;

/** How kennisbank values read in the interface. */
final class Labels {

    private Labels() {}

    static String type(Component c, KennisType type) {
        return c.getTranslation("kennistype." + type.name());
    }

    static String meervoud(Component c, KennisType type) {
        return c.getTranslation("kennistype.meervoud." + type.name());
    }

    static String bewijsniveau(Component c, Bewijsniveau niveau) {
        return c.getTranslation("bewijsniveau." + (niveau == null ? "ONBEKEND" : niveau.name()));
    }

    /** A tag slug from the content files, such as {@code langdurig-bijstandsgerechtigden}, as words. */
    static String tag(String slug) {
        String woorden = slug.replace('-', ' ');
        return woorden.isEmpty() ? woorden : Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1);
    }

    static Badge bewijsniveauBadge(Component c, Bewijsniveau niveau) {
        Badge badge = new Badge(bewijsniveau(c, niveau));
        if (niveau == null || niveau == Bewijsniveau.ONGETOETST) {
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        } else if (niveau.compareTo(Bewijsniveau.EFFECTIEF_EERSTE) >= 0) {
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        }
        return badge;
    }
}
