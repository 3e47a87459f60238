package dev.relacja.scheduling.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Private, revocable iCalendar feeds: each operator manages their own (an admin anyone's); the feed is
 * served without other authentication to whoever holds its token, until it is rotated or revoked.
 */
@ProviderType
public interface IcalFeedService {

    /** Where feeds are served: {@value}{@code <token>.ics}. */
    String PATH_PREFIX = "/relacja/ical/";

    /** The caller's feeds, active and revoked, newest first. */
    List<IcalFeed> feeds();

    /** A new feed for the caller; {@code team} needs subordinates. Answers the token once. */
    IcalFeed create(boolean team);

    /** A new token for the caller's feed {@code id}; the old one stops working at once. */
    IcalFeed rotate(long id);

    /** Stops feed {@code id} at once, for good. */
    IcalFeed revoke(long id);

    /**
     * The RFC 5545 calendar of the feed with {@code token}, rendered as its operator; empty when no active
     * feed has that token (or its operator can no longer sign in).
     */
    Optional<String> render(String token);
}
