package dev.relacja.core.impl.security;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.OperatorDraft;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Checks an operator draft field by field and fills in the company defaults for what was left out. */
final class OperatorDraftValidator {
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Warsaw");
    static final LocalTime DEFAULT_WORK_START = LocalTime.of(8, 0);
    static final LocalTime DEFAULT_WORK_END = LocalTime.of(16, 0);
    static final int MIN_PASSWORD_LENGTH = 10;

    private OperatorDraftValidator() {
    }

    static OperatorDraft validated(OperatorDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.username() == null || !draft.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            errors.add(new FieldError("username", "use 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (draft.displayName() == null || draft.displayName().isBlank() || draft.displayName().length() > 200) {
            errors.add(new FieldError("displayName", "give a name of 1 to 200 characters"));
        }
        if (draft.email() != null && !draft.email().isBlank()
                && (draft.email().length() > 254 || !draft.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add(new FieldError("email", "not an e-mail address: " + draft.email()));
        }
        if (draft.role() == null) {
            errors.add(new FieldError("role", "choose one of VIEWER, OPERATOR, MANAGER, ADMIN"));
        }
        LocalTime start = draft.workStart() == null ? DEFAULT_WORK_START : draft.workStart();
        LocalTime end = draft.workEnd() == null ? DEFAULT_WORK_END : draft.workEnd();
        if (!start.isBefore(end)) {
            errors.add(new FieldError("workEnd", "working hours must end after they start"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String email = draft.email() == null || draft.email().isBlank() ? null : draft.email().trim();
        return new OperatorDraft(draft.username(), draft.displayName().trim(), email, draft.role(),
                draft.supervisorId(), draft.timeZone() == null ? DEFAULT_ZONE : draft.timeZone(), start, end);
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("password", "use at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
