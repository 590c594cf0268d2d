package io.github.foerderregeln.api;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The result of assessing one application.
 *
 * @param applicationId the application's id; not null
 * @param callId the call it was assessed under; not null
 * @param callVersion the version of the call's parameters used; not null
 * @param ruleSet the identity of the rule set used; not null
 * @param outcome the outcome; not null
 * @param amounts the figures; not null
 * @param findings every finding, ordered by severity, then rule id; not null, copied and sorted
 * @param rulesFired the ids of the rules that fired, in the order they first fired; not null, copied
 */
public record Assessment(String applicationId, String callId, String callVersion, String ruleSet, Outcome outcome,
        Amounts amounts, List<Finding> findings, List<String> rulesFired) {
    /**
     * The order findings are reported in (docs/json-format.md): severity, then rule id. Findings of one
     * rule follow their figures in the order the rule gives them (so cost items by their number),
     * then their English message, so that the order never depends on how an engine stores them.
     */
    public static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId).thenComparing(Assessment::compareFigures).thenComparing(Finding::messageEn);

    public Assessment {
        Objects.requireNonNull(applicationId, "applicationId must not be null");
        Objects.requireNonNull(callId, "callId must not be null");
        Objects.requireNonNull(callVersion, "callVersion must not be null");
        Objects.requireNonNull(ruleSet, "ruleSet must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(amounts, "amounts must not be null");
        findings = findings.stream().sorted(FINDING_ORDER).toList();
        rulesFired = List.copyOf(rulesFired);
    }

    /** Figure by figure: absent before present, then by type name, then by value where the type has an order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareFigures(Finding left, Finding right) {
        Iterator<Object> a = left.figures().values().iterator();
        Iterator<Object> b = right.figures().values().iterator();
        while (a.hasNext() && b.hasNext()) {
            Object x = a.next();
            Object y = b.next();
            int order;
            if (x == null || y == null) {
                order = Boolean.compare(x != null, y != null);
            } else if (x.getClass() != y.getClass()) {
                order = x.getClass().getName().compareTo(y.getClass().getName());
            } else {
                order = x instanceof Comparable comparable ? comparable.compareTo(y) : 0;
            }
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    /** The grant, 0.00 unless the outcome allows one. */
    public BigDecimal grant() {
        return amounts.grant();
    }

    /** Whether the outcome is {@link Outcome#ELIGIBLE}. */
    public boolean eligible() {
        return outcome == Outcome.ELIGIBLE;
    }

    /** The findings of one rule id. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
