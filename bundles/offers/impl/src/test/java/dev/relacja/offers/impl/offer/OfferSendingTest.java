package dev.relacja.offers.impl.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Role;
import dev.relacja.mailbox.api.ComposeRequest;
import dev.relacja.mailbox.api.OutgoingMail;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferSending;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.impl.OffersFixture;
import dev.relacja.offers.impl.RecordingFiles;
import dev.relacja.offers.impl.printing.PdfText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending offers: numbers at the first sending, gap-free; the PDF attached; the message and its recipient. */
class OfferSendingTest {
    private OfferScenario s;
    private OffersFixture fx;

    @BeforeEach
    void setUp() {
        s = new OfferScenario();
        fx = s.fx;
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void aDraftTakesTheNextNumberWhenFirstSentAndGoesOutAsAPdfAboutTheOffer() {
        Offer first = s.draft("3000.00", null);
        Offer second = s.draft("100.00", null);

        Offer sent = s.send(first);
        Offer next = s.send(second);

        assertEquals(OfferStatus.SENT, sent.status());
        assertEquals("OF/1/2026", sent.number());
        assertEquals(1, sent.revision());
        assertEquals("OF/1/2026", sent.label());
        assertEquals(s.clock.instant(), sent.sentAt());
        assertEquals("OF/2/2026", next.number());
        OutgoingMail mail = fx.mail.queued.get(0);
        RecordingFiles.Attached pdf = fx.files.attached.get(0);
        assertEquals(List.of("jan@acme.test"), mail.to());
        assertEquals("Oferta OF/1/2026 – Relacja Sp. z o.o.", mail.subject());
        assertTrue(mail.text().contains("przesyłamy ofertę OF/1/2026, ważną do 2026-12-27"), mail.text());
        assertEquals(List.of(pdf.id()), mail.fileIds());
        assertEquals(List.of(new RecordRef("offer", first.id())), mail.records());
        assertEquals(new RecordRef("offer", first.id()), pdf.owner());
        assertEquals("offer-OF-1-2026.pdf", pdf.filename());
        assertEquals("application/pdf", pdf.contentType());
        String text = PdfText.of(pdf.content());
        assertTrue(text.contains("OF/1/2026") && text.contains("3 000,00") && text.contains("7 995,00 PLN"), text);
        assertTrue(fx.events.contains("offers/SENT " + first.id()), fx.events.toString());
    }

    @Test
    void sendingFreezesRevisionOneAsTheOfferWasAndSendingAgainKeepsIt() {
        Offer sent = s.send(s.draft("3000.00", null));

        List<OfferRevision> revisions = fx.offers.revisions(sent.id());
        assertEquals(1, revisions.size());
        OfferRevision r1 = revisions.get(0);
        assertEquals("OF/1/2026", r1.label());
        assertEquals(sent, r1.content());
        assertEquals(CanonicalOffers.sha256(CanonicalOffers.json(sent)), r1.sha256());
        assertEquals("anna", r1.createdBy());

        s.clock.advance(Duration.ofHours(2));
        Offer again = s.send(sent);
        assertEquals("OF/1/2026", again.number());
        assertEquals(1, again.revision());
        assertEquals(s.clock.instant(), again.sentAt());
        assertEquals(List.of(r1), fx.offers.revisions(sent.id()));
        assertEquals(2, fx.mail.queued.size());
        assertThrows(StaleVersionException.class, () -> s.send(sent));
    }

    @Test
    void aRefusedMessageLeavesNoNumberNoRevisionAndTheOfferAsItWas() {
        Offer draft = s.draft("3000.00", null);
        fx.mail.refusal = new ValidationException("account", "there is no mail account 'nope'");

        ValidationException refused = assertThrows(ValidationException.class, () -> fx.offers.send(draft.id(),
                draft.version(), new OfferSending("nope", null, null, null, null, null)));

        assertEquals("account", refused.errors().get(0).field());
        Offer unchanged = fx.offers.find(draft.id()).orElseThrow();
        assertEquals(OfferStatus.DRAFT, unchanged.status());
        assertNull(unchanged.number());
        assertEquals(draft.version(), unchanged.version());
        assertEquals(0, fx.rows("offers_revision"));
        assertFalse(fx.events.contains("offers/SENT " + draft.id()));
        fx.mail.refusal = null;
        assertEquals("OF/1/2026", s.send(unchanged).number());
    }

    @Test
    void aBadPrintoutOrNoRecipientIsRefusedByNameAndUsesNoNumber() {
        Offer draft = s.draft("3000.00", null);
        assertEquals("template", assertThrows(ValidationException.class, () -> fx.offers.send(draft.id(),
                draft.version(), new OfferSending(null, null, null, null, "fancy", null))).errors().get(0).field());
        assertEquals("mailLanguage", assertThrows(ValidationException.class, () -> fx.offers.send(draft.id(),
                draft.version(), new OfferSending(null, null, null, "de", null, null))).errors().get(0).field());
        Counterparty silent = fx.customer("CICHA", "Cicha Sp. z o.o.");
        Offer unreachable = fx.offers.create(new OfferDraft(silent.id(), null, null, null, null, null, null,
                List.of(OfferScenario.line("Serwis", "1", "500.00")), List.of(), null));
        ValidationException noAddress = assertThrows(ValidationException.class, () -> s.send(unreachable));
        assertEquals("to", noAddress.errors().get(0).field());
        assertTrue(noAddress.getMessage().contains("CICHA has no e-mail address"), noAddress.getMessage());

        assertEquals(0, fx.rows("offers_revision"));
        assertTrue(fx.mail.queued.isEmpty());
        assertEquals("OF/1/2026", s.send(draft).number());
    }

    @Test
    void aTemplateOrAnotherLanguageAndRecipientShapeTheMessage() {
        Offer first = s.draft("3000.00", null);
        Offer sent = fx.offers.send(first.id(), first.version(), new OfferSending("biuro", "zakupy@acme.test",
                "oferta", "en", null, null));
        ComposeRequest request = fx.mail.composed.get(0);
        assertEquals(new ComposeRequest("oferta", "en", sent.id(), "biuro", "zakupy@acme.test"), request);
        assertEquals("template oferta about offer " + sent.id(), fx.mail.queued.get(0).subject());
        assertEquals("biuro", fx.mail.queued.get(0).account());

        Offer english = s.draft("100.00", null);
        fx.offers.send(english.id(), english.version(), new OfferSending(null, null, null, null, "compact", "en"));
        OutgoingMail mail = fx.mail.queued.get(1);
        assertEquals("Offer OF/2/2026 – Relacja Sp. z o.o.", mail.subject());
        assertTrue(mail.text().contains("please find attached our offer OF/2/2026, valid until 2026-12-27"),
                mail.text());
        assertTrue(PdfText.of(fx.files.attached.get(1).content()).contains("Commercial offer"));
    }

    @Test
    void aPastValidityAnAnsweredOfferOrAViewerIsRefused() {
        Offer shortLived = s.draft("3000.00", OfferScenario.TODAY.plusDays(1));
        s.clock.advance(Duration.ofDays(2));
        ConflictException expired = assertThrows(ConflictException.class, () -> s.send(shortLived));
        assertTrue(expired.getMessage().contains("was valid until 2026-11-28"), expired.getMessage());
        assertNull(fx.offers.find(shortLived.id()).orElseThrow().number());

        Offer sent = s.send(s.draft("3000.00", null));
        Offer rejected = fx.offers.reject(sent.id(), sent.version(), "Za drogo");
        assertThrows(ConflictException.class, () -> s.send(rejected));

        Offer draft = s.draft("3000.00", null);
        fx.as(fx.operator(5, "wiktor", Role.VIEWER));
        assertThrows(AccessDeniedException.class, () -> s.send(draft));
        assertEquals(1, fx.rows("offers_revision"));
    }
}
