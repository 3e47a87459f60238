package dev.relacja.core.impl.security;

import dev.relacja.core.api.security.Role;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * Checks a username and password against Relacja's operators and gives the Subject the operator's
 * Relacja role, plus the Karaf roles an admin needs for the console and SSH.
 */
public class RelacjaLoginModule implements LoginModule {
    /** Karaf's own roles: what its consoles and command ACLs check. */
    private static final List<String> KARAF_ADMIN_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");

    private Subject subject;
    private CallbackHandler callbackHandler;
    private OperatorStore store;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbackHandler = callbackHandler;
        this.store = (OperatorStore) options.get(OperatorRealm.STORE_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbackHandler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot read the credentials: " + e.getMessage());
        }
        String username = name.getName();
        char[] secret = password.getPassword();
        password.clearPassword();
        if (username == null || secret == null) {
            throw new FailedLoginException("username and password are required");
        }
        Optional<Role> role = store.authenticate(username, secret);
        if (role.isEmpty()) {
            throw new FailedLoginException("wrong username or password");
        }
        principals.add(new UserPrincipal(username));
        for (Role granted : Role.values()) {
            if (role.get().includes(granted)) {
                principals.add(new RolePrincipal(granted.principalName()));
            }
        }
        List<String> karafRoles = role.get() == Role.ADMIN ? KARAF_ADMIN_ROLES : List.of("ssh");
        karafRoles.forEach(r -> principals.add(new RolePrincipal(r)));
        return true;
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
