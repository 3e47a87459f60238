package dev.relacja.scheduling.impl.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IcalFeedServletTest {

    @Test
    void onlyATokenShapedNameEndingInIcsIsLookedUp() {
        String token = new FeedTokens().newToken();
        assertEquals(Optional.of(token), IcalFeedServlet.token("/" + token + ".ics"));
        assertTrue(IcalFeedServlet.token(null).isEmpty());
        assertTrue(IcalFeedServlet.token("/" + token).isEmpty());
        assertTrue(IcalFeedServlet.token("/" + token + ".ics/x.ics").isEmpty());
        assertTrue(IcalFeedServlet.token("/short.ics").isEmpty());
        assertTrue(IcalFeedServlet.token("/" + token.substring(1) + "'.ics").isEmpty());
    }

    @Test
    void tokensAreRandomAndHashedAsHex() {
        FeedTokens tokens = new FeedTokens();
        String a = tokens.newToken();
        assertTrue(FeedTokens.wellFormed(a));
        assertTrue(!a.equals(tokens.newToken()));
        assertEquals(64, FeedTokens.hash(a).length());
        assertEquals(FeedTokens.hash(a), FeedTokens.hash(a));
    }
}
