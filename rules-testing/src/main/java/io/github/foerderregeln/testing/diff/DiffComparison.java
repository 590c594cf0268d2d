package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.RuleSide;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The running state of one diff, of applications ({@link PolicyDiff.Comparison}) or of settlements
 * ({@link SettlementDiff.Comparison}): each input is run through both rule sets as it is {@linkplain
 * #add added}; what both took is handed to the kind's own tally, what either rejected is counted
 * and listed as invalid. For one thread.
 *
 * @param <T> the input: an application or a settlement
 * @param <R> what a rule set makes of it: an assessment or a settlement result
 */
public abstract class DiffComparison<T, R> {
    private final Function<T, String> id;
    private final Function<T, R> baseline;
    private final Function<T, R> candidate;
    private long read;
    private final List<InvalidApplication> invalid = new ArrayList<>();

    DiffComparison(Function<T, String> id, Function<T, R> baseline, Function<T, R> candidate) {
        this.id = id;
        this.baseline = baseline;
        this.candidate = candidate;
    }

    /**
     * Runs {@code input} through both rule sets and records the difference.
     *
     * @return the entry that records it as invalid when a rule set rejected it; empty when both took it
     * @throws io.github.foerderregeln.api.RulesEvaluationException when an engine fails
     */
    public final Optional<InvalidApplication> add(T input) {
        Objects.requireNonNull(input, "input must not be null");
        Changes.Sides<R> sides = Changes.under(id.apply(input), input, baseline, candidate);
        if (sides.invalid() != null) {
            return Optional.of(addInvalid(sides.invalid()));
        }
        read++;
        compared(id.apply(input), sides.before(), sides.after());
        return Optional.empty();
    }

    /** Tallies an input both rule sets took. */
    abstract void compared(String id, R before, R after);

    /**
     * Records an input that could not even be read, such as a file that is not a valid
     * application or settlement, so that the summary counts it: it is invalid under {@link RuleSide#BOTH}.
     *
     * @param id what names it, such as the id or the file; not null
     * @param problems why it is invalid; not null
     */
    public final void addInvalid(String id, List<Problem> problems) {
        addInvalid(new InvalidApplication(id, RuleSide.BOTH, problems));
    }

    private InvalidApplication addInvalid(InvalidApplication entry) {
        read++;
        invalid.add(entry);
        return entry;
    }

    /** The inputs read, taken or not. */
    final long read() {
        return read;
    }

    /** The inputs both rule sets took. */
    final long compared() {
        return read - invalid.size();
    }

    /** The invalid inputs so far, in the order added. */
    final List<InvalidApplication> invalid() {
        return invalid;
    }
}
