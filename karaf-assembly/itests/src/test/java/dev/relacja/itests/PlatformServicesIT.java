package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import java.security.Principal;
import java.security.PrivilegedExceptionAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.security.auth.Subject;
import javax.transaction.TransactionManager;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Core services inside the booted distribution: one JTA transaction across the core and contacts
 * persistence units, gap-free numbers under concurrency, and the crm shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformServicesIT extends RelacjaTestSupport {


    @Test
    public void aNumberAndACounterpartyRollBackAndCommitTogether() throws Exception {
        NumberingService numbering = service(NumberingService.class);
        TransactionManager transactions = service(TransactionManager.class);
        CounterpartyService counterparties = service(CounterpartyService.class);
        asAdmin(() -> numbering.define("TX", "TX/{n}/{yyyy}", ResetPeriod.YEARLY));
        LocalDate date = LocalDate.of(2026, 11, 27);

        transactions.begin();
        String rolledBack = asAdmin(() -> numbering.allocate("TX", date));
        asAdmin(() -> counterparties.create(person("TXROLL", "Rolled back " + rolledBack)));
        transactions.rollback();

        assertNull("the counterparty went with the rollback", asAdmin(() -> counterparties.findByCode("TXROLL").orElse(null)));

        transactions.begin();
        String committed = asAdmin(() -> numbering.allocate("TX", date));
        asAdmin(() -> counterparties.create(person("TXKEEP", "Kept " + committed)));
        transactions.commit();

        assertEquals("the rolled-back number is issued again: no hole", rolledBack, committed);
        assertEquals("TX/1/2026", committed);
        Counterparty kept = asAdmin(() -> counterparties.findByCode("TXKEEP").orElseThrow());
        assertEquals("Kept TX/1/2026", kept.name());
        assertEquals("TX/2/2026", asAdmin(() -> numbering.allocate("TX", date)));
    }

    @Test
    public void concurrentIssuersGetDistinctConsecutiveNumbers() throws Exception {
        NumberingService numbering = service(NumberingService.class);
        TransactionManager transactions = service(TransactionManager.class);
        asAdmin(() -> numbering.define("CONC", "{n}", ResetPeriod.NEVER));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> issuers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                issuers.add(() -> {
                    transactions.begin();
                    try {
                        String number = numbering.allocate("CONC", LocalDate.now());
                        transactions.commit();
                        return number;
                    } catch (RuntimeException e) {
                        transactions.rollback();
                        throw e;
                    }
                });
            }
            Set<Integer> numbers = new TreeSet<>();
            for (Future<String> issued : pool.invokeAll(issuers, 5, TimeUnit.MINUTES)) {
                numbers.add(Integer.parseInt(issued.get()));
            }
            assertEquals(100, numbers.size());
            assertEquals(Integer.valueOf(1), Collections.min(numbers));
            assertEquals(Integer.valueOf(100), Collections.max(numbers));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void theShellAddsListsAndShowsCounterparties() throws Exception {
        String added = executeCommand("crm:counterparty-add --kind PERSON --tag szkło --email biuro@szklo.pl SHELL1 \"Zakład Szklarski\"");
        assertTrue(added, added.contains("Added counterparty SHELL1"));
        String contact = executeCommand("crm:contact-add --role księgowa --email ewa@szklo.pl SHELL1 \"Ewa Łącka\"");
        assertTrue(contact, contact.contains("Added Ewa Łącka"));

        String listed = executeCommand("crm:counterparty-list --tag szkło");
        assertTrue(listed, listed.contains("SHELL1") && listed.contains("of 1"));
        String shown = executeCommand("crm:counterparty-show SHELL1");
        assertTrue(shown, shown.contains("Zakład Szklarski") && shown.contains("Ewa Łącka"));

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> executeCommand("crm:counterparty-add --nip 1234567890 SHELL2 Firma"));
        assertTrue(String.valueOf(refused.getCause()), refused.getCause() instanceof ValidationException);
        assertTrue(refused.getMessage(), refused.getMessage().contains("NIP checksum does not match"));
    }

    @Test
    public void operatorsWhoAreNotAdminsReachOnlyCrmCommandsTheirRoleAllows() throws Exception {
        OperatorService operators = service(OperatorService.class);
        asAdmin(() -> operators.create(new OperatorDraft("wanda", "Wanda Widz", null, Role.VIEWER, null, null, null, null),
                "viewer-password-1".toCharArray()));
        Principal[] viewer = {new UserPrincipal("wanda"), new RolePrincipal("relacja-viewer"), new RolePrincipal("ssh")};

        String listed = executeCommand("crm:counterparty-list", viewer);
        assertTrue(listed, listed.contains("page 0"));
        for (String refused : new String[] {"bundle:list", "feature:list", "crm:operator-add --password x1234567890 ewa Ewa",
            "crm:counterparty-add --kind PERSON VIEW1 Widz"}) {
            RuntimeException e = assertThrows(refused, RuntimeException.class, () -> executeCommand(refused, viewer));
            assertTrue(e.getMessage(), e.getMessage().contains("Command not found"));
        }
    }

    private static CounterpartyDraft person(String code, String name) {
        return new CounterpartyDraft(code, name, CounterpartyKind.PERSON, null, null, null, List.of(), List.of(),
                null, null, null, false, List.of(), null, null);
    }

    private static <T> T asAdmin(PrivilegedExceptionAction<T> action) throws Exception {
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("admin"));
        return Subject.doAs(admin, action);
    }
}
