package dev.relacja.scheduling.impl;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.scheduling.api.CalendarRequest;
import dev.relacja.scheduling.api.CalendarView;
import dev.relacja.scheduling.api.IcalFeed;
import dev.relacja.scheduling.api.IcalFeedService;
import dev.relacja.scheduling.impl.ical.FeedTokens;
import dev.relacja.scheduling.impl.ical.IcalRenderer;
import dev.relacja.scheduling.impl.persistence.SchedulingStore;
import dev.relacja.scheduling.impl.persistence.StoredFeed;
import java.security.PrivilegedAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Private iCalendar feeds. A feed is rendered as its operator ({@code Subject.doAs}), so the tasks
 * module's visibility rules apply exactly as in the calendar, and a deactivated operator's feed stops.
 */
@Component(configurationPid = SchedulingConfig.PID)
public class IcalFeedServiceImpl implements IcalFeedService {
    /** Active feeds one operator may hold at once. */
    static final int MAX_ACTIVE_FEEDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(IcalFeedServiceImpl.class);

    private final CalendarReader reader;
    private final SchedulingStore store;
    private final SchedulingConfig config;
    private final Clock clock;
    private final FeedTokens tokens = new FeedTokens();
    private final IcalRenderer renderer = new IcalRenderer();

    @Activate
    public IcalFeedServiceImpl(@Reference CalendarReader reader, @Reference SchedulingStore store, SchedulingConfig config) {
        this(reader, store, config, Clock.systemUTC());
    }

    /** Outside OSGi (tests), with its own clock. */
    public IcalFeedServiceImpl(CalendarReader reader, SchedulingStore store, SchedulingConfig config, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public List<IcalFeed> feeds() {
        Caller caller = reader.caller(Role.VIEWER);
        return store.feeds(caller.operatorId()).stream().map(f -> view(f, null)).toList();
    }

    @Override
    public IcalFeed create(boolean team) {
        Caller caller = reader.caller(Role.VIEWER);
        if (team && caller.subordinateIds().isEmpty()) {
            throw new ValidationException("team", caller.username() + " supervises nobody, so has no team feed");
        }
        if (store.activeFeeds(caller.operatorId()) >= MAX_ACTIVE_FEEDS) {
            throw new ConflictException("team", caller.username() + " already has " + MAX_ACTIVE_FEEDS
                    + " active feeds; revoke one first");
        }
        String token = tokens.newToken();
        StoredFeed feed = store.createFeed(caller.operatorId(), caller.username(), team, FeedTokens.hash(token));
        LOG.info("{} created iCalendar feed {}{}", caller.username(), feed.id(), team ? " (team)" : "");
        return view(feed, token);
    }

    @Override
    public IcalFeed rotate(long id) {
        Caller caller = reader.caller(Role.VIEWER);
        StoredFeed feed = own(caller, id);
        if (!feed.active()) {
            throw new ConflictException("id", "feed " + id + " is revoked; create a new one");
        }
        String token = tokens.newToken();
        StoredFeed rotated = store.rotateFeed(id, FeedTokens.hash(token));
        LOG.info("{} rotated iCalendar feed {}", caller.username(), id);
        return view(rotated, token);
    }

    @Override
    public IcalFeed revoke(long id) {
        Caller caller = reader.caller(Role.VIEWER);
        own(caller, id);
        StoredFeed revoked = store.revokeFeed(id);
        LOG.info("{} revoked iCalendar feed {}", caller.username(), id);
        return view(revoked, null);
    }

    /** The caller's feed {@code id}; an admin may manage anyone's. Someone else's is not found. */
    private StoredFeed own(Caller caller, long id) {
        return store.feed(id)
                .filter(f -> f.operatorId() == caller.operatorId() || caller.has(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("iCalendar feed", id));
    }

    @Override
    public Optional<String> render(String token) {
        if (!FeedTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<StoredFeed> found = store.activeFeedByHash(FeedTokens.hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredFeed feed = found.get();
        Subject subject = new Subject(true, Set.of(new UserPrincipal(feed.operatorLogin())), Set.of(), Set.of());
        return Subject.doAs(subject, (PrivilegedAction<Optional<String>>) () -> renderAs(feed));
    }

    private Optional<String> renderAs(StoredFeed feed) {
        Caller caller;
        try {
            caller = reader.caller(Role.VIEWER);
        } catch (RuntimeException signedOut) {
            return Optional.empty(); // deactivated: the feed ends with the account
        }
        if (caller.operatorId() != feed.operatorId()) {
            return Optional.empty(); // the login now belongs to someone else
        }
        Operator operator = reader.operator(caller);
        Instant now = clock.instant();
        Instant from = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(config.feedPastDays()));
        Instant to = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(config.feedFutureDays() + 1L));
        List<Operator> owners;
        try {
            owners = reader.resolve(caller, feed.team() ? List.of(CalendarRequest.TEAM) : List.of());
        } catch (AccessDeniedException | ValidationException e) {
            LOG.warn("iCalendar feed {} of {} cannot be rendered: {}", feed.id(), feed.operatorLogin(), e.getMessage());
            return Optional.empty();
        }
        CalendarView view = reader.view(owners, from, to, operator.timeZone(), config.feedMaxItems());
        String name = "Relacja: " + operator.displayName() + (feed.team() ? " (team)" : "");
        return Optional.of(renderer.render(view, name, operator.timeZone(), feed.team(),
                Duration.ofMinutes(Math.max(0, config.reminderMinutes())), now));
    }

    private static IcalFeed view(StoredFeed feed, String token) {
        return new IcalFeed(feed.id(), feed.operatorLogin(), feed.team(), feed.createdAt(), feed.rotatedAt(),
                feed.revokedAt(), token, token == null ? null : PATH_PREFIX + token + ".ics");
    }
}
