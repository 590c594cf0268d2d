package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.RuleSets;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.SettlementDiff;
import io.github.foerderregeln.testing.diff.SettlementDiffResult;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.ChangedSettlement;
import io.github.foerderregeln.testing.diff.SettlementDiffResult.Figures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settlement diff between the bundled rule set and candidates that change one settlement
 * parameter, over the worked cases of examples/settlements, every figure worked out by hand from
 * the settlement rules (docs/settlement.md):
 * <ul>
 *   <li>Case A spends as planned, each part within two months of its payment: 170,320.00, balanced,
 *       no interest, under every candidate here.</li>
 *   <li>Case B recognises 200,000.00: the rate binds at 0.80 x 200,000.00 = 160,000.00; the last
 *       payment, 10,320.00 of 2020-12-01, is refunded with interest for 274 days to 2021-09-01 at
 *       -0.88 + 5 = 4.12 %: 10,320.00 x 4.12 / 100 x 274 / 365 = 319.179... = 319.18. No category
 *       overruns, so the tolerance does not touch it.</li>
 *   <li>Case C declares 66,125.00 of material against 52,900.00 approved (25 % over). With a tolerance
 *       of 20 %, 52,900.00 x 1.20 = 63,480.00 is recognised, R = 150,000.00 + 63,480.00 = 213,480.00,
 *       the rate limit 170,784.00 lies above the cap 170,320.00, which binds: balanced, as paid.</li>
 * </ul>
 */
class SettlementDiffTest {
    private static final String CALL = "calls/rdz-lsa-2018.json";
    private static final Path DIR = Path.of("..", "examples", "settlements");

    @TempDir
    static Path temp;

    private static FundingRules baseline;
    private static Settlement caseA;
    private static Settlement caseB;
    private static Settlement caseC;

    @BeforeAll
    static void readTheCases() throws IOException {
        Path base = temp.resolve("baseline");
        RuleSets.writeBundled(base);
        baseline = FundingRules.fromDirectory(base);
        SettlementJson reader = new SettlementJson(baseline.callIds());
        caseA = reader.readSettlement(DIR.resolve("case-a-as-planned.json"));
        caseB = reader.readSettlement(DIR.resolve("case-b-less-spent.json"));
        caseC = reader.readSettlement(DIR.resolve("case-c-category-over-tolerance.json"));
    }

    /** The bundled rule set with the settlement parameter's value {@code from} replaced by {@code to} (each once). */
    private static FundingRules candidate(String name, String... fromTo) throws IOException {
        Path dir = temp.resolve(name);
        RuleSets.writeBundled(dir);
        Path call = dir.resolve(CALL);
        String text = Files.readString(call, StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(text.split(Pattern.quote(fromTo[i]), -1)).as("%s once in %s", fromTo[i], call).hasSize(2);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(call, text, StandardCharsets.UTF_8);
        return FundingRules.fromDirectory(dir);
    }

    private static FundingRules tolerance(String value) throws IOException {
        return candidate("tolerance-" + value, "\"value\": \"0.20\"", "\"value\": \"" + value + "\"");
    }

    private static SettlementDiffResult diff(FundingRules candidate, Settlement... settlements) {
        return new SettlementDiff(baseline, candidate, Language.EN).compare(List.of(settlements));
    }

    private static Figures figures(String finalGrant, String refund, String remaining, String refundInterest,
            String lateUseInterest) {
        return new Figures(new BigDecimal(finalGrant), new BigDecimal(refund), new BigDecimal(remaining),
                new BigDecimal(refundInterest), new BigDecimal(lateUseInterest));
    }

    private static List<String> keys(List<FindingChange> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.ruleId()).sorted().toList();
    }

    /**
     * Tolerance 10 %: 52,900.00 x 1.10 = 58,190.00 of material recognised, the 7,935.00 cut from the
     * latest item (33,062.50 of 2020-09-30 counts 25,127.50); R = 208,190.00, the rate binds at
     * 0.80 x 208,190.00 = 166,552.00. The uses 60,000.00, 26,450.00, 60,000.00 and 20,102.00 each come
     * a fortnight after their payment; of the last payment (23,870.00 of 2020-09-15) 3,768.00 is left
     * and refunded, with interest for 351 days to 2021-09-01 at 4.12 %:
     * 3,768.00 x 4.12 / 100 x 351 / 365 = 149.287... = 149.29.
     */
    @Test
    void aLowerToleranceMovesTheOverrunSettlementFromNoRefundToARefundWithInterest() throws IOException {
        SettlementDiffResult result = diff(tolerance("0.10"), caseA, caseB, caseC);

        assertThat(result.changed()).hasSize(1);
        ChangedSettlement c = result.changed().get(0);
        assertThat(c.settlementId()).isEqualTo("case-c-category-over-tolerance");
        assertThat(c.outcomeBefore()).isEqualTo(SettlementOutcome.BALANCED);
        assertThat(c.outcomeAfter()).isEqualTo(SettlementOutcome.REFUND);
        assertThat(c.before().sameAs(figures("170320.00", "0.00", "0.00", "0.00", "0.00"))).isTrue();
        assertThat(c.after().sameAs(figures("166552.00", "3768.00", "0.00", "149.29", "0.00"))).isTrue();
        assertThat(c.moneyChange()).isEqualByComparingTo("-3917.29");
        assertThat(c.material()).isTrue();
        assertThat(keys(c.findingsAdded())).containsExactly("INFO SET-RATE", "WARNING SET-REFUND",
                "WARNING SET-REFUND-INTEREST");
        assertThat(keys(c.findingsRemoved())).containsExactly("INFO SET-GRANT-CAP");
        assertThat(result.transitions()).containsOnlyKeys(SettlementOutcome.BALANCED);
        assertThat(result.transitions().get(SettlementOutcome.BALANCED)).containsExactlyEntriesOf(
                java.util.Map.of(SettlementOutcome.REFUND, 1L));
        // Totals over A, B and C: final grants 170,320 + 160,000 + 170,320 = 500,640.00 before, with C at
        // 166,552.00 after: 496,872.00; refunds 10,320.00 and 14,088.00; refund interest 319.18 and 468.47.
        SettlementDiffResult.Summary summary = result.summary();
        assertThat(summary.settlements()).isEqualTo(3);
        assertThat(summary.settled()).isEqualTo(3);
        assertThat(summary.changed()).isEqualTo(1);
        assertThat(summary.totalsBefore().sameAs(figures("500640.00", "10320.00", "0.00", "319.18", "0.00"))).isTrue();
        assertThat(summary.totalsAfter().sameAs(figures("496872.00", "14088.00", "0.00", "468.47", "0.00"))).isTrue();
    }

    /**
     * Six interest points instead of five: case B's refund interest becomes 10,320.00 x (-0.88 + 6) / 100
     * x 274 / 365 = 396.649... = 396.65 (+77.47); its outcome, final grant and refund stay, and so do its
     * findings (the same rules and severities, only the figure in the message moves). A and C bear no interest.
     */
    @Test
    void aHigherInterestMarginChangesOnlyTheInterestAndLeavesSettlementsWithoutInterestUnlisted() throws IOException {
        FundingRules sixPoints = candidate("six-points", "\"value\": \"5\"", "\"value\": \"6\"");

        SettlementDiffResult result = diff(sixPoints, caseA, caseB, caseC);

        assertThat(result.changed()).extracting(ChangedSettlement::settlementId).containsExactly("case-b-less-spent");
        ChangedSettlement b = result.changed().get(0);
        assertThat(b.outcomeBefore()).isEqualTo(SettlementOutcome.REFUND).isEqualTo(b.outcomeAfter());
        assertThat(b.change().sameAs(figures("0.00", "0.00", "0.00", "77.47", "0.00"))).isTrue();
        assertThat(b.after().refundInterest()).isEqualByComparingTo("396.65");
        assertThat(b.findingsAdded()).isEmpty();
        assertThat(b.findingsRemoved()).isEmpty();
        assertThat(b.material()).isTrue();
        assertThat(result.material()).containsExactly(b);
        assertThat(result.explanatoryOnly()).isEmpty();
        assertThat(result.transitions()).isEmpty();
    }

    @Test
    void anUnchangedSettlementIsCountedInTheTotalsButNotListed() throws IOException {
        SettlementDiffResult result = diff(tolerance("0.10"), caseA);

        assertThat(result.changed()).isEmpty();
        assertThat(result.summary().settled()).isEqualTo(1);
        assertThat(result.summary().totalsBefore().sameAs(figures("170320.00", "0.00", "0.00", "0.00", "0.00"))).isTrue();
        assertThat(result.summary().totalsChange().sameAs(Figures.ZERO)).isTrue();
    }

    /**
     * Both changes at once: C refunds 3,768.00 with interest at -0.88 + 6 = 5.12 %: 3,768.00 x 5.12 / 100
     * x 351 / 365 = 185.519... = 185.52, so its balance falls by 3,953.52; B's by 77.47. C comes first
     * whatever the order compared.
     */
    @Test
    void theLargestChangeOfTheBalanceComesFirst() throws IOException {
        FundingRules both = candidate("both", "\"value\": \"0.20\"", "\"value\": \"0.10\"", "\"value\": \"5\"",
                "\"value\": \"6\"");

        SettlementDiffResult result = diff(both, caseB, caseC);

        assertThat(result.material()).extracting(ChangedSettlement::settlementId)
                .containsExactly("case-c-category-over-tolerance", "case-b-less-spent");
        assertThat(result.material()).extracting(ChangedSettlement::moneyChange)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-3953.52"), new BigDecimal("-77.47"));
    }

    /**
     * Case C's material is 25 % over its plan. At a tolerance of 24 % (just below) 65,596.00 is recognised and
     * the overrun is still cut: the cap binds as before, nothing changes. At 25 % (at) and 26 % (above) all
     * 66,125.00 is recognised: R = 216,125.00, the rate limit 172,900.00 still above the cap, so the amounts
     * and the outcome stay and only SET-CATEGORY-OVERRUN goes: a change of the findings alone.
     */
    @Test
    void aToleranceThatJustCoversTheOverrunChangesOnlyTheFindings() throws IOException {
        assertThat(diff(tolerance("0.24"), caseC).changed()).isEmpty();
        for (String covering : List.of("0.25", "0.26")) {
            SettlementDiffResult result = diff(tolerance(covering), caseC);

            assertThat(result.material()).as(covering).isEmpty();
            assertThat(result.explanatoryOnly()).as(covering).hasSize(1);
            ChangedSettlement c = result.explanatoryOnly().get(0);
            assertThat(c.material()).isFalse();
            assertThat(c.findingsAdded()).isEmpty();
            assertThat(c.findingsRemoved()).extracting(FindingChange::ruleId, FindingChange::severity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SET-CATEGORY-OVERRUN", Severity.WARNING));
        }
    }
}
