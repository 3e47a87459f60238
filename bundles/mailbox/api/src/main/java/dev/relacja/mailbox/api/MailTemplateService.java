package dev.relacja.mailbox.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Message templates in the platform's template engine. A template about a record sees that record's
 * placeholders, the same as its printout ({@code invoice.number}, {@code amountDue}, {@code counterparty.name},
 * …), and besides them {@code contact} (name and email of the recipient's contact person, "" when unknown),
 * {@code operator} (the sender: name, email), {@code account} (name, fromName, fromAddress) and {@code today}.
 * Everyone signed in reads and composes; admins write.
 */
@ProviderType
public interface MailTemplateService {

    /** The languages a template may have. */
    Set<String> LANGUAGES = Set.of("pl", "en");

    List<MailTemplate> list();

    Optional<MailTemplate> find(String code);

    /**
     * Creates the template ({@code expectedVersion} null) or changes it (the version read before), after checking
     * every part parses.
     *
     * @throws dev.relacja.core.api.error.ValidationException naming each bad field, with the line of a syntax error
     * @throws dev.relacja.core.api.error.ConflictException    when it exists (create) or changed since (update)
     */
    MailTemplate save(String code, MailTemplateDraft draft, Long expectedVersion);

    /** Deletes a template admins made; a built-in one is refused. */
    void delete(String code);

    /**
     * Renders the template against a real record: the preview, and what sending with a template uses.
     *
     * @throws dev.relacja.core.api.error.ValidationException when a placeholder is unknown (naming it, the part and
     *         the line), the language is missing, or the record is not given
     * @throws dev.relacja.core.api.error.NotFoundException   when the template or the record does not exist
     */
    ComposedMail compose(ComposeRequest request);
}
