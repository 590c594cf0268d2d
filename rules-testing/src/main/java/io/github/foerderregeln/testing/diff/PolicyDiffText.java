package io.github.foerderregeln.testing.diff;

import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.internal.Messages;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.ChangedApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.Summary;
import java.io.IOException;
import java.io.Writer;
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

    /** Writes the report to {@code out}; does not close it. */
    public static void write(PolicyDiffResult result, Writer out) throws IOException {
        Language language = result.language();
        DiffLabels labels = DiffLabels.of(language);
        Summary summary = result.summary();
        List<String[]> rows = List.of(
                new String[] {labels.baselineRuleSet, summary.baselineRuleSet()},
                new String[] {labels.candidateRuleSet, summary.candidateRuleSet()});
        out.write(labels.title + "\n");
        table(out, rows);
        out.write("\n" + labels.summary + "\n");
        List<ChangedApplication> material = result.material();
        List<ChangedApplication> explanatory = result.explanatoryOnly();
        table(out, List.of(
                new String[] {labels.applications, DiffLabels.count(summary.applications(), language)},
                new String[] {labels.assessed, DiffLabels.count(summary.assessed(), language)},
                new String[] {labels.invalidCount, DiffLabels.count(summary.invalid(), language)},
                new String[] {labels.changedCount, DiffLabels.count(summary.changed(), language)},
                new String[] {"  " + labels.materialCount, DiffLabels.count(material.size(), language)},
                new String[] {"  " + labels.explanatoryCount, DiffLabels.count(explanatory.size(), language)},
                new String[] {labels.eligibilityGained, DiffLabels.count(summary.eligibilityGained(), language)},
                new String[] {labels.eligibilityLost, DiffLabels.count(summary.eligibilityLost(), language)},
                new String[] {labels.totalGrantBefore, Messages.money(summary.totalGrantBefore(), language)},
                new String[] {labels.totalGrantAfter, Messages.money(summary.totalGrantAfter(), language)},
                new String[] {labels.totalGrantChange, DiffLabels.signedMoney(summary.totalGrantChange(), language)}));
        if (!result.transitions().isEmpty()) {
            out.write("\n" + labels.transitions + "\n");
            for (var from : result.transitions().entrySet()) {
                for (var to : from.getValue().entrySet()) {
                    out.write("  " + DiffLabels.outcome(from.getKey(), language) + " -> " + DiffLabels.outcome(to.getKey(), language)
                            + ": " + DiffLabels.count(to.getValue(), language) + "\n");
                }
            }
        }
        if (result.changed().isEmpty()) {
            out.write("\n" + labels.changedApplications + "\n");
            out.write("  " + labels.noChanges + "\n");
        }
        changes(out, labels.materialChanges, material, labels, language);
        changes(out, labels.explanatoryChanges, explanatory, labels, language);
        if (!result.invalid().isEmpty()) {
            out.write("\n" + labels.invalidApplications + "\n");
            for (InvalidApplication invalid : result.invalid()) {
                out.write("  " + line(invalid.applicationId()) + " (" + labels.invalidUnder + ": "
                        + labels.side(invalid.invalidUnder()) + "): " + line(invalid.message()) + "\n");
            }
        }
        out.flush();
    }

    private static void changes(Writer out, String heading, List<ChangedApplication> changes, DiffLabels labels,
            Language language) throws IOException {
        if (changes.isEmpty()) {
            return;
        }
        out.write("\n" + heading + "\n");
        for (ChangedApplication change : changes) {
            out.write("  " + line(change.applicationId()) + ": " + DiffLabels.outcome(change.outcomeBefore(), language)
                    + " -> " + DiffLabels.outcome(change.outcomeAfter(), language)
                    + ", " + labels.grant + " " + Messages.money(change.grantBefore(), language) + " -> "
                    + Messages.money(change.grantAfter(), language)
                    + " (" + DiffLabels.signedMoney(change.grantChange(), language) + ")\n");
            findings(out, "+", change.findingsAdded());
            findings(out, "-", change.findingsRemoved());
        }
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
