package dev.relacja.core.impl.command;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code crm:operator-add}: an admin creates an operator; the password is asked for without echo. */
@Service
@Command(scope = "crm", name = "operator-add", description = "Create an operator (admins only)")
public class OperatorAddCommand implements Action {
    @Reference
    OperatorService operators;
    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "Sign-in name, lower case")
    String username;
    @Argument(index = 1, name = "name", required = true, description = "Display name")
    String displayName;
    @Option(name = "--role", description = "VIEWER, OPERATOR, MANAGER or ADMIN (default OPERATOR)")
    String role = "OPERATOR";
    @Option(name = "--email", description = "E-mail address")
    String email;
    @Option(name = "--supervisor", description = "Username of the supervisor")
    String supervisor;
    @Option(name = "--password", description = "Password; asked for when left out")
    String password;

    @Override
    public Object execute() throws Exception {
        Role parsedRole = Role.parse(role)
                .orElseThrow(() -> new ValidationException("role", "choose one of VIEWER, OPERATOR, MANAGER, ADMIN"));
        Long supervisorId = supervisor == null ? null : operators.findByUsername(supervisor)
                .map(Operator::id)
                .orElseThrow(() -> new ValidationException("supervisor", "no operator " + supervisor));
        String secret = password != null ? password : session.readLine("Password: ", '*');
        Operator created = operators.create(
                new OperatorDraft(username, displayName, email, parsedRole, supervisorId, null, null, null),
                secret == null ? null : secret.toCharArray());
        return "Created operator " + created.username() + " (id " + created.id() + ", " + created.role() + ")";
    }
}
