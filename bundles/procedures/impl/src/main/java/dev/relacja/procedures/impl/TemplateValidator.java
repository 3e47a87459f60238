package dev.relacja.procedures.impl;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.procedures.api.ProcedureStep;
import dev.relacja.procedures.api.ProcedureTemplateDraft;
import dev.relacja.procedures.api.StepAnchor;
import dev.relacja.procedures.impl.persistence.StepDefinition;
import dev.relacja.procedures.impl.persistence.StepDefinition.OwnerKind;
import dev.relacja.procedures.impl.persistence.TemplateFields;
import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TaskTypeService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a template draft against every rule at once and resolves it into {@link TemplateFields}: logins
 * become operator ids, left-out types and anchors their defaults. Nothing is stored unless no rule is broken.
 * Whether the code is free is the store's check, inside its transaction.
 */
final class TemplateValidator {
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    static final int MAX_STEPS = 50;
    static final int MAX_DAYS = 365;

    private final TaskTypeService types;
    private final OperatorService operators;

    TemplateValidator(TaskTypeService types, OperatorService operators) {
        this.types = types;
        this.operators = operators;
    }

    TemplateFields validate(ProcedureTemplateDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the template with its code, name and steps");
        }
        List<FieldError> errors = new ArrayList<>();
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "a code is 1 to 32 lower-case letters, digits and hyphens, "
                    + "starting with a letter or digit" + (code.isEmpty() ? "" : "; '" + code + "' is not one")));
        }
        String name = text(errors, "name", "name", draft.name(), 200, true);
        String description = text(errors, "description", "description", draft.description(), 4000, false);
        List<ProcedureStep> steps = draft.steps();
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            errors.add(new FieldError("steps", "a template has 1 to " + MAX_STEPS + " steps, not " + steps.size()));
        }
        List<StepDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            definitions.add(step(errors, i, steps.get(i)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TemplateFields(code, name, description, definitions);
    }

    private StepDefinition step(List<FieldError> errors, int index, ProcedureStep step) {
        String field = "steps[" + index + "]";
        String label = "step " + (index + 1);
        if (step == null) {
            errors.add(new FieldError(field, label + " is empty"));
            return null;
        }
        String title = text(errors, field + ".title", label + ": the title", step.title(), 200, true);
        String type = step.type() == null || step.type().isBlank() ? ProcedureStep.DEFAULT_TYPE : step.type().strip();
        if (types.find(type).isEmpty()) {
            errors.add(new FieldError(field + ".type", label + ": no task type '" + type + "'; known types: "
                    + types.list().stream().map(TaskType::code).collect(Collectors.joining(", "))));
        }
        if (step.days() < 0 || step.days() > MAX_DAYS) {
            errors.add(new FieldError(field + ".days", label + ": a deadline is 0 to " + MAX_DAYS
                    + " business days away, not " + step.days()));
        }
        TreeSet<Integer> dependsOn = new TreeSet<>();
        for (Integer number : step.dependsOn()) {
            if (number == null || number < 1 || number > index) {
                errors.add(new FieldError(field + ".dependsOn", index == 0
                        ? label + " is the first step and cannot depend on another"
                        : label + " can depend only on earlier steps (1 to " + index + "), not on step " + number));
            } else {
                dependsOn.add(number);
            }
        }
        StepAnchor after = step.after() == null ? StepAnchor.START : step.after();
        OwnerKind ownerKind = OwnerKind.STARTER;
        Long ownerId = null;
        String owner = step.owner() == null ? "" : step.owner().strip();
        if (owner.equals(ProcedureStep.COUNTERPARTY_OWNER)) {
            ownerKind = OwnerKind.COUNTERPARTY_OWNER;
        } else if (!owner.isEmpty()) {
            ownerKind = OwnerKind.OPERATOR;
            ownerId = activeOperator(errors, field + ".owner", label, owner).map(Operator::id).orElse(null);
        }
        return new StepDefinition(title, type, step.days(), after, ownerKind, ownerId, List.copyOf(dependsOn));
    }

    private Optional<Operator> activeOperator(List<FieldError> errors, String field, String label, String login) {
        Optional<Operator> operator = operators.findByUsername(login);
        if (operator.isEmpty()) {
            errors.add(new FieldError(field, label + ": no operator has the login '" + login + "'; name an operator, '"
                    + ProcedureStep.COUNTERPARTY_OWNER + "', or nobody for the operator who starts the procedure"));
        } else if (!operator.get().active()) {
            errors.add(new FieldError(field, label + ": operator '" + login + "' is deactivated"));
            return Optional.empty();
        }
        return operator;
    }

    /** The stripped text, or null when blank; too long or missing-but-required is reported under {@code field}. */
    static String text(List<FieldError> errors, String field, String label, String value, int maxLength,
            boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, label + " is required"));
            }
            return null;
        }
        if (stripped.length() > maxLength) {
            errors.add(new FieldError(field, label + " is " + stripped.length() + " characters long; at most " + maxLength));
        }
        return stripped;
    }
}
