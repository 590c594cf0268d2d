package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.CostCategory;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One expenditure item of a proof of use with its place in the list, so that a finding can say
 * which item it means and the uses of grant money keep the input order among items of one day.
 *
 * @param number the item's number in the proof of use, from 1
 * @param category its category; not null
 * @param amount its amount in EUR; not null
 * @param paidOn the day it was paid; not null
 * @param description its description; not null
 */
public record ExpenditureLine(int number, CostCategory category, BigDecimal amount, LocalDate paidOn, String description) {
    /** Whether it was paid within the period, its first and last day included. */
    public boolean paidWithin(LocalDate start, LocalDate end) {
        return !paidOn.isBefore(start) && !paidOn.isAfter(end);
    }
}
