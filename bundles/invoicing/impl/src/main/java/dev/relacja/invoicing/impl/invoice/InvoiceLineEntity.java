package dev.relacja.invoicing.impl.invoice;

import dev.relacja.invoicing.api.InvoiceLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * One line of an invoice as stored in {@code invoicing_invoice_line}, with its computed amounts; its key is the
 * invoice and the position, so no generated key holds up batched inserts.
 */
@Entity
@Table(name = "invoicing_invoice_line")
@IdClass(InvoiceLineEntity.Key.class)
public class InvoiceLineEntity {
    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private InvoiceEntity invoice;
    @Id
    @Column(nullable = false)
    private int position;
    @Column(name = "item_id")
    private Long itemId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String unit;
    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;
    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;
    @Column(name = "vat_rate", nullable = false)
    private String vatRate;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal net;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal vat;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal gross;

    protected InvoiceLineEntity() {
    }

    InvoiceLineEntity(InvoiceEntity invoice, InvoiceLine line) {
        this.invoice = invoice;
        this.position = line.position();
        replace(line);
    }

    /** Takes another line's contents at the same position (a draft edited). */
    void replace(InvoiceLine line) {
        this.itemId = line.catalogueItemId();
        this.name = line.name();
        this.unit = line.unit();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.discountPercent = line.discountPercent();
        this.vatRate = line.vatRate();
        this.net = line.net();
        this.vat = line.vat();
        this.gross = line.gross();
    }

    InvoiceLine toLine() {
        return new InvoiceLine(position, itemId, name, unit, quantity.setScale(3), unitPrice.setScale(2),
                discountPercent.setScale(2), vatRate, net.setScale(2), vat.setScale(2), gross.setScale(2));
    }

    /** The key: the invoice's id and the position. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long invoice;
        private int position;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(invoice, key.invoice) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(invoice, position);
        }
    }
}
