package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.OtherFunding;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every hint to raise the grant does what it says (docs/rules.md, "What would have to change"):
 * applied to its application, the change it names raises the grant to the amount it names, where
 * the next limit binds; with a tie, the change of one input alone raises nothing, as the hint says;
 * and the ceiling, which no change of the application raises, gives no hint at all.
 */
class HintProperties {
    private static final FundingRules RULES = FundingRules.load();
    private static final BigDecimal BILLION = new BigDecimal("1000000000.00");

    @Provide
    Arbitrary<Application> applications() {
        return ApplicationGenerators.applications();
    }

    @Property(tries = 2000)
    void everyHintToRaiseTheGrantDoesWhatItSays(@ForAll("applications") Application application) {
        Assessment assessment = RULES.assess(application);
        for (Finding finding : assessment.findings()) {
            if (finding.severity() != Severity.INFO || finding.hintEn() == null) {
                continue;
            }
            switch (finding.ruleId()) {
                case "RDZ-GRANT-RATE" -> rateHint(application, assessment, finding);
                case "RDZ-GRANT-REQUESTED" -> requestedHint(application, assessment, finding);
                case "RDZ-GRANT-NO-DOUBLE-FUNDING" -> otherFundingHint(application, assessment, finding);
                default -> { }
            }
        }
    }

    @Property(tries = 2000)
    void theCeilingGivesNoHintAndNoIneligibleApplicationABindingOne(@ForAll("applications") Application application) {
        Assessment assessment = RULES.assess(application);

        assertThat(assessment.findings("RDZ-GRANT-CEILING")).allSatisfy(f -> assertThat(f.hintEn()).isNull());
        if (assessment.outcome() == Outcome.INELIGIBLE) {
            assertThat(assessment.amounts().binding()).isNull();
            assertThat(assessment.findings()).noneMatch(f -> f.severity() == Severity.INFO
                    && f.ruleId().startsWith("RDZ-GRANT-") || f.severity() == Severity.INFO && f.ruleId().equals("RDZ-DEMINIMIS"));
        }
    }

    /** More eligible costs: up to costsForNext the grant rises to nextGrant; with a tie it does not rise. */
    private static void rateHint(Application application, Assessment assessment, Finding finding) {
        BigDecimal eligible = assessment.amounts().eligibleCosts();
        if (finding.figures().containsKey("othersBinding")) {
            Assessment more = RULES.assess(withMorePersonnel(application, eligible.max(BigDecimal.ONE)));
            assertThat(more.grant()).as("a tie: more eligible costs alone, %s", finding.hintEn()).isEqualByComparingTo(assessment.grant());
            return;
        }
        BigDecimal costsForNext = (BigDecimal) finding.figures().get("costsForNext");
        BigDecimal nextGrant = (BigDecimal) finding.figures().get("nextGrant");
        Assessment applied = RULES.assess(withMorePersonnel(application, costsForNext.subtract(eligible)));
        assertThat(applied.grant()).as("%s applied to %s", finding.hintEn(), application.id()).isEqualByComparingTo(nextGrant);
        assertThat(nextGrant).isGreaterThan(assessment.grant());
    }

    /** A higher request: requesting nextGrant is granted nextGrant; with a tie more is not granted. */
    private static void requestedHint(Application application, Assessment assessment, Finding finding) {
        if (finding.figures().containsKey("othersBinding")) {
            Assessment more = RULES.assess(withRequested(application, application.requestedGrant().multiply(BigDecimal.TEN).min(BILLION)));
            assertThat(more.grant()).as("a tie: a higher request alone, %s", finding.hintEn()).isEqualByComparingTo(assessment.grant());
            return;
        }
        BigDecimal nextGrant = (BigDecimal) finding.figures().get("nextGrant");
        Assessment applied = RULES.assess(withRequested(application, nextGrant));
        assertThat(applied.grant()).as("%s applied to %s", finding.hintEn(), application.id()).isEqualByComparingTo(nextGrant);
        assertThat(nextGrant).isGreaterThan(assessment.grant());
    }

    /** Less other funding: at otherFundingForNext the grant is nextGrant; with a tie none raises it. */
    private static void otherFundingHint(Application application, Assessment assessment, Finding finding) {
        if (finding.figures().containsKey("othersBinding")) {
            Assessment none = RULES.assess(withOtherFunding(application, BigDecimal.ZERO));
            assertThat(none.grant()).as("a tie: no other funding, %s", finding.hintEn()).isEqualByComparingTo(assessment.grant());
            return;
        }
        BigDecimal otherFundingForNext = (BigDecimal) finding.figures().get("otherFundingForNext");
        BigDecimal nextGrant = (BigDecimal) finding.figures().get("nextGrant");
        Assessment applied = RULES.assess(withOtherFunding(application, otherFundingForNext));
        assertThat(applied.grant()).as("%s applied to %s", finding.hintEn(), application.id()).isEqualByComparingTo(nextGrant);
        assertThat(nextGrant).isGreaterThan(assessment.grant());
    }

    private static Application withMorePersonnel(Application a, BigDecimal amount) {
        List<CostItem> costs = new ArrayList<>(a.costs());
        costs.add(new CostItem(CostCategory.PERSONNEL, amount, "the hint's further costs"));
        return new Application(a.id(), a.callId(), a.decisionDate(), a.applicant(), a.project(), costs, a.otherFunding(),
                a.requestedGrant(), a.boardVote());
    }

    private static Application withRequested(Application a, BigDecimal requested) {
        return new Application(a.id(), a.callId(), a.decisionDate(), a.applicant(), a.project(), a.costs(), a.otherFunding(),
                requested, a.boardVote());
    }

    /** The other funding cut to {@code total}, other public grants first. */
    private static Application withOtherFunding(Application a, BigDecimal total) {
        BigDecimal thirdParty = a.otherFunding().thirdParty().min(total);
        OtherFunding cut = new OtherFunding(thirdParty, total.subtract(thirdParty));
        return new Application(a.id(), a.callId(), a.decisionDate(), a.applicant(), a.project(), a.costs(), cut,
                a.requestedGrant(), a.boardVote());
    }
}
