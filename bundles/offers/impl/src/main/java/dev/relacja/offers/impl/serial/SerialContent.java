package dev.relacja.offers.impl.serial;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.relacja.offers.api.OfferDraft;

/** A serial offer's content, the offer draft every member gets, as the JSON it is stored as. */
final class SerialContent {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SerialContent() {
    }

    static String json(OfferDraft content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a serial offer's content cannot be written as JSON", e);
        }
    }

    static OfferDraft read(String json) {
        try {
            return MAPPER.readValue(json, OfferDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored serial offer's content cannot be read: " + e.getMessage(), e);
        }
    }
}
