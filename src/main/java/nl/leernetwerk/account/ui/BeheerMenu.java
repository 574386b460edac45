package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leernetwerk.basis.ui.Hoofdmenu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BeheerMenu {

    @Bean
    Hoofdmenu beheerHoofdmenu() {
        return new Hoofdmenu("nav.beheer", "nav.beheer.omschrijving", GebruikersListView.class, VaadinIcon.COG, 40);
    }

    @Bean
    Hoofdmenu auditHoofdmenu() {
        return new Hoofdmenu("nav.audit", "nav.audit.omschrijving", AuditView.class, VaadinIcon.CLIPBOARD_TEXT, 41);
    }

    @Bean
    Hoofdmenu accountHoofdmenu() {
        return new Hoofdmenu("nav.account", "nav.account.omschrijving", MijnAccountView.class, VaadinIcon.USER, 90);
    }
}
