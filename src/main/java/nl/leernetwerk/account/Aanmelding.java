package nl.leernetwerk.account;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work as a given user outside a request (start-up import, nightly jobs). Uses the
 * security context strategy that method security reads (Vaadin's), not the static holder,
 * which may belong to another application context in the same JVM.
 */
@Component
public class Aanmelding {

    /** The user name of work the application does by itself; it appears so in the audit log. */
    public static final String SYSTEEM = "systeem";

    private final SecurityContextHolderStrategy beveiliging;

    Aanmelding(SecurityContextHolderStrategy beveiliging) {
        this.beveiliging = beveiliging;
    }

    public <T> T als(String gebruiker, Rol rol, Supplier<T> werk) {
        SecurityContext context = beveiliging.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(gebruiker, null,
                AuthorityUtils.createAuthorityList(rol.authority())));
        beveiliging.setContext(context);
        try {
            return werk.get();
        } finally {
            beveiliging.clearContext();
        }
    }
}
