package dev.relacja.core.api.security;

import java.time.LocalTime;
import java.time.ZoneId;

/** A user of Relacja: signs in, owns records, may supervise other operators. */
public record Operator(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        Long supervisorId,
        ZoneId timeZone,
        LocalTime workStart,
        LocalTime workEnd,
        boolean active,
        long version) {
}
