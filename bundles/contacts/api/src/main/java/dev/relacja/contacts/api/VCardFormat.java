package dev.relacja.contacts.api;

import dev.relacja.core.api.error.ValidationException;

/** The vCard versions contact persons are exchanged in. */
public enum VCardFormat {
    V3_0("3.0"),
    V4_0("4.0");

    private final String version;

    VCardFormat(String version) {
        this.version = version;
    }

    /** The format for a version as users write it ({@code 3.0} or {@code 4.0}). */
    public static VCardFormat ofVersion(String version) {
        for (VCardFormat format : values()) {
            if (format.version.equals(version)) {
                return format;
            }
        }
        throw new ValidationException("version", "vCard version is 3.0 or 4.0, not " + version);
    }
}
