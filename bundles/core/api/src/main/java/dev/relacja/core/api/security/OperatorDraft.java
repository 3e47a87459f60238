package dev.relacja.core.api.security;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What an admin sets when creating or editing an operator. Null time zone and working hours
 * take the company defaults (Europe/Warsaw, 08:00–16:00).
 */
public record OperatorDraft(
        String username,
        String displayName,
        String email,
        Role role,
        Long supervisorId,
        ZoneId timeZone,
        LocalTime workStart,
        LocalTime workEnd) {
}
