package nl.leernetwerk.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.leernetwerk.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Spring Security for Vaadin: view access by annotation, form login through {@link LoginView}. */
@Configuration
@EnableWebSecurity
// @Secured on services only: views carry @RolesAllowed for Vaadin's navigation check, and
// enabling JSR-250 here would wrap every secured view in a Spring proxy.
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // the published kennisbank is public, over the REST API as in the UI
                .requestMatchers(HttpMethod.GET, "/api/zoeken", "/api/docs", "/api/docs.yaml", "/api/docs/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** Delegating encoder: bcrypt for new hashes, older formats still verify after an upgrade. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
