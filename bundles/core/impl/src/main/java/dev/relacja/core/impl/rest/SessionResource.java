package dev.relacja.core.impl.rest;

import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.security.LoginThrottle;
import dev.relacja.core.impl.security.SessionTokens;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /session}: signing in once. {@code POST} checks a username and password against the JAAS realm
 * (throttled: a few wrong passwords lock the username out for a minute) and answers a session token, to
 * be sent as {@code Authorization: Bearer} from then on; {@code GET} answers who the caller is;
 * {@code DELETE} ends the caller's session.
 */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
    /** The sign-in form's body. */
    public record SignIn(String username, String password) {
    }

    /** An opened session: the token (shown once), who it is for and how long it lives unused. */
    public record OpenedSession(String token, String username, String role, long idleMinutes) {
    }

    /** The caller of a request. */
    public record SignedIn(String username, String role, List<Long> subordinateIds) {
    }

    private final SessionTokens sessions;
    private final LoginThrottle throttle;
    private final CallerContext callers;
    private final AuthenticationFilter.PasswordCheck passwords;

    @Activate
    public SessionResource(@Reference SessionTokens sessions, @Reference LoginThrottle throttle,
            @Reference CallerContext callers) {
        this(sessions, throttle, callers, JaasLogin::login);
    }

    SessionResource(SessionTokens sessions, LoginThrottle throttle, CallerContext callers,
            AuthenticationFilter.PasswordCheck passwords) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.callers = callers;
        this.passwords = passwords;
    }

    @POST
    public Response signIn(SignIn body) {
        if (body == null || blank(body.username()) || body.password() == null) {
            return problem(400, "Invalid input", "send {\"username\": …, \"password\": …}");
        }
        String username = body.username().trim();
        Optional<Duration> locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            long seconds = Math.max(1, locked.get().toSeconds());
            return Response.fromResponse(problem(429, "Too many attempts",
                    "too many wrong passwords for " + username + "; try again in " + seconds + " s"))
                    .header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        Subject subject;
        try {
            subject = passwords.login(username, body.password().toCharArray());
        } catch (LoginException e) {
            throttle.failed(username);
            // no WWW-Authenticate: this is a form, not a challenge the browser should answer
            return problem(401, "Not signed in", "wrong username or password");
        }
        throttle.succeeded(username);
        String role = subject.getPrincipals(RolePrincipal.class).stream()
                .map(principal -> Role.fromPrincipalName(principal.getName()))
                .flatMap(Optional::stream)
                .max(Enum::compareTo)
                .map(Role::principalName)
                .orElse(null);
        String token = sessions.open(username, subject);
        return Response.status(201).cacheControl(noStore())
                .entity(new OpenedSession(token, username, role, sessions.idleTimeout().toMinutes())).build();
    }

    @GET
    public Response current() {
        Caller caller = callers.current();
        return Response.ok(new SignedIn(caller.username(), caller.role().principalName(),
                caller.subordinateIds().stream().sorted().toList())).cacheControl(noStore()).build();
    }

    @DELETE
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            sessions.revoke(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).cacheControl(noStore())
                .entity(Problem.of(status, title, detail)).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
