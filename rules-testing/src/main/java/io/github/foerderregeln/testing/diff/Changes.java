package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.GermanNamed;
import io.github.foerderregeln.api.InvalidInputException;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.RuleSide;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** What both diffs, of applications and of settlements, do the same way with their changes. */
final class Changes {
    private Changes() {
    }

    /**
     * The material changes, the largest money change first, a loss before a gain of the same size,
     * a change of outcome before one without, then by id: the ones a decision hangs on, at the top.
     */
    static <C extends Change<?>> List<C> material(List<C> changed) {
        return changed.stream().filter(Change::material)
                .sorted(Comparator.comparing((C c) -> c.moneyChange().abs()).reversed()
                        .thenComparing(c -> c.moneyChange().signum())
                        .thenComparing(c -> c.outcomeBefore() == c.outcomeAfter())
                        .thenComparing(Change::id))
                .toList();
    }

    /** The changes of the explanation only, by id. */
    static <C extends Change<?>> List<C> explanatoryOnly(List<C> changed) {
        return changed.stream().filter(c -> !c.material()).sorted(Comparator.comparing(Change::id)).toList();
    }

    /** How many changes went from each outcome to each other one, in the order of the outcomes. */
    static <O extends Enum<O> & GermanNamed> SortedMap<O, SortedMap<O, Long>> transitions(
            List<? extends Change<O>> changed) {
        SortedMap<O, SortedMap<O, Long>> table = new TreeMap<>();
        for (Change<O> change : changed) {
            if (change.outcomeBefore() != change.outcomeAfter()) {
                table.computeIfAbsent(change.outcomeBefore(), k -> new TreeMap<>()).merge(change.outcomeAfter(), 1L, Long::sum);
            }
        }
        return table;
    }

    /**
     * The findings of {@code of} that {@code reference} does not match one for one by rule id
     * and severity, in the order of {@code of}: the multiset difference {@code of - reference}.
     */
    static List<FindingChange> missingFrom(List<Finding> reference, List<Finding> of, Language language) {
        Map<FindingKey, Integer> unmatched = new HashMap<>();
        for (Finding finding : reference) {
            unmatched.merge(new FindingKey(finding.ruleId(), finding.severity()), 1, Integer::sum);
        }
        List<FindingChange> missing = new ArrayList<>(0);
        for (Finding finding : of) {
            FindingKey key = new FindingKey(finding.ruleId(), finding.severity());
            if (unmatched.merge(key, -1, Integer::sum) < 0) {
                missing.add(new FindingChange(finding.ruleId(), finding.severity(), finding.message(language)));
            }
        }
        return missing;
    }

    /**
     * What the baseline and the candidate made of one input: both results, or the entry that
     * records it as invalid when either rejected it.
     *
     * @param before the baseline's result; null when invalid
     * @param after the candidate's result; null when invalid
     * @param invalid why a rule set rejected it; null when both took it
     */
    record Sides<R>(R before, R after, InvalidApplication invalid) {
    }

    /**
     * {@code input} run through {@code baseline} and {@code candidate}; invalid input (an unknown
     * call, a call without the parameters a settlement needs) is recorded with the side that
     * rejected it and every problem of either, each once. An engine failure is thrown on.
     */
    static <I, R> Sides<R> under(String id, I input, Function<I, R> baseline, Function<I, R> candidate) {
        R before = null;
        R after = null;
        InvalidInputException rejectedBefore = null;
        InvalidInputException rejectedAfter = null;
        try {
            before = baseline.apply(input);
        } catch (InvalidInputException e) {
            rejectedBefore = e;
        }
        try {
            after = candidate.apply(input);
        } catch (InvalidInputException e) {
            rejectedAfter = e;
        }
        if (rejectedBefore == null && rejectedAfter == null) {
            return new Sides<>(before, after, null);
        }
        RuleSide side = rejectedBefore == null ? RuleSide.CANDIDATE : rejectedAfter == null ? RuleSide.BASELINE : RuleSide.BOTH;
        Set<Problem> problems = new LinkedHashSet<>();
        if (rejectedBefore != null) {
            problems.addAll(rejectedBefore.problems());
        }
        if (rejectedAfter != null) {
            problems.addAll(rejectedAfter.problems());
        }
        return new Sides<>(null, null, new InvalidApplication(id, side, List.copyOf(problems)));
    }

    private record FindingKey(String ruleId, Severity severity) {
    }
}
