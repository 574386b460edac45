package nl.leernetwerk;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Makes the Karibu session anonymous again after a {@code login}. Needed before
 * {@code Aanmelding.als(...)} in a Karibu test too: while the session holds a login, Vaadin's
 * security context strategy answers with that login instead.
 */
public final class Afmelden {

    private Afmelden() {}

    public static void afmelden() {
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, rol) -> false);
    }
}
