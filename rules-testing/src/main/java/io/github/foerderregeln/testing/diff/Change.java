package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.GermanNamed;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import java.math.BigDecimal;
import java.util.List;

/**
 * One changed entry of a diff, an application or a settlement: what the split into material and
 * explanatory changes, their order and the table of outcome transitions need, the same for both.
 *
 * @param <O> the outcome: {@link io.github.foerderregeln.api.Outcome} or
 *        {@link io.github.foerderregeln.api.settlement.SettlementOutcome}
 */
public interface Change<O extends Enum<O> & GermanNamed> {
    /** The entry's id; not null. */
    String id();

    /** The outcome under the baseline; not null. */
    O outcomeBefore();

    /** The outcome under the candidate; not null. */
    O outcomeAfter();

    /**
     * The money the change is worth to the applicant or recipient, after less before, exact:
     * negative when the candidate leaves them with less. The material changes are ordered by its size.
     */
    BigDecimal moneyChange();

    /** Whether the outcome or an amount changed; otherwise only the findings did. */
    boolean material();

    /** The findings only the candidate gives; not null. */
    List<FindingChange> findingsAdded();

    /** The findings only the baseline gives; not null. */
    List<FindingChange> findingsRemoved();
}
