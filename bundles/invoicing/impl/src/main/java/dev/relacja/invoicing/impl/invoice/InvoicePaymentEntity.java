package dev.relacja.invoicing.impl.invoice;

import dev.relacja.invoicing.api.InvoicePayment;
import dev.relacja.invoicing.api.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** A payment against an invoice as stored in {@code invoicing_payment}. */
@Entity
@Table(name = "invoicing_payment")
public class InvoicePaymentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private InvoiceEntity invoice;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;
    @Column(nullable = false)
    private String method;
    @Column(name = "registered_by", nullable = false)
    private String registeredBy;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected InvoicePaymentEntity() {
    }

    InvoicePaymentEntity(InvoiceEntity invoice, BigDecimal amount, LocalDate paidOn, PaymentMethod method,
            String registeredBy, Instant registeredAt) {
        this.invoice = invoice;
        this.amount = amount;
        this.paidOn = paidOn;
        this.method = method.name();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    InvoicePayment toPayment() {
        return new InvoicePayment(id == null ? 0 : id, amount.setScale(2), paidOn, PaymentMethod.valueOf(method),
                registeredBy, registeredAt);
    }
}
