package dev.relacja.procedures.impl;

import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import java.util.HashMap;
import java.util.Map;

/** Logins by operator id for the length of one service call: the API names operators by login, the tables hold ids. */
final class OperatorLogins {
    private final OperatorService operators;
    private final Map<Long, String> logins = new HashMap<>();

    OperatorLogins(OperatorService operators) {
        this.operators = operators;
    }

    String login(Long id) {
        if (id == null) {
            return null;
        }
        return logins.computeIfAbsent(id, key -> operators.find(key).map(Operator::username).orElse("#" + key));
    }
}
