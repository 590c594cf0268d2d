package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.GermanNamed;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.ChangedApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.ChangedSettlement;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.Figures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * A diff of applications or of settlements as the three writers see it, so that one text, one JSON
 * and one HTML writer serve both: the counts, the totals, the changes with their amounts before and
 * after, and what could not be compared. Only the labels and the amounts differ between the kinds.
 *
 * @param counts the counts up to the number changed (read, assessed or settled, invalid, changed)
 * @param moreCounts the counts after the split into material and explanatory (eligibility gained and lost)
 * @param totals the totals before and after, each with its change
 * @param amounts the amounts of one change, before and after, in the order the reports list them
 * @param kindLabels the labels of this kind of entry
 */
record DiffView<O extends Enum<O> & GermanNamed, C extends Change<O>>(Language language, DiffLabels labels,
        DiffLabels.Kind kindLabels, String baselineRuleSet, String candidateRuleSet, List<Count> counts,
        List<Count> moreCounts, List<Total> totals, SortedMap<O, SortedMap<O, Long>> transitions, List<C> changed,
        List<C> material, List<C> explanatory, Function<C, List<Amount>> amounts, List<InvalidApplication> invalid) {

    /** A count of the summary: its label and its JSON name. */
    record Count(String label, String name, long value) {
    }

    /**
     * A total of the summary, before and after.
     *
     * @param name the JSON stem: {@code total<Name>Before}, {@code ...After}, {@code ...Change}
     */
    record Total(String labelBefore, String labelAfter, String labelChange, String name, BigDecimal before,
            BigDecimal after) {
        BigDecimal change() {
            return after.subtract(before);
        }
    }

    /**
     * One amount of a change, before and after.
     *
     * @param label as the text report names it in a line: "grant"
     * @param heading the stem of the HTML table's column headings
     * @param name the JSON stem: {@code <name>Before}, {@code <name>After}, {@code <name>Change}
     */
    record Amount(String label, DiffLabels.Heading heading, String name, BigDecimal before, BigDecimal after) {
        BigDecimal change() {
            return after.subtract(before);
        }
    }

    /** The view of a diff of applications. */
    static DiffView<io.github.foerderregeln.api.Outcome, ChangedApplication> of(PolicyDiffResult result) {
        DiffLabels labels = DiffLabels.of(result.language());
        PolicyDiffResult.Summary s = result.summary();
        return new DiffView<>(result.language(), labels, labels.applicationKind, s.baselineRuleSet(), s.candidateRuleSet(),
                List.of(new Count(labels.applications, "applications", s.applications()),
                        new Count(labels.assessed, "assessed", s.assessed()),
                        new Count(labels.invalidCount, "invalid", s.invalid()),
                        new Count(labels.changedCount, "changed", s.changed())),
                List.of(new Count(labels.eligibilityGained, "eligibilityGained", s.eligibilityGained()),
                        new Count(labels.eligibilityLost, "eligibilityLost", s.eligibilityLost())),
                List.of(new Total(labels.totalGrantBefore, labels.totalGrantAfter, labels.totalGrantChange, "Grant",
                        s.totalGrantBefore(), s.totalGrantAfter())),
                result.transitions(), result.changed(), result.material(), result.explanatoryOnly(),
                c -> List.of(new Amount(labels.grant, labels.grantHeading, "grant", c.grantBefore(), c.grantAfter())),
                result.invalid());
    }

    /** The view of a diff of settlements. */
    static DiffView<io.github.foerderregeln.api.settlement.SettlementOutcome, ChangedSettlement> of(
            SettlementDiffResult result) {
        DiffLabels labels = DiffLabels.of(result.language());
        SettlementDiffResult.Summary s = result.summary();
        List<Total> totals = new ArrayList<>();
        List<BigDecimal> before = s.totalsBefore().values();
        List<BigDecimal> after = s.totalsAfter().values();
        for (int i = 0; i < FIGURES.size(); i++) {
            DiffLabels.Heading heading = labels.figures.get(i);
            totals.add(new Total(heading.totalBefore(), heading.totalAfter(), heading.totalChange(),
                    Character.toUpperCase(FIGURES.get(i).charAt(0)) + FIGURES.get(i).substring(1), before.get(i),
                    after.get(i)));
        }
        return new DiffView<>(result.language(), labels, labels.settlementKind, s.baselineRuleSet(),
                s.candidateRuleSet(),
                List.of(new Count(labels.settlements, "settlements", s.settlements()),
                        new Count(labels.settled, "settled", s.settled()),
                        new Count(labels.notSettled, "invalid", s.invalid()),
                        new Count(labels.changedCount, "changed", s.changed())),
                List.of(), totals, result.transitions(), result.changed(), result.material(), result.explanatoryOnly(),
                c -> amounts(labels, c.before(), c.after()), result.invalid());
    }

    /** The JSON stems of the five figures of a settlement, in the order of {@link Figures#values()}. */
    private static final List<String> FIGURES = List.of("finalGrant", "refund", "remainingPayment", "refundInterest",
            "lateUseInterest");

    private static List<Amount> amounts(DiffLabels labels, Figures before, Figures after) {
        List<Amount> amounts = new ArrayList<>();
        for (int i = 0; i < FIGURES.size(); i++) {
            DiffLabels.Heading heading = labels.figures.get(i);
            amounts.add(new Amount(heading.label(), heading, FIGURES.get(i), before.values().get(i),
                    after.values().get(i)));
        }
        return amounts;
    }

    /**
     * A row of the summary: a count, an amount, or an amount's change (signed).
     *
     * @param indented whether the row is a part of the one above (material and explanatory of the changed)
     */
    record Row(String label, boolean indented, Long count, BigDecimal money, boolean signed) {
        /** The value as the text and the HTML report write it. */
        String value(Language language) {
            return count != null ? DiffLabels.count(count, language)
                    : signed ? DiffLabels.signedMoney(money, language)
                    : io.github.foerderregeln.api.internal.Messages.money(money, language);
        }
    }

    /** The rows of the summary in the reports' order: the counts, the split of the changed, more counts, the totals. */
    List<Row> summary() {
        List<Row> rows = new ArrayList<>();
        counts.forEach(count -> rows.add(new Row(count.label(), false, count.value(), null, false)));
        rows.add(new Row(kindLabels.materialCount(), true, (long) material.size(), null, false));
        rows.add(new Row(kindLabels.explanatoryCount(), true, (long) explanatory.size(), null, false));
        moreCounts.forEach(count -> rows.add(new Row(count.label(), false, count.value(), null, false)));
        for (Total total : totals) {
            rows.add(new Row(total.labelBefore(), false, null, total.before(), false));
            rows.add(new Row(total.labelAfter(), false, null, total.after(), false));
            rows.add(new Row(total.labelChange(), false, null, total.change(), true));
        }
        return rows;
    }

    /** The material changes first, the largest first, then those of the explanation only. */
    List<C> ordered() {
        List<C> all = new ArrayList<>(material);
        all.addAll(explanatory);
        return all;
    }
}
