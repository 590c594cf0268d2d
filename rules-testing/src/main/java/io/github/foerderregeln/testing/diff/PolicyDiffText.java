package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.GermanNamed;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.internal.Messages;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a policy diff as plain text for a terminal, with headings in the result's language and
 * money as {@link Messages#money} writes it:
 *
 * <pre>
 * Policy diff
 *   Baseline rule set:      baseline@3f2a9c01be47
 *   Candidate rule set:     candidate@8d1e07a4c2f5
 *
 * Summary
 *   Applications read:      5
 *   Applications assessed:  4
 *   ...
 *   Difference:             EUR +60,000.00
 *
 * Changed outcomes and grants (largest change first)
 *   a-17: ELIGIBLE -&gt; ELIGIBLE, grant EUR 200,000.00 -&gt; EUR 250,000.00 (EUR +50,000.00)
 *     + INFO RDZ-GRANT-CEILING: The grant is limited to the ceiling of EUR 250,000.00.
 *     - INFO RDZ-GRANT-CEILING: The grant is limited to the ceiling of EUR 200,000.00.
 * </pre>
 *
 * <p>In German the outcomes are named by their German words, the code in parentheses:
 * {@code förderfähig (ELIGIBLE) -> nicht förderfähig (INELIGIBLE)}. Changes of the outcome or the grant
 * come first, the largest first; changes of the explanation only (a finding came or went) follow,
 * with the count of each in the summary and a line per outcome transition. Findings added are marked {@code +}, findings removed {@code -}. Line breaks in ids and
 * messages are written as spaces so that every entry stays on its lines.
 */
public final class PolicyDiffText {
    private PolicyDiffText() {
    }

    /** The report as one string. */
    public static String toText(PolicyDiffResult result) {
        return ReportText.of(result, PolicyDiffText::write);
    }

    /** The report of a settlement diff as one string. */
    public static String toText(SettlementDiffResult result) {
        return ReportText.of(result, PolicyDiffText::write);
    }

    /** Writes the report to {@code out}; does not close it. */
    public static void write(PolicyDiffResult result, Writer out) throws IOException {
        write(DiffView.of(result), out);
    }

    /**
     * Writes the report of a settlement diff to {@code out}, as the report of applications: the totals
     * of the five figures, then each changed settlement with its outcome and all five figures before
     * and after, the first on the line of the outcome; does not close it.
     */
    public static void write(SettlementDiffResult result, Writer out) throws IOException {
        write(DiffView.of(result), out);
    }

    private static <O extends Enum<O> & GermanNamed, C extends Change<O>> void write(DiffView<O, C> view, Writer out)
            throws IOException {
        Language language = view.language();
        DiffLabels labels = view.labels();
        DiffLabels.Kind kind = view.kindLabels();
        out.write(labels.title + "\n");
        table(out, List.of(
                new String[] {labels.baselineRuleSet, view.baselineRuleSet()},
                new String[] {labels.candidateRuleSet, view.candidateRuleSet()}));
        out.write("\n" + labels.summary + "\n");
        List<String[]> rows = new ArrayList<>();
        for (DiffView.Row row : view.summary()) {
            rows.add(new String[] {(row.indented() ? "  " : "") + row.label(), row.value(language)});
        }
        table(out, rows);
        if (!view.transitions().isEmpty()) {
            out.write("\n" + labels.transitions + "\n");
            for (var from : view.transitions().entrySet()) {
                for (var to : from.getValue().entrySet()) {
                    out.write("  " + DiffLabels.outcome(from.getKey(), language) + " -> " + DiffLabels.outcome(to.getKey(), language)
                            + ": " + DiffLabels.count(to.getValue(), language) + "\n");
                }
            }
        }
        if (view.changed().isEmpty()) {
            out.write("\n" + kind.changedEntries() + "\n");
            out.write("  " + kind.none() + "\n");
        }
        changes(out, kind.materialChanges(), view.material(), view);
        changes(out, kind.explanatoryChanges(), view.explanatory(), view);
        if (!view.invalid().isEmpty()) {
            out.write("\n" + kind.invalidEntries() + "\n");
            for (InvalidApplication invalid : view.invalid()) {
                out.write("  " + line(invalid.applicationId()) + " (" + labels.invalidUnder + ": "
                        + labels.side(invalid.invalidUnder()) + "): " + line(invalid.message()) + "\n");
            }
        }
        out.flush();
    }

    /** Each change: its outcomes and its first amount on one line, every further amount on a line below. */
    private static <O extends Enum<O> & GermanNamed, C extends Change<O>> void changes(Writer out, String heading,
            List<C> changes, DiffView<O, C> view) throws IOException {
        if (changes.isEmpty()) {
            return;
        }
        Language language = view.language();
        out.write("\n" + heading + "\n");
        for (C change : changes) {
            List<DiffView.Amount> amounts = view.amounts().apply(change);
            out.write("  " + line(change.id()) + ": " + DiffLabels.outcome(change.outcomeBefore(), language)
                    + " -> " + DiffLabels.outcome(change.outcomeAfter(), language) + ", " + amount(amounts.get(0), language)
                    + "\n");
            for (DiffView.Amount amount : amounts.subList(1, amounts.size())) {
                out.write("    " + amount(amount, language) + "\n");
            }
            findings(out, "+", change.findingsAdded());
            findings(out, "-", change.findingsRemoved());
        }
    }

    private static String amount(DiffView.Amount amount, Language language) {
        return amount.label() + " " + Messages.money(amount.before(), language) + " -> "
                + Messages.money(amount.after(), language) + " (" + DiffLabels.signedMoney(amount.change(), language) + ")";
    }

    private static void findings(Writer out, String mark, List<FindingChange> findings) throws IOException {
        for (FindingChange finding : findings) {
            out.write("    " + mark + " " + finding.severity() + " " + finding.ruleId() + ": " + line(finding.message()) + "\n");
        }
    }

    private static void table(Writer out, List<String[]> rows) throws IOException {
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0) + 2;
        for (String[] row : rows) {
            String label = row[0] + ":";
            out.write("  " + label + " ".repeat(width - label.length()) + line(row[1]) + "\n");
        }
    }

    /**
     * Keeps a value on one line, whatever line breaks it carries, and harmless on a terminal:
     * control characters (an escape sequence) and bidirectional overrides become spaces too.
     */
    private static String line(String value) {
        return value.replaceAll("[\\p{Cntrl}\\u0080-\\u009F\\u2028\\u2029\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]+", " ");
    }
}
