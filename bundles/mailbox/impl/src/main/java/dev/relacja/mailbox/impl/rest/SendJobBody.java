package dev.relacja.mailbox.impl.rest;

import dev.relacja.mailbox.api.SendJobRequest;
import java.util.List;

/**
 * A send job as REST takes it: {@link SendJobRequest}'s fields. Its own type because the API's record keeps a second
 * constructor for callers compiled before {@code recordsOf}, which JSON binding would not know to choose between.
 */
public record SendJobBody(String name, String account, String template, String language, String recordType,
        List<Long> recordIds, boolean resend, String recordsOf) {

    SendJobRequest request() {
        return new SendJobRequest(name, account, template, language, recordType, recordIds, resend, recordsOf);
    }
}
