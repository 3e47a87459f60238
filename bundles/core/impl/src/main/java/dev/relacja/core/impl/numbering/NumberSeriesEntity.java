package dev.relacja.core.impl.numbering;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A numbering series as stored; locked for update while a number is allocated from it. */
@Entity
@Table(name = "core_number_series")
public class NumberSeriesEntity {
    @Id
    private String code;
    @Column(nullable = false)
    private String pattern;
    @Column(name = "reset_period", nullable = false)
    private String resetPeriod;

    protected NumberSeriesEntity() {
    }

    NumberSeriesEntity(String code, String pattern, String resetPeriod) {
        this.code = code;
        this.pattern = pattern;
        this.resetPeriod = resetPeriod;
    }

    String code() {
        return code;
    }

    String pattern() {
        return pattern;
    }

    String resetPeriod() {
        return resetPeriod;
    }

    void redefine(String newPattern, String newResetPeriod) {
        this.pattern = newPattern;
        this.resetPeriod = newResetPeriod;
    }
}
