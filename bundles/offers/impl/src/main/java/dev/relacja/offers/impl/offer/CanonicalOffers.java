package dev.relacja.offers.impl.offer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.relacja.offers.api.Offer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical JSON of an offer, whose SHA-256 proves a revision's content: every object's properties sorted by
 * name, decimals plain with their scale ("100.00"), dates and instants as ISO strings, no white space. The same
 * offer always gives the same text, whatever order Jackson finds the record's properties in.
 */
final class CanonicalOffers {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CanonicalOffers() {
    }

    static String json(Offer offer) {
        try {
            return MAPPER.writeValueAsString(sorted(MAPPER.valueToTree(offer)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("offer " + offer.id() + " cannot be written as JSON", e);
        }
    }

    static Offer read(String json) {
        try {
            return MAPPER.readValue(json, Offer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frozen offer revision cannot be read back: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the text's UTF-8 bytes, 64 lower-case hex digits. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode result = JsonNodeFactory.withExactBigDecimals(true).objectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> result.set(name, sorted(object.get(name))));
            return result;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode result = JsonNodeFactory.withExactBigDecimals(true).arrayNode();
            array.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }
}
