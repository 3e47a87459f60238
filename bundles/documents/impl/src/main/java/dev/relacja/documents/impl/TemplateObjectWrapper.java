package dev.relacja.documents.impl;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import freemarker.ext.beans.BeansWrapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * FreeMarker's default wrapper at the safe exposure level, with {@link NoReflectionAccessPolicy} (no
 * {@code getClass()}, nothing on classes or class loaders), which also turns {@code java.time} values into FreeMarker
 * dates, so {@code ${issueDate}} and {@code ${issueDate?string("d MMMM yyyy")}} format them as the
 * configuration says. FreeMarker 2.3.34 knows only {@code java.util.Date}.
 */
final class TemplateObjectWrapper extends DefaultObjectWrapper {

    private final ZoneId zone;

    TemplateObjectWrapper(Version incompatibleImprovements, ZoneId zone) {
        super(configuration(incompatibleImprovements), true);
        this.zone = zone;
    }

    private static DefaultObjectWrapperBuilder configuration(Version incompatibleImprovements) {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(incompatibleImprovements);
        builder.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        builder.setMemberAccessPolicy(new NoReflectionAccessPolicy(incompatibleImprovements));
        return builder;
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        if (value instanceof LocalDate date) {
            return new SimpleDate(Date.from(date.atStartOfDay(zone).toInstant()), TemplateDateModel.DATE);
        }
        if (value instanceof LocalDateTime dateTime) {
            return new SimpleDate(Date.from(dateTime.atZone(zone).toInstant()), TemplateDateModel.DATETIME);
        }
        if (value instanceof LocalTime time) {
            return new SimpleDate(Date.from(time.atDate(LocalDate.EPOCH).atZone(zone).toInstant()), TemplateDateModel.TIME);
        }
        if (value instanceof Instant instant) {
            return new SimpleDate(Date.from(instant), TemplateDateModel.DATETIME);
        }
        if (value instanceof ZonedDateTime dateTime) {
            return new SimpleDate(Date.from(dateTime.toInstant()), TemplateDateModel.DATETIME);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return new SimpleDate(Date.from(dateTime.toInstant()), TemplateDateModel.DATETIME);
        }
        return super.handleUnknownType(value);
    }
}
