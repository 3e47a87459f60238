package dev.relacja.core.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code crm:operator-password}: an admin sets an operator's password, asked for without echo. */
@Service
@Command(scope = "crm", name = "operator-password", description = "Set an operator's password (admins only)")
public class OperatorPasswordCommand implements Action {
    @Reference
    OperatorService operators;
    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "Operator to change")
    String username;

    @Override
    public Object execute() throws Exception {
        Operator operator = operators.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("Operator", username));
        String password = session.readLine("New password: ", '*');
        operators.changePassword(operator.id(), password == null ? null : password.toCharArray());
        return "Password of " + username + " changed";
    }
}
