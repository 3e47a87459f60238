package dev.relacja.camel;

import java.util.Locale;
import java.util.Map;

import org.apache.camel.Message;

/**
 * Strips the headers that steer Camel itself ({@code Camel*}, {@code org.apache.camel.*},
 * {@code breadcrumbId}) from a message received from outside, so that a mail's own headers — a
 * forged {@code CamelMailTo} or {@code CamelFileName} — cannot redirect the routes it passes
 * through. Names are compared ignoring case, as Camel's headers are.
 */
public final class InboundMailHeaders {

    private static final String CAMEL_PREFIX = "camel";
    private static final String CAMEL_PACKAGE_PREFIX = "org.apache.camel.";
    private static final String BREADCRUMB_ID = "breadcrumbid";

    private InboundMailHeaders() {
    }

    /**
     * Removes every routing header from the message's headers.
     *
     * @return how many headers were removed
     */
    public static int removeRoutingHeaders(Message message) {
        return removeRoutingHeaders(message.getHeaders());
    }

    /**
     * Removes every routing header from a header map (as given by {@link Message#getHeaders()}).
     *
     * @return how many headers were removed
     */
    public static int removeRoutingHeaders(Map<String, Object> headers) {
        int before = headers.size();
        headers.keySet().removeIf(InboundMailHeaders::isRoutingHeader);
        return before - headers.size();
    }

    /** Whether a header of this name steers Camel and must not come from outside. */
    public static boolean isRoutingHeader(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(CAMEL_PREFIX) || lower.startsWith(CAMEL_PACKAGE_PREFIX) || lower.equals(BREADCRUMB_ID);
    }
}
