package dev.relacja.core.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.relacja.core.impl.security.SessionTokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.security.auth.Subject;
import javax.security.auth.login.FailedLoginException;
import org.junit.jupiter.api.Test;

class AuthenticationFilterTest {
    private final Subject anna = new Subject();
    private final List<String> passwordChecks = new ArrayList<>();
    private final SessionTokens sessions = new SessionTokens(new SessionTokensConfig(600, 60));
    private final AuthenticationFilter filter = new AuthenticationFilter(sessions, (username, password) -> {
        passwordChecks.add(username);
        if (username.equals("anna") && new String(password).equals("secret")) {
            return anna;
        }
        throw new FailedLoginException("wrong");
    });

    @Test
    void basicCredentialsAreCheckedAgainstTheRealm() {
        assertSame(anna, filter.authenticate("GET", "/tasks", basic("anna", "secret")).subject());

        AuthenticationFilter.Outcome wrong = filter.authenticate("GET", "/tasks", basic("anna", "guess"));
        assertNull(wrong.subject());
        assertEquals(AuthenticationFilter.BASIC_CHALLENGE, wrong.challenge());
        assertEquals("wrong username or password", wrong.refusal());
    }

    @Test
    void aSessionTokenSignsInWithoutCheckingThePasswordAgain() {
        String token = sessions.open("anna", anna);

        assertSame(anna, filter.authenticate("GET", "/calendar", "Bearer " + token).subject());
        assertSame(anna, filter.authenticate("PATCH", "/calendar/items/1", "bearer " + token).subject());
        assertEquals(List.of(), passwordChecks);
    }

    @Test
    void anEndedSessionIsRefusedWithABearerChallenge() {
        String token = sessions.open("anna", anna);
        sessions.revoke(token);

        AuthenticationFilter.Outcome outcome = filter.authenticate("GET", "/calendar", "Bearer " + token);
        assertNull(outcome.subject());
        assertEquals(AuthenticationFilter.BEARER_CHALLENGE, outcome.challenge(),
                "a Basic challenge would make the browser pop up its own password dialog");
        assertEquals(AuthenticationFilter.BEARER_CHALLENGE,
                filter.authenticate("GET", "/calendar", "Bearer not-a-token").challenge());
    }

    @Test
    void signingInIsTheOnlyCallWithoutCredentials() {
        assertEquals(AuthenticationFilter.Outcome.ANONYMOUS, filter.authenticate("POST", "/session", null));

        assertEquals(AuthenticationFilter.BASIC_CHALLENGE, filter.authenticate("GET", "/session", null).challenge());
        assertEquals(AuthenticationFilter.BASIC_CHALLENGE, filter.authenticate("DELETE", "/session", null).challenge());
        assertEquals(AuthenticationFilter.BASIC_CHALLENGE, filter.authenticate("POST", "/session/x", null).challenge());
        assertEquals(AuthenticationFilter.BASIC_CHALLENGE, filter.authenticate("POST", "/tasks", null).challenge());
    }

    @Test
    void malformedBasicCredentialsAreRefused() {
        assertEquals("wrong username or password", filter.authenticate("GET", "/tasks", "Basic !!!").refusal());
        String noColon = "Basic " + Base64.getEncoder().encodeToString("anna".getBytes(StandardCharsets.UTF_8));
        assertEquals("wrong username or password", filter.authenticate("GET", "/tasks", noColon).refusal());
        assertEquals(List.of(), passwordChecks);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The component's configuration as Declarative Services would hand it over. */
    private record SessionTokensConfig(int lifetimeMinutes, int idleMinutes) implements SessionTokens.Config {
        @Override
        public Class<? extends java.lang.annotation.Annotation> annotationType() {
            return SessionTokens.Config.class;
        }
    }
}
