package dev.relacja.core.impl.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Sign-in sessions of the web UI and other REST clients: a password is checked once ({@code POST /session}),
 * and the caller then sends the opaque token this hands out as {@code Authorization: Bearer}. Only a SHA-256
 * hash of each token is kept, in memory, so neither a heap dump nor a restart gives a usable token away
 * (a restart signs everybody out). A session ends at its lifetime, after its idle time, or when revoked.
 */
@Component(service = SessionTokens.class, configurationPid = "dev.relacja.session")
@Designate(ocd = SessionTokens.Config.class)
public class SessionTokens {
    /** 32 random bytes, URL-safe Base64 without padding: 43 characters. */
    static final int TOKEN_LENGTH = 43;
    private static final int TOKEN_BYTES = 32;

    /** Session settings, in {@code etc/dev.relacja.session.cfg}. */
    @ObjectClassDefinition(name = "Relacja sign-in sessions")
    public @interface Config {
        @AttributeDefinition(description = "Longest a session lasts from sign-in, in minutes")
        int lifetimeMinutes() default 600;

        @AttributeDefinition(description = "A session unused for this many minutes ends")
        int idleMinutes() default 60;
    }

    /** A session: who, since when, until when at most, and when it was last used. */
    public record Session(String username, Subject subject, Instant expires, Instant lastUsed) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Duration idle;
    private final Clock clock;

    @Activate
    public SessionTokens(Config config) {
        this(Duration.ofMinutes(config.lifetimeMinutes()), Duration.ofMinutes(config.idleMinutes()), Clock.systemUTC());
    }

    SessionTokens(Duration lifetime, Duration idle, Clock clock) {
        if (lifetime.isNegative() || lifetime.isZero() || idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("dev.relacja.session: lifetimeMinutes and idleMinutes must be at least 1,"
                    + " not " + lifetime.toMinutes() + " and " + idle.toMinutes());
        }
        this.lifetime = lifetime;
        this.idle = idle;
        this.clock = clock;
    }

    /** Opens a session for a Subject that just signed in; answers its token, which is not kept anywhere. */
    public String open(String username, Subject subject) {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> !alive(session, now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        subject.setReadOnly();
        sessions.put(hash(token), new Session(username, subject, now.plus(lifetime), now));
        return token;
    }

    /** The live session of a token, marked as used now; empty for unknown, expired, idle or revoked tokens. */
    public Optional<Session> use(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String key = hash(token);
        Session found = sessions.get(key);
        if (found == null) {
            return Optional.empty();
        }
        if (!alive(found, now)) {
            sessions.remove(key, found);
            return Optional.empty();
        }
        Session touched = new Session(found.username(), found.subject(), found.expires(), now);
        sessions.replace(key, found, touched);
        return Optional.of(touched);
    }

    /** Ends the session of a token at once; answers whether there was one. */
    public boolean revoke(String token) {
        return token != null && sessions.remove(hash(token)) != null;
    }

    /** Ends every session of an operator, e.g. when their password changes. */
    public void revokeAll(String username) {
        sessions.values().removeIf(session -> session.username().equals(username));
    }

    /** How long an unused session lives. */
    public Duration idleTimeout() {
        return idle;
    }

    private boolean alive(Session session, Instant now) {
        return now.isBefore(session.expires()) && now.isBefore(session.lastUsed().plus(idle));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
