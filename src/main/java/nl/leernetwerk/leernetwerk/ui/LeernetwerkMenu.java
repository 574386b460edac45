package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leernetwerk.basis.ui.Hoofdmenu;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LeernetwerkMenu {

    @Bean
    Hoofdmenu leernetwerkHoofdmenu() {
        return new Hoofdmenu("nav.leernetwerk", "nav.leernetwerk.omschrijving", LeernetwerkView.class,
                VaadinIcon.CONNECT, 30);
    }
}
