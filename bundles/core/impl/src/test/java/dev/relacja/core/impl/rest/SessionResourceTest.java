package dev.relacja.core.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.impl.security.LoginThrottle;
import dev.relacja.core.impl.security.SessionTokens;
import java.time.Duration;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.login.FailedLoginException;
import javax.ws.rs.core.Response;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

class SessionResourceTest {
    private final SessionTokens sessions = new SessionTokens(new Config());
    private final LoginThrottle throttle = new LoginThrottle();
    private int passwordChecks;
    private final SessionResource resource = new SessionResource(sessions, throttle, Optional::empty,
            (username, password) -> {
                passwordChecks++;
                if (!new String(password).equals("secret")) {
                    throw new FailedLoginException("wrong");
                }
                Subject subject = new Subject();
                subject.getPrincipals().add(new UserPrincipal(username));
                subject.getPrincipals().add(new RolePrincipal("relacja-viewer"));
                subject.getPrincipals().add(new RolePrincipal("relacja-operator"));
                return subject;
            });

    @Test
    void theRightPasswordOpensASessionTheTokenThenSignsIn() {
        Response response = resource.signIn(new SessionResource.SignIn(" anna ", "secret"));

        assertEquals(201, response.getStatus());
        SessionResource.OpenedSession opened = (SessionResource.OpenedSession) response.getEntity();
        assertEquals("anna", opened.username());
        assertEquals("relacja-operator", opened.role(), "the highest role the realm granted");
        assertEquals(60, opened.idleMinutes());
        assertTrue(response.getHeaderString("Cache-Control").contains("no-store"));
        assertEquals("anna", sessions.use(opened.token()).orElseThrow().username());
    }

    @Test
    void aWrongPasswordIs401WithoutABrowserChallenge() {
        Response response = resource.signIn(new SessionResource.SignIn("anna", "guess"));

        assertEquals(401, response.getStatus());
        assertEquals(null, response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void repeatedWrongPasswordsAreRefusedUncheckedFor429() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, resource.signIn(new SessionResource.SignIn("anna", "guess" + i)).getStatus());
        }
        Response locked = resource.signIn(new SessionResource.SignIn("anna", "secret"));

        assertEquals(429, locked.getStatus());
        assertEquals(5, passwordChecks, "the sixth attempt is not checked at all");
        long retryAfter = Long.parseLong(locked.getHeaderString("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= Duration.ofMinutes(1).toSeconds(), "Retry-After " + retryAfter);
    }

    @Test
    void anEmptyFormIs400() {
        assertEquals(400, resource.signIn(null).getStatus());
        assertEquals(400, resource.signIn(new SessionResource.SignIn(" ", "x")).getStatus());
        assertEquals(400, resource.signIn(new SessionResource.SignIn("anna", null)).getStatus());
        assertEquals(0, passwordChecks);
    }

    @Test
    void signingOutEndsTheSessionOfTheBearerToken() {
        String token = sessions.open("anna", new Subject());

        assertEquals(204, resource.signOut("Bearer " + token).getStatus());
        assertTrue(sessions.use(token).isEmpty());
    }

    private record Config() implements SessionTokens.Config {
        @Override
        public int lifetimeMinutes() {
            return 600;
        }

        @Override
        public int idleMinutes() {
            return 60;
        }

        @Override
        public Class<? extends java.lang.annotation.Annotation> annotationType() {
            return SessionTokens.Config.class;
        }
    }
}
