package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leernetwerk.basis.ui.Hoofdmenu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KennisbankMenu {

    @Bean
    Hoofdmenu kennisbankHoofdmenu() {
        return new Hoofdmenu("nav.kennisbank", "nav.kennisbank.omschrijving", KennisbankView.class,
                VaadinIcon.BOOK, 10);
    }

    @Bean
    Hoofdmenu inhoudBeheerHoofdmenu() {
        return new Hoofdmenu("nav.inhoudbeheer", "nav.inhoudbeheer.omschrijving", InhoudBeheerView.class,
                VaadinIcon.FILE_TEXT_O, 45);
    }
}
