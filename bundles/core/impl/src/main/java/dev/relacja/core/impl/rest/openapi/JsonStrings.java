package dev.relacja.core.impl.rest.openapi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.PrimitiveType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.time.LocalTime;
import java.util.Iterator;

/**
 * Describes as JSON strings the types Relacja's JSON provider writes as strings ({@code ZoneId} as
 * "Europe/Warsaw", {@code Currency} as "PLN", {@code LocalTime} as "08:00:00", …), which swagger would
 * otherwise describe as the beans they are in Java. Jackson itself is asked, through the same
 * configuration the provider uses; types swagger already knows (dates, numbers, enums) are left to it.
 */
final class JsonStrings implements ModelConverter {
    // configured as dev.relacja.core.impl.rest.JsonProvider's mapper is for writing
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public Schema resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (annotated.getType() != null) {
            JavaType type = mapper.constructType(annotated.getType());
            if (!type.isContainerType() && !type.isEnumType() && !type.isPrimitive()
                    && PrimitiveType.fromType(type) == null && writtenAsString(type)) {
                StringSchema schema = new StringSchema();
                if (type.getRawClass() == LocalTime.class) {
                    schema.format("partial-time");
                }
                return schema;
            }
        }
        return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
    }

    private boolean writtenAsString(JavaType type) {
        boolean[] string = {false};
        try {
            mapper.acceptJsonFormatVisitor(type, new JsonFormatVisitorWrapper.Base() {
                @Override
                public JsonStringFormatVisitor expectStringFormat(JavaType visited) {
                    string[0] = true;
                    return null;
                }
            });
        } catch (JsonMappingException | RuntimeException e) {
            return false;
        }
        return string[0];
    }
}
