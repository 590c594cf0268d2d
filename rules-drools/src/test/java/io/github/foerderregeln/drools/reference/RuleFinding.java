package io.github.foerderregeln.drools.reference;

import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Severity;
import java.util.Objects;

/**
 * A finding reduced to what the differential tests compare: which rule said it and how much it weighs.
 * Ordered as assessments report findings: by severity, then rule id.
 *
 * @param ruleId the rule id, such as {@code RDZ-GRANT-RATE}; not null
 * @param severity its severity; not null
 */
public record RuleFinding(String ruleId, Severity severity) implements Comparable<RuleFinding> {
    public RuleFinding {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
    }

    /** The rule id and severity of an engine's finding. */
    public static RuleFinding of(Finding finding) {
        return new RuleFinding(finding.ruleId(), finding.severity());
    }

    @Override
    public int compareTo(RuleFinding other) {
        int bySeverity = severity.compareTo(other.severity);
        return bySeverity != 0 ? bySeverity : ruleId.compareTo(other.ruleId);
    }

    @Override
    public String toString() {
        return ruleId + " " + severity;
    }
}
