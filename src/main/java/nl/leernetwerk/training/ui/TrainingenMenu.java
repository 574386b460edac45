package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leernetwerk.basis.ui.Hoofdmenu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrainingenMenu {

    @Bean
    Hoofdmenu trainingenHoofdmenu() {
        return new Hoofdmenu("nav.trainingen", "nav.trainingen.omschrijving", TrainingenView.class,
                VaadinIcon.GROUP, 20);
    }
}
