package io.github.foerderregeln.examples;

import io.github.foerderregeln.api.Applicant;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.OtherFunding;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Assesses the Haldensleben case through the façade alone, as an application embedding the library does. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        // The bundled rules: built once per process, thread-safe, shared by every caller.
        FundingRules rules = FundingRules.load();

        // Stadt Haldensleben, decided on 16 January 2019: 212,900.00 EUR of personnel and material costs.
        Application application = new Application("haldensleben-2019", "rdz-lsa-2018", LocalDate.of(2019, 1, 16),
                new Applicant("Stadt Haldensleben", LegalForm.GEMEINDE, "ST", "Börde", false, List.of()),
                new Project("Regionales Digitalisierungszentrum Haldensleben", LocalDate.of(2019, 1, 16),
                        LocalDate.of(2020, 12, 31), Set.of(CentreTask.BUNDLING, CentreTask.DIGITAL_STRATEGY),
                        Set.of(PartnerSector.BUSINESS, PartnerSector.SCIENCE), true, null),
                List.of(new CostItem(CostCategory.PERSONNEL, new BigDecimal("160000.00"), "Zwei Vollzeitstellen"),
                        new CostItem(CostCategory.MATERIAL, new BigDecimal("52900.00"), "Räume, Technik")),
                OtherFunding.NONE, new BigDecimal("170320.00"), BoardVote.POSITIVE);

        // An ineligible application is an outcome, not an exception; findings explain it, with references.
        Assessment assessment = rules.assess(application);
        // Money is BigDecimal with two decimals; Formatter writes it exactly, never through double.
        System.out.println(assessment.outcome() + ", grant " + String.format(Locale.UK, "EUR %,.2f", assessment.grant()));
        for (Finding finding : assessment.findings()) {
            System.out.println(finding.severity() + " " + finding.ruleId() + ": " + finding.message(Language.EN)
                    + " [" + finding.reference() + "]");
        }

        // 80 % of 212,900.00 is 170,320.00, the amount requested: the Bescheid's grant.
        if (assessment.outcome() != Outcome.ELIGIBLE || assessment.grant().compareTo(new BigDecimal("170320.00")) != 0) {
            throw new IllegalStateException("expected ELIGIBLE with 170320.00, got " + assessment.outcome()
                    + " with " + assessment.grant());
        }
    }
}
