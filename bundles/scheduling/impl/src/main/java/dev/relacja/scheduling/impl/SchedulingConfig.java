package dev.relacja.scheduling.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the calendar, the iCalendar feeds and the alerts, in {@code etc/dev.relacja.scheduling.cfg}. */
@ObjectClassDefinition(name = "Relacja scheduling",
        description = "Default working days, how much one calendar request may ask for, what iCalendar feeds contain, "
                + "and when and how alerts fire.")
public @interface SchedulingConfig {
    /** The configuration PID every scheduling component reads. */
    String PID = "dev.relacja.scheduling";

    @AttributeDefinition(name = "Working days",
            description = "Default working days of operators without their own working hours (MONDAY..SUNDAY). "
                    + "Their daily hours are the ones in their operator record.")
    String[] workDays() default {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"};

    @AttributeDefinition(name = "Skip public holidays",
            description = "Whether Polish public holidays are days off for operators without their own working hours.")
    boolean skipHolidays() default true;

    @AttributeDefinition(name = "Items per calendar request", min = "1", max = "20000",
            description = "At most this many items in one calendar answer; the answer says when more were there.")
    int maxItems() default 2000;

    @AttributeDefinition(name = "Longest range (days)", min = "1", max = "400",
            description = "The longest range one calendar or load request may span.")
    int maxRangeDays() default 92;

    @AttributeDefinition(name = "Operators per request", min = "1", max = "1000",
            description = "At most this many operators in one calendar or load request.")
    int maxOperators() default 100;

    @AttributeDefinition(name = "Reminder lead time (minutes)", min = "0", max = "10080",
            description = "The default reminder of operators without their own alert settings, before an activity "
                    + "starts or a task is due: an alert, and a VALARM in iCalendar feeds; 0 sends none.")
    int reminderMinutes() default 15;

    @AttributeDefinition(name = "Feed: days back", min = "0", max = "3660",
            description = "How far into the past an iCalendar feed reaches.")
    int feedPastDays() default 31;

    @AttributeDefinition(name = "Feed: days ahead", min = "1", max = "3660",
            description = "How far into the future an iCalendar feed reaches.")
    int feedFutureDays() default 366;

    @AttributeDefinition(name = "Feed: most items", min = "1", max = "100000",
            description = "At most this many items in one feed, the earliest first.")
    int feedMaxItems() default 5000;

    @AttributeDefinition(name = "Alerts: tick (seconds)", min = "1", max = "3600",
            description = "How often the alert timer fires due alerts and delivers them.")
    int alertTickSeconds() default 30;

    @AttributeDefinition(name = "Alerts: reconcile (minutes)", min = "1", max = "1440",
            description = "How often alerts are reconciled from the tasks (besides every start), so that a lost "
                    + "task event never loses an alert.")
    int alertReconcileMinutes() default 60;

    @AttributeDefinition(name = "Alerts: catch-up (days)", min = "0", max = "366",
            description = "After downtime, alerts of items that started or fell due up to this long ago still fire (late).")
    int alertCatchUpDays() default 7;

    @AttributeDefinition(name = "Alerts: run as",
            description = "The operator login reconciliation lists operators as (any active operator; an admin sees "
                    + "them all). Each operator's own items are read as that operator.")
    String alertRunAs() default "admin";

    @AttributeDefinition(name = "Alerts: channels",
            description = "The channels every alert is delivered on, by name (in-app, email, or a partner's). A channel "
                    + "that is not installed keeps its deliveries waiting until it is.")
    String[] alertChannels() default {"in-app", "email"};

    @AttributeDefinition(name = "Alerts: attempts per channel", min = "1", max = "100",
            description = "How often a channel is tried for one alert before the delivery is given up (FAILED).")
    int alertAttempts() default 10;

    @AttributeDefinition(name = "Alerts: first retry (seconds)", min = "1", max = "86400",
            description = "The wait after a failed delivery; it doubles with each further failure.")
    int alertRetrySeconds() default 60;

    @AttributeDefinition(name = "Alerts: longest retry wait (minutes)", min = "1", max = "1440",
            description = "The doubling wait between delivery attempts stops growing here.")
    int alertRetryMaxMinutes() default 60;
}
