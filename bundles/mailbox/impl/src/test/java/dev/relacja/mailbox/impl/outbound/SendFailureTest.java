package dev.relacja.mailbox.impl.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** Which failures end a message and which are worth another attempt. */
class SendFailureTest {

    @Test
    void aFiveHundredAnswerIsFinal() throws Exception {
        SMTPAddressFailedException refused = new SMTPAddressFailedException(new InternetAddress("nikt@acme.pl"), "RCPT TO",
                550, "550 5.1.1 no such user");
        SendFailure failure = SendFailure.of(new SMTPSendFailedException("RCPT TO", 550, "Invalid Addresses", refused,
                null, null, new Address[] {new InternetAddress("nikt@acme.pl")}));

        assertTrue(failure.permanent());
        assertTrue(failure.serverAnswered());
        assertTrue(failure.reason().startsWith("the server answered 550"), failure.reason());
        assertTrue(failure.reason().contains("nikt@acme.pl"), failure.reason());
    }

    @Test
    void aFourHundredAnswerIsTriedAgainAndTheServerMayTakeTheNextMessage() {
        SendFailure failure = SendFailure.of(new SMTPSendFailedException("DATA", 452, "452 mailbox full", null, null, null,
                null));

        assertFalse(failure.permanent());
        assertTrue(failure.serverAnswered());
        assertEquals(452, failure.code());
    }

    @Test
    void noAnswerOrAClosingServerStopsTheRound() {
        SendFailure down = SendFailure.of(new MessagingException("Couldn't connect to host", new ConnectException("refused")));
        SendFailure closing = SendFailure.of(new SMTPSendFailedException("MAIL FROM", 421, "421 closing", null, null, null,
                null));

        assertFalse(down.permanent());
        assertFalse(down.serverAnswered());
        assertTrue(down.reason().contains("refused"), down.reason());
        assertFalse(closing.serverAnswered());
    }
}
