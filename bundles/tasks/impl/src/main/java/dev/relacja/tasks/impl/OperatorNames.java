package dev.relacja.tasks.impl;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import java.util.HashMap;
import java.util.Map;

/**
 * Operators by login and logins by id for the length of one service call: the API names operators by
 * login, the tables hold ids.
 */
final class OperatorNames {
    private final OperatorService operators;
    private final Map<Long, String> logins = new HashMap<>();

    OperatorNames(OperatorService operators) {
        this.operators = operators;
    }

    String login(Long id) {
        if (id == null) {
            return null;
        }
        return logins.computeIfAbsent(id, key -> operators.find(key).map(Operator::username).orElse("#" + key));
    }

    /** The active operator with {@code login}; a validation error on {@code field} when there is none. */
    Operator active(String field, String login) {
        Operator operator = operators.findByUsername(login.strip())
                .orElseThrow(() -> new ValidationException(field, "no operator has the login '" + login.strip() + "'"));
        if (!operator.active()) {
            throw new ValidationException(field, "operator '" + operator.username() + "' is deactivated");
        }
        logins.put(operator.id(), operator.username());
        return operator;
    }

    /** Any operator with {@code login}, active or not (filters may name former colleagues). */
    Operator existing(String field, String login) {
        return operators.findByUsername(login.strip())
                .orElseThrow(() -> new ValidationException(field, "no operator has the login '" + login.strip() + "'"));
    }
}
