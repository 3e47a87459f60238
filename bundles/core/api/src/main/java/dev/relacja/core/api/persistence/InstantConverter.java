package dev.relacja.core.api.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores {@link Instant} as an SQL TIMESTAMP (JPA 2.2 and EclipseLink 2.7 would otherwise write bytes).
 * List it as a {@code <class>} in a persistence unit; it then applies to every Instant field.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
