package dev.relacja.scheduling.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the calendar and the iCalendar feeds, in {@code etc/dev.relacja.scheduling.cfg}. */
@ObjectClassDefinition(name = "Relacja scheduling",
        description = "Default working days, how much one calendar request may ask for, and what iCalendar feeds contain.")
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
            description = "Every operator's default reminder before an activity starts or a task is due, "
                    + "sent as VALARM in iCalendar feeds; 0 sends none.")
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
}
