package dev.relacja.core.impl.rest;

import dev.relacja.core.impl.security.SessionTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Base64;
import javax.security.auth.Subject;
import javax.security.auth.login.LoginException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Signs every REST call in and runs the rest of the request as the caller's JAAS Subject, where services
 * find the caller. Two credentials are accepted: HTTP Basic (checked against Karaf's {@code karaf} realm,
 * Relacja's operators), for scripts; and {@code Bearer} with a session token from {@code POST /session},
 * for the web UI, which so checks the password once. {@code POST /session} itself passes unauthenticated.
 */
@Component(service = Filter.class)
// Aries JAX-RS serves each application in a servlet context of its own, named "context.for" + the
// application's name; a filter in the default context would never see the API's requests.
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.forrelacja)")
@HttpWhiteboardFilterPattern("/*")
public class AuthenticationFilter implements Filter {
    static final String BASIC_CHALLENGE = "Basic realm=\"Relacja\", charset=\"UTF-8\"";
    /** Not Basic: a browser answers a Basic challenge to a script's call with its own password dialog. */
    static final String BEARER_CHALLENGE = "Bearer realm=\"Relacja\"";
    static final String SESSION_PATH = "/session";

    /** Checks a username and password; {@link JaasLogin#login} outside tests. */
    interface PasswordCheck {
        Subject login(String username, char[] password) throws LoginException;
    }

    /** What a request's credentials come to: a Subject to run as, none needed, or a refusal. */
    record Outcome(Subject subject, String challenge, String refusal) {
        static final Outcome ANONYMOUS = new Outcome(null, null, null);

        static Outcome signedIn(Subject subject) {
            return new Outcome(subject, null, null);
        }

        static Outcome refused(String challenge, String detail) {
            return new Outcome(null, challenge, detail);
        }
    }

    private final SessionTokens sessions;
    private final PasswordCheck passwords;

    @Activate
    public AuthenticationFilter(@Reference SessionTokens sessions) {
        this(sessions, JaasLogin::login);
    }

    AuthenticationFilter(SessionTokens sessions, PasswordCheck passwords) {
        this.sessions = sessions;
        this.passwords = passwords;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Outcome outcome = authenticate(request.getMethod(), path, request.getHeader("Authorization"));
        if (outcome.refusal() != null) {
            refuse(response, outcome.challenge(), outcome.refusal());
            return;
        }
        if (outcome.subject() == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            Subject.doAs(outcome.subject(), (PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException se) {
                throw se;
            }
            throw new ServletException(cause);
        }
    }

    Outcome authenticate(String method, String path, String header) {
        if ("POST".equals(method) && SESSION_PATH.equals(path)) {
            // signing in: the resource checks the password in the body, throttled
            return Outcome.ANONYMOUS;
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return sessions.use(header.substring(7).trim())
                    .map(session -> Outcome.signedIn(session.subject()))
                    .orElseGet(() -> Outcome.refused(BEARER_CHALLENGE, "the session has ended; sign in again"));
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Outcome.refused(BASIC_CHALLENGE, "send HTTP Basic credentials of a Relacja operator"
                    + " or a session token from POST /session");
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Outcome.refused(BASIC_CHALLENGE, "wrong username or password");
            }
            return Outcome.signedIn(passwords.login(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray()));
        } catch (LoginException | IllegalArgumentException e) {
            return Outcome.refused(BASIC_CHALLENGE, "wrong username or password");
        }
    }

    private static void refuse(HttpServletResponse response, String challenge, String detail) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", challenge);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not signed in\",\"status\":401,\"detail\":\""
                + detail + "\",\"errors\":[]}");
    }
}
