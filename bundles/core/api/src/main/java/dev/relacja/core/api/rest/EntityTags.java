package dev.relacja.core.api.rest;

import dev.relacja.core.api.error.PreconditionRequiredException;
import dev.relacja.core.api.error.ValidationException;

/** A record's version as an HTTP entity tag ({@code "7"}), and back from an {@code If-Match} header. */
public final class EntityTags {
    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an update expects; a missing header is refused, since updates must say what they change. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("send If-Match with the ETag of the version you are changing");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "not an ETag this API issued: " + ifMatch);
        }
    }
}
