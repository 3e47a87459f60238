package dev.relacja.core.impl.numbering;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** The last number issued in one series for one reset period. */
@Entity
@Table(name = "core_number_counter")
@IdClass(NumberCounterEntity.Key.class)
public class NumberCounterEntity {
    @Id
    @Column(name = "series_code")
    private String seriesCode;
    @Id
    @Column(name = "period_key")
    private String periodKey;
    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected NumberCounterEntity() {
    }

    NumberCounterEntity(String seriesCode, String periodKey) {
        this.seriesCode = seriesCode;
        this.periodKey = periodKey;
    }

    long next() {
        return ++lastValue;
    }

    /** Composite primary key: series and period. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String seriesCode;
        private String periodKey;

        public Key() {
        }

        Key(String seriesCode, String periodKey) {
            this.seriesCode = seriesCode;
            this.periodKey = periodKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && seriesCode.equals(k.seriesCode) && periodKey.equals(k.periodKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seriesCode, periodKey);
        }
    }
}
