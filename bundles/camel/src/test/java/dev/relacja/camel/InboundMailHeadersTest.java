package dev.relacja.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

class InboundMailHeadersTest {

    @Test
    void removesCamelAndRoutingHeadersWhateverTheirCase() {
        Message message = new DefaultMessage(new DefaultCamelContext());
        message.setHeader("CamelMailTo", "attacker@example.invalid");
        message.setHeader("camelFileName", "../../etc/passwd");
        message.setHeader("CAMELHTTPURI", "http://example.invalid/");
        message.setHeader("Camel", "x");
        message.setHeader("org.apache.camel.Exchange", "x");
        message.setHeader("breadcrumbId", "forged");
        message.setHeader("Subject", "Zapytanie ofertowe");
        message.setHeader("From", "klient@example.invalid");
        message.setHeader("X-Mailer", "Thunderbird");
        message.setHeader("Message-ID", "<1@example.invalid>");

        int removed = InboundMailHeaders.removeRoutingHeaders(message);

        assertEquals(6, removed);
        assertEquals(Set.of("Subject", "From", "X-Mailer", "Message-ID"), new TreeSet<>(message.getHeaders().keySet()));
    }

    @Test
    void worksOnAPlainMap() {
        Map<String, Object> headers = new HashMap<>(Map.of("BreadcrumbID", "1", "CamelFileName", "a", "To", "b"));

        assertEquals(2, InboundMailHeaders.removeRoutingHeaders(headers));
        assertEquals(Map.of("To", "b"), headers);
    }

    @Test
    void recognisesRoutingHeaderNames() {
        assertTrue(InboundMailHeaders.isRoutingHeader("CamelMailTo"));
        assertTrue(InboundMailHeaders.isRoutingHeader("cAmElExecCommandExecutable"));
        assertTrue(InboundMailHeaders.isRoutingHeader("breadcrumbId"));
        assertFalse(InboundMailHeaders.isRoutingHeader("To"));
        assertFalse(InboundMailHeaders.isRoutingHeader("X-Camel-Like"));
        assertFalse(InboundMailHeaders.isRoutingHeader("breadcrumbIdentifier"));
        assertFalse(InboundMailHeaders.isRoutingHeader(null));
    }
}
