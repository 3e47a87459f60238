package dev.relacja.core.impl.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.Role;
import dev.relacja.testing.LocalJpaTemplate;
import dev.relacja.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Numbering against a real Derby database migrated by the core's scripts. */
class JpaNumberingServiceTest {
    private TestDatabase db;
    private LocalJpaTemplate jpa;
    private Caller caller = new Caller(1, "admin", Role.ADMIN, Set.of());
    private JpaNumberingService numbering;

    @BeforeEach
    void setUp() {
        db = new TestDatabase().migrate("core");
        jpa = db.jpa("relacja-core");
        numbering = new JpaNumberingService(jpa, () -> Optional.of(caller), null);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void restartsTheCounterEachPeriodItResetsIn() {
        numbering.define("FS", "FS/{n}/{MM}/{yyyy}", ResetPeriod.MONTHLY);
        numbering.define("PRO", "PRO/{n:4}/{yyyy}", ResetPeriod.YEARLY);

        assertEquals("FS/1/11/2026", numbering.allocate("FS", LocalDate.of(2026, 11, 27)));
        assertEquals("FS/2/11/2026", numbering.allocate("FS", LocalDate.of(2026, 11, 30)));
        assertEquals("FS/1/12/2026", numbering.allocate("FS", LocalDate.of(2026, 12, 1)));
        assertEquals("PRO/0001/2026", numbering.allocate("PRO", LocalDate.of(2026, 11, 1)));
        assertEquals("PRO/0002/2026", numbering.allocate("PRO", LocalDate.of(2026, 12, 1)));
        assertEquals("PRO/0001/2027", numbering.allocate("PRO", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aRolledBackAllocationLeavesNoHole() {
        numbering.define("FS", "{n}", ResetPeriod.NEVER);
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertThrows(IllegalStateException.class, () -> jpa.tx(em -> {
            numbering.allocate("FS", day);
            throw new IllegalStateException("the document failed to save");
        }));

        assertEquals("1", numbering.allocate("FS", day));
    }

    @Test
    void concurrentIssuersGetDistinctConsecutiveNumbers() throws Exception {
        numbering.define("C", "{n}", ResetPeriod.NEVER);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> issuers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                issuers.add(() -> numbering.allocate("C", LocalDate.now()));
            }
            Set<Integer> numbers = new TreeSet<>();
            for (Future<String> number : pool.invokeAll(issuers)) {
                numbers.add(Integer.parseInt(number.get()));
            }
            assertEquals(200, numbers.size());
            assertEquals(1, ((TreeSet<Integer>) numbers).first());
            assertEquals(200, ((TreeSet<Integer>) numbers).last());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesPatternsThatWouldRepeatNumbersAndUnknownSeries() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> numbering.define("FS", "FS/{n}/{yyyy}", ResetPeriod.MONTHLY));
        assertEquals("pattern", e.errors().get(0).field());
        assertThrows(ValidationException.class, () -> numbering.define("bad code!", "{n}", ResetPeriod.NEVER));
        assertThrows(NotFoundException.class, () -> numbering.allocate("NOPE", LocalDate.now()));
    }

    @Test
    void onlyAdminsDefineSeries() {
        caller = new Caller(2, "ola", Role.MANAGER, Set.of());
        assertThrows(AccessDeniedException.class, () -> numbering.define("FS", "{n}", ResetPeriod.NEVER));
    }
}
