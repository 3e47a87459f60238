package dev.relacja.invoicing.impl.run;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * What JTA gives a chunk in Karaf, outside it: each transaction of {@code unit} runs inside one of {@code spanned}
 * on the same thread, so the numbers that the core's numbering service (over {@code spanned}) allocates within a
 * chunk join one core transaction that commits right after the chunk's, instead of committing one by one; a chunk
 * that fails rolls its numbers back. Test templates join an enclosing transaction of their own on the same thread.
 */
final class SpanningJpaTemplate implements JpaTemplate {
    private final JpaTemplate unit;
    private final JpaTemplate spanned;

    SpanningJpaTemplate(JpaTemplate unit, JpaTemplate spanned) {
        this.unit = unit;
        this.spanned = spanned;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        return spanned.txExpr(TransactionType.Required, outer -> unit.txExpr(type, code));
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        spanned.tx(TransactionType.Required, outer -> unit.tx(type, code));
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }
}
