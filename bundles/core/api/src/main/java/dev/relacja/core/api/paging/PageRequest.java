package dev.relacja.core.api.paging;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Which page of a list to answer: {@code page} counts from 0, {@code size} is 1 to {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "pages count from 0"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "page size must be 1 to " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public int offset() {
        return page * size;
    }
}
