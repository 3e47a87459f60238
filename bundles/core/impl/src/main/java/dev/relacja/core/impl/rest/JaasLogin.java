package dev.relacja.core.impl.rest;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/** Checks a username and password against Karaf's {@code karaf} JAAS realm, which Relacja's operator realm replaces. */
final class JaasLogin {
    private static final String REALM = "karaf";

    private JaasLogin() {
    }

    /** The signed-in Subject (user and role principals); throws when the realm refuses. */
    static Subject login(String username, char[] password) throws LoginException {
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader
        Thread.currentThread().setContextClassLoader(JaasLogin.class.getClassLoader());
        try {
            new LoginContext(REALM, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(username);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            }).login();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return subject;
    }
}
