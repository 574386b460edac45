package nl.leernetwerk.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.leernetwerk.account.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Spring Security for Vaadin: view access by annotation, form login through {@link LoginView},
 * login throttling, a new session id on login, a registry of sessions (logout everywhere), and
 * security headers that Vaadin works with.
 */
@Configuration
@EnableWebSecurity
// @Secured on services only: views carry @RolesAllowed for Vaadin's navigation check, and
// enabling JSR-250 here would wrap every secured view in a Spring proxy.
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, InlogBeperking inlogBeperking,
            SessionRegistry sessionRegistry,
            @Value("${leernetwerk.beveiliging.csp}") String csp,
            @Value("${leernetwerk.beveiliging.hsts:false}") boolean hsts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // the published kennisbank is public, over the REST API as in the UI
                .requestMatchers(HttpMethod.GET, "/api/zoeken", "/api/docs", "/api/docs.yaml", "/api/docs/**").permitAll());
        http.addFilterBefore(new InlogBeperkingFilter(inlogBeperking), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(sessies -> sessies
                .sessionFixation(fixatie -> fixatie.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.headers(headers -> {
            // Eagerly: Vaadin's pages are served through a servlet forward, whose end commits the
            // response past Spring Security's on-commit hook, so lazily written headers got lost.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
                    .frameOptions(frames -> frames.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .contentTypeOptions(opties -> {})
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                            "camera=(), microphone=(), geolocation=(), payment=()"));
            if (hsts) {
                headers.httpStrictTransportSecurity(transport -> transport.includeSubDomains(true).maxAgeInSeconds(31_536_000));
            } else {
                headers.httpStrictTransportSecurity(transport -> transport.disable());
            }
        });
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * Delegating encoder: bcrypt for new hashes (work factor {@code leernetwerk.beveiliging.bcrypt-sterkte},
     * 12 by default: 2^12 rounds). Hashes of a lower factor are upgraded at the next login.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${leernetwerk.beveiliging.bcrypt-sterkte:12}") int sterkte) {
        return new DelegatingPasswordEncoder("bcrypt", java.util.Map.of("bcrypt", new BCryptPasswordEncoder(sterkte)));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
