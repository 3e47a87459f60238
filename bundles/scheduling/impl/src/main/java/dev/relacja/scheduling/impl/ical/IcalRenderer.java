package dev.relacja.scheduling.impl.ical;

import dev.relacja.scheduling.api.CalendarItem;
import dev.relacja.scheduling.api.CalendarView;
import dev.relacja.tasks.api.TaskStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A calendar view as an RFC 5545 calendar, built with ical4j. Every item is a VEVENT (what Thunderbird,
 * Outlook and phone calendars subscribe to best): an activity spans its start to its deadline; a task is
 * an event at its deadline (at its start when it has none); an all-day item is a DATE event. Times carry
 * the operator's TZID with its VTIMEZONE (an instant in the hour the autumn change repeats is written in
 * UTC, since a local time there would be read as its first occurrence). Open items get a VALARM {@code reminder} before they begin.
 */
public final class IcalRenderer {
    static final String PRODUCT = "-//Relacja//Calendar 1.0//PL";

    private final TimeZoneRegistry zones;

    public IcalRenderer() {
        zones = withOwnClassLoader(() -> TimeZoneRegistryFactory.getInstance().createRegistry());
    }

    /**
     * @param name      the calendar's display name (X-WR-CALNAME)
     * @param zone      the operator's zone, in which local times are written
     * @param withOwner whether summaries name the owner (a team feed)
     * @param reminder  the VALARM lead time; zero for none
     */
    public String render(CalendarView view, String name, ZoneId zone, boolean withOwner, Duration reminder, Instant now) {
        return withOwnClassLoader(() -> write(build(view, name, zone, withOwner, reminder, now)));
    }

    private Calendar build(CalendarView view, String name, ZoneId zone, boolean withOwner, Duration reminder, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        // how often subscribers should look again (Outlook, Apple; others have their own settings)
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT15M"));
        VTimeZone timeZone = zones.getTimeZone(zone.getId()).getVTimeZone();
        calendar.add(timeZone);
        for (CalendarItem item : view.items()) {
            calendar.add(event(item, zone, withOwner, reminder, now));
        }
        return calendar;
    }

    private static VEvent event(CalendarItem item, ZoneId zone, boolean withOwner, Duration reminder, Instant now) {
        String summary = (withOwner ? "[" + item.owner() + "] " : "") + item.title();
        VEvent event;
        if (item.allDay()) {
            event = new VEvent(item.startDate(), item.endDate(), summary);
        } else if (item.activity() && item.start() != null && item.deadline() != null && item.deadline().isAfter(item.start())) {
            event = new VEvent(when(item.start(), zone), when(item.deadline(), zone), summary);
        } else {
            Instant at = item.activity() || item.deadline() == null ? first(item) : item.deadline();
            event = new VEvent(when(at, zone), summary);
        }
        event.add(new Uid("task-" + item.id() + "@relacja"));
        event.add(new DtStamp(now));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, item.version())));
        event.add(new Categories(item.type()));
        event.add(new Description(description(item)));
        event.add(item.activity() ? ImmutableTransp.OPAQUE : ImmutableTransp.TRANSPARENT);
        if (!reminder.isZero() && item.status() == TaskStatus.OPEN) {
            VAlarm alarm = new VAlarm(reminder.negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(summary));
            event.add(alarm);
        }
        return event;
    }

    /**
     * The local time in {@code zone} with its TZID, except the second occurrence of a local time that the
     * autumn change repeats: RFC 5545 reads such a local time as its first occurrence, so that instant
     * is written in UTC instead.
     */
    static Temporal when(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return local.withEarlierOffsetAtOverlap().toInstant().equals(instant) ? local : instant;
    }

    private static Instant first(CalendarItem item) {
        return item.start() != null ? item.start() : item.deadline();
    }

    private static String description(CalendarItem item) {
        StringBuilder text = new StringBuilder();
        text.append(item.activity() ? "Activity" : "Task").append(" (").append(item.type()).append("), ")
                .append(item.owner()).append(", priority ").append(item.priority().name().toLowerCase(java.util.Locale.ROOT));
        if (item.status() == TaskStatus.DONE) {
            text.append(", done");
        } else if (!item.activity()) {
            text.append(", ").append(item.percentDone()).append("% done");
        }
        if (!item.activity() && item.start() != null && item.deadline() != null && !item.allDay()) {
            text.append(". Start ").append(item.start()).append(", deadline ").append(item.deadline());
        }
        return text.toString();
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // validation off: the calendar is built here, and ical4j's validator wants optional rule files
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * ical4j finds its configuration, time zone data and factories through the thread's context class
     * loader; in OSGi that is not ical4j's bundle, so point it there for the call.
     */
    private static <T> T withOwnClassLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Calendar.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
