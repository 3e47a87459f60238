package dev.relacja.procedures.impl;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.calendar.BusinessDays;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.procedures.api.ProcedureStart;
import dev.relacja.procedures.impl.persistence.StepDefinition;
import dev.relacja.procedures.impl.persistence.StoredTemplate;
import dev.relacja.procedures.impl.persistence.TemplateStore;
import dev.relacja.tasks.api.TaskTypeService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a start request against every rule at once, before anything is written: the template exists and is
 * active, the counterparty exists, every step's owner can be found and works here, and every date falls in
 * the calendar. Then it works out the titles, owners and deadlines.
 */
final class StartResolver {
    static final int MAX_TITLE = 200;

    private final TemplateStore templates;
    private final CounterpartyService counterparties;
    private final OperatorService operators;
    private final TaskTypeService types;
    private final Clock clock;

    StartResolver(TemplateStore templates, CounterpartyService counterparties, OperatorService operators,
            TaskTypeService types, Clock clock) {
        this.templates = templates;
        this.counterparties = counterparties;
        this.operators = operators;
        this.types = types;
        this.clock = clock;
    }

    StartPlan resolve(ProcedureStart request, Caller caller) {
        if (request == null) {
            throw new ValidationException("body", "send the template's code and the counterparty's id");
        }
        // the core signs in only operators it knows, so this fails only if the operator vanished meanwhile
        Operator starter = operators.find(caller.operatorId()).orElseThrow(() -> new ValidationException("operator",
                "operator #" + caller.operatorId() + " (" + caller.username() + ") is not known to the core"));
        List<FieldError> errors = new ArrayList<>();
        StoredTemplate template = template(errors, request.template());
        Counterparty counterparty = counterparty(errors, request.counterpartyId());
        Operator mainOwner = request.owner() == null || request.owner().isBlank() ? starter
                : activeOperator(errors, "owner", "the main task's owner", request.owner().strip());
        String title = title(errors, request.title(), template, counterparty);
        LocalDate startDate = request.startDate() != null ? request.startDate() : LocalDate.now(clock.withZone(starter.timeZone()));

        List<Operator> stepOwners = new ArrayList<>();
        StepSchedule.Plan schedule = null;
        if (template != null) {
            for (int i = 0; i < template.steps().size(); i++) {
                stepOwners.add(stepOwner(errors, i, template.steps().get(i), starter, counterparty));
                checkType(errors, i, template.steps().get(i));
            }
            schedule = schedule(errors, template, startDate, starter);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new StartPlan(template, counterparty, title, mainOwner, startDate, stepOwners, schedule);
    }

    private StoredTemplate template(List<FieldError> errors, String code) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("template", "name the procedure template by its code"));
            return null;
        }
        Optional<StoredTemplate> template = templates.findByCode(code.strip());
        if (template.isEmpty()) {
            errors.add(new FieldError("template", "no procedure template has the code '" + code.strip() + "'"));
            return null;
        }
        if (!template.get().active()) {
            errors.add(new FieldError("template", "procedure template '" + code.strip()
                    + "' is deactivated; activate it or start another"));
            return null;
        }
        return template.get();
    }

    private Counterparty counterparty(List<FieldError> errors, Long id) {
        if (id == null) {
            errors.add(new FieldError("counterpartyId", "name the counterparty the procedure is for"));
            return null;
        }
        Optional<Counterparty> counterparty = counterparties.find(id);
        if (counterparty.isEmpty()) {
            errors.add(new FieldError("counterpartyId", "no counterparty #" + id));
            return null;
        }
        return counterparty.get();
    }

    /** The requested title, or the template's name with the counterparty's, cut to fit. */
    private static String title(List<FieldError> errors, String requested, StoredTemplate template,
            Counterparty counterparty) {
        if (requested != null && !requested.isBlank()) {
            return TemplateValidator.text(errors, "title", "the title", requested, MAX_TITLE, true);
        }
        if (template == null || counterparty == null) {
            return null;
        }
        String title = template.name() + " – " + counterparty.name();
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    private Operator stepOwner(List<FieldError> errors, int index, StepDefinition step, Operator starter,
            Counterparty counterparty) {
        String field = "steps[" + index + "].owner";
        String label = "step " + (index + 1) + " (" + step.title() + ")";
        switch (step.ownerKind()) {
            case OPERATOR:
                return activeOperator(errors, field, label + ": its owner", step.ownerId());
            case COUNTERPARTY_OWNER:
                if (counterparty == null) {
                    return null;
                }
                if (counterparty.ownerId() == null) {
                    errors.add(new FieldError(field, label + " goes to the counterparty's owner, but "
                            + counterparty.code() + " has none; give it an owner or change the template"));
                    return null;
                }
                return activeOperator(errors, field, label + ": the counterparty's owner", counterparty.ownerId());
            default:
                return starter;
        }
    }

    private void checkType(List<FieldError> errors, int index, StepDefinition step) {
        if (types.find(step.typeCode()).isEmpty()) {
            errors.add(new FieldError("steps[" + index + "].type", "step " + (index + 1) + " (" + step.title()
                    + "): the task type '" + step.typeCode() + "' no longer exists; change the template"));
        }
    }

    private Operator activeOperator(List<FieldError> errors, String field, String label, long id) {
        return active(errors, field, label, operators.find(id), "operator #" + id + " no longer exists");
    }

    private Operator activeOperator(List<FieldError> errors, String field, String label, String login) {
        return active(errors, field, label, operators.findByUsername(login), "no operator has the login '" + login + "'");
    }

    /** The operator found, if they still work here; otherwise null and an error on {@code field}. */
    private static Operator active(List<FieldError> errors, String field, String label, Optional<Operator> found,
            String missing) {
        if (found.isEmpty()) {
            errors.add(new FieldError(field, label + ": " + missing));
            return null;
        }
        if (!found.get().active()) {
            errors.add(new FieldError(field, label + ", " + found.get().username() + ", is deactivated"));
            return null;
        }
        return found.get();
    }

    /** The step dates in the starter's zone and working hours; a date the calendar does not cover is an input error. */
    private static StepSchedule.Plan schedule(List<FieldError> errors, StoredTemplate template, LocalDate startDate,
            Operator starter) {
        StepSchedule schedule = new StepSchedule(BusinessDays.polish(), starter.timeZone(), starter.workStart(),
                starter.workEnd());
        try {
            return schedule.plan(startDate, template.steps().stream()
                    .map(s -> new StepSchedule.Timing(s.days(), s.after(), s.dependsOn())).toList());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("startDate", "cannot schedule the steps from " + startDate + ": " + e.getMessage()));
            return null;
        }
    }
}
