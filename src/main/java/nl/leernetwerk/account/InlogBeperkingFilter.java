package nl.leernetwerk.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login post for a blocked user name or address before the password is even checked. */
class InlogBeperkingFilter extends OncePerRequestFilter {

    static final String GEBLOKKEERD_URL = "/login?geblokkeerd";

    private final InlogBeperking beperking;

    InlogBeperkingFilter(InlogBeperking beperking) {
        this.beperking = beperking;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (beperking.geblokkeerd(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + GEBLOKKEERD_URL);
            return;
        }
        chain.doFilter(request, response);
    }
}
