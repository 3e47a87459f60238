package dev.relacja.core.impl.security;

import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the very first start, when there are no operators yet, creates the operator {@code admin}.
 * Its password comes from {@code RELACJA_ADMIN_PASSWORD}, or is generated and written once to
 * {@code relacja-data/initial-admin-password}, readable by the owner only — Relacja ships no password.
 */
@Component(immediate = true, service = InitialAdmin.class)
public class InitialAdmin {
    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "RELACJA_ADMIN_PASSWORD";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Activate
    public InitialAdmin(@Reference OperatorStore store, @Reference DataDirectory data) {
        if (store.count() > 0) {
            return;
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        boolean generated = fromEnvironment == null || fromEnvironment.isBlank();
        char[] password = generated ? generate() : fromEnvironment.toCharArray();
        OperatorDraftValidator.checkPassword(password);
        store.create(OperatorDraftValidator.validated(
                new OperatorDraft(USERNAME, "Administrator", null, Role.ADMIN, null, null, null, null)), password);
        if (generated) {
            Path file = writeOwnerOnly(data.path().resolve(PASSWORD_FILE), new String(password));
            LOG.warn("Created operator '{}'; its generated password is in {}", USERNAME, file);
        } else {
            LOG.info("Created operator '{}' with the password from {}", USERNAME, PASSWORD_VARIABLE);
        }
    }

    private static char[] generate() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }

    private static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content + System.lineSeparator(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial admin password to " + file, e);
        }
    }
}
