package dev.relacja.offers.impl.offer;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.ComposeRequest;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.OutgoingMail;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferSending;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.impl.printing.OfferDocuments;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * E-mails an offer's current revision in one transaction with everything it changes: the offer locked, a draft
 * numbered and frozen as revision 1, the revision printed, the PDF attached to the offer (core file service) and
 * the message queued in the mailbox's outbox about the offer (so replies thread to it). In Karaf the file service
 * and the mailbox join that JTA transaction, so a refused recipient leaves no number, file or message behind.
 */
@Component(service = OfferSender.class)
public class OfferSender {
    private static final String PDF = "application/pdf";

    private final OfferStore store;
    private final OfferSeries series;
    private final OfferDocuments documents;
    private final FileService files;
    private final MailboxService mailbox;
    private final MailTemplateService templates;
    private final CounterpartyService counterparties;
    private final CompanyProfileService company;
    private final Clock clock;

    @Activate
    public OfferSender(@Reference OfferStore store, @Reference OfferSeries series,
            @Reference OfferDocuments documents, @Reference FileService files, @Reference MailboxService mailbox,
            @Reference MailTemplateService templates, @Reference CounterpartyService counterparties,
            @Reference CompanyProfileService company) {
        this(store, series, documents, files, mailbox, templates, counterparties, company, Clock.systemUTC());
    }

    /** A sender outside OSGi, e.g. in tests, with its own clock. */
    public OfferSender(OfferStore store, OfferSeries series, OfferDocuments documents, FileService files,
            MailboxService mailbox, MailTemplateService templates, CounterpartyService counterparties,
            CompanyProfileService company, Clock clock) {
        this.store = store;
        this.series = series;
        this.documents = documents;
        this.files = files;
        this.mailbox = mailbox;
        this.templates = templates;
        this.counterparties = counterparties;
        this.company = company;
        this.clock = clock;
    }

    /** Sends the offer as {@code username}, who froze revision 1 if it was a draft; answers it as sent. */
    Offer send(long id, long expectedVersion, OfferSending sending, String username) {
        OfferSending how = sending == null ? OfferSending.DEFAULTS : sending;
        series.ensureDefined();
        LocalDate today = LocalDate.ofInstant(clock.instant(), company.get().timeZone());
        return store.send(id, expectedVersion, today, series::allocate, username, revision -> deliver(revision, how));
    }

    /**
     * Numbers a draft and freezes its revision 1 as {@code username}, as {@link #send} does, but e-mails nothing: a
     * serial offer's send job mails it. Answers it SENT.
     *
     * @throws ConflictException when it is no longer a draft or its validity is past
     */
    public Offer release(long id, String username) {
        series.ensureDefined();
        Offer draft = store.find(id).orElseThrow(() -> new NotFoundException("Offer", id));
        if (draft.status() != OfferStatus.DRAFT) {
            throw new ConflictException("status", "offer " + draft.label() + " is " + draft.status()
                    + " already");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), company.get().timeZone());
        return store.send(id, draft.version(), today, series::allocate, username, revision -> { });
    }

    private void deliver(OfferRevision revision, OfferSending how) {
        Offer offer = revision.content();
        String to = recipient(offer, how.to());
        byte[] pdf = documents.pdf(offer, how.printTemplate(), how.printLanguage());
        ComposedMail message = compose(offer, how, to);
        RecordRef about = new RecordRef(OfferService.RECORD_TYPE, offer.id());
        long fileId = files.attach(about, OfferDocuments.fileName(offer.label()), PDF, new ByteArrayInputStream(pdf))
                .id();
        mailbox.send(new OutgoingMail(how.account(), List.of(to), null, null, message.subject(), message.text(),
                message.html(), List.of(fileId), List.of(about)));
    }

    /** The named mailbox template about the offer, or the built-in message. */
    private ComposedMail compose(Offer offer, OfferSending how, String to) {
        if (how.mailTemplate() != null && !how.mailTemplate().isBlank()) {
            return templates.compose(new ComposeRequest(how.mailTemplate().strip(), how.mailLanguage(), offer.id(),
                    how.account(), to));
        }
        String language = how.mailLanguage() != null ? how.mailLanguage()
                : how.printLanguage() != null ? how.printLanguage() : documents.defaultLanguage();
        return OfferMailTexts.of(offer, company.get().name(), language);
    }

    /**
     * The address asked for, else the contact person's first e-mail, else the counterparty's billing e-mail, else
     * its first one, as the mailbox's send jobs pick it.
     */
    private String recipient(Offer offer, String asked) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        Optional<String> personal = Optional.ofNullable(offer.contactPersonId())
                .flatMap(counterparties::findContactPerson).map(ContactPerson::emails)
                .flatMap(emails -> emails.stream().findFirst());
        if (personal.isPresent()) {
            return personal.get();
        }
        Counterparty counterparty = counterparties.find(offer.counterpartyId())
                .orElseThrow(() -> new NotFoundException("Counterparty", offer.counterpartyId()));
        if (counterparty.billingEmail() != null && !counterparty.billingEmail().isBlank()) {
            return counterparty.billingEmail().strip();
        }
        return counterparty.emails().stream().findFirst().orElseThrow(() -> new ValidationException("to",
                counterparty.code() + " has no e-mail address" + (offer.contactPersonId() == null ? ""
                        : ", nor has the contact person") + "; name the recipient"));
    }
}
