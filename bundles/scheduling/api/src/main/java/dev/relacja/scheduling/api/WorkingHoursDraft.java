package dev.relacja.scheduling.api;

import java.util.List;

/**
 * An operator's own working hours as sent: {@code start} and {@code end} as {@code HH:mm}, {@code days}
 * as English day names ({@code MONDAY}) or their first three letters, {@code skipHolidays} (default true).
 */
public record WorkingHoursDraft(String start, String end, List<String> days, Boolean skipHolidays) {
}
