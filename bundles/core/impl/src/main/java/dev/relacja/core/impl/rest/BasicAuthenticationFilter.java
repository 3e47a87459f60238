package dev.relacja.core.impl.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Base64;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Signs every REST call in against Karaf's {@code karaf} JAAS realm (Relacja's operators) from its
 * HTTP Basic header, and runs the rest of the request as that Subject, where services find the caller.
 */
@Component(service = Filter.class)
// Aries JAX-RS serves each application in a servlet context of its own, named "context.for" + the
// application's name; a filter in the default context would never see the API's requests.
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=context.forrelacja)")
@HttpWhiteboardFilterPattern("/*")
public class BasicAuthenticationFilter implements Filter {
    static final String CHALLENGE = "Basic realm=\"Relacja\", charset=\"UTF-8\"";
    private static final String REALM = "karaf";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            refuse(response, "send HTTP Basic credentials of a Relacja operator");
            return;
        }
        Subject subject;
        try {
            subject = login(header.substring(6).trim());
        } catch (LoginException | IllegalArgumentException e) {
            refuse(response, "wrong username or password");
            return;
        }
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Void>) () -> {
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

    private Subject login(String encoded) throws LoginException {
        String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("no colon in Basic credentials");
        }
        String username = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        try {
            new LoginContext(REALM, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(username);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            }).login();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return subject;
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not signed in\",\"status\":401,\"detail\":\""
                + detail + "\",\"errors\":[]}");
    }
}
