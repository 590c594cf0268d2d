package io.github.foerderregeln.drools;

import static io.github.foerderregeln.drools.RuleAssertions.assertFires;
import static io.github.foerderregeln.drools.RuleAssertions.assertNoFinding;
import static io.github.foerderregeln.drools.RuleAssertions.assertSilent;
import static io.github.foerderregeln.drools.RuleAssertions.assess;
import static io.github.foerderregeln.drools.RuleAssertions.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** period.drl: how long the project runs and whether it starts before the decision (docs/rules.md, "Rules"). */
class PeriodRulesTest {
    private static final String DURATION = "RDZ-PERIOD-DURATION";
    private static final String EARLY_START = "RDZ-EARLY-START";
    /** The decision date of {@link TestApplication#eligible()}. */
    private static final String DECISION = "2019-03-01";

    // §§ 187 Abs. 2, 188 Abs. 2 und 3 BGB: the day before the day of the same number 24 months on; where
    // that month has no such day (29 February), its last day. The end date is inclusive.
    @ParameterizedTest(name = "RDZ-PERIOD-DURATION: {0} to {1} allowed: {2}")
    @CsvSource({
            "2019-07-01, 2021-06-29, true",   // one day short of 24 months
            "2019-07-01, 2021-06-30, true",   // exactly 24 months, the example of docs/rules.md
            "2019-07-01, 2021-07-01, false",  // one day too long, the example of docs/rules.md
            "2019-07-01, 2019-07-01, true",   // a project of a single day
            "2019-08-31, 2021-08-30, true",   // 2019-08-31 + 24 months - 1 day = 2021-08-30
            "2019-08-31, 2021-08-31, false",
            "2020-02-29, 2022-02-27, true",   // a day short
            "2020-02-29, 2022-02-28, true",   // February 2022 has no 29th: its last day ends the period
            "2020-02-29, 2022-03-01, false",  // a naive count (2022-02-28 less one day) would refuse 2022-02-28
            "2022-03-01, 2024-02-29, true",   // the day before 2024-03-01, a leap day
            "2022-03-01, 2024-03-01, false"})
    @DisplayName("RDZ-PERIOD-DURATION: Förderung über höchstens 24 Monate")
    void projectMayLastAtMost24Months(String start, String end, boolean allowed) {
        Assessment assessment = assess(TestApplication.eligible().period(start, end));

        if (allowed) {
            assertSilent(assessment, DURATION);
            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        } else {
            assertFires(assessment, DURATION, Severity.ERROR);
            assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        }
        assertThat(assessment.rulesFired()).contains(DURATION);
    }

    @Test
    @DisplayName("RDZ-PERIOD-DURATION: die Meldung nennt Beginn, Ende, letztes zulässiges Ende und 24 Monate")
    void durationErrorNamesTheLastAllowedEndInBothLanguages() {
        Finding error = finding(assess(TestApplication.eligible().period("2019-07-01", "2021-07-01")),
                DURATION, Severity.ERROR);

        assertThat(error.figures())
                .containsEntry("start", LocalDate.of(2019, 7, 1))
                .containsEntry("end", LocalDate.of(2021, 7, 1))
                .containsEntry("months", 24)
                // 2019-07-01 + 24 months = 2021-07-01, less one day
                .containsEntry("lastAllowedEnd", LocalDate.of(2021, 6, 30));
        assertThat(error.messageDe()).isEqualTo("Das Vorhaben dauert zu lange: vom 01.07.2019 bis 01.07.2021;"
                + " zulässig ist ein Ende spätestens am 30.06.2021 (24 Monate).");
        assertThat(error.messageEn()).isEqualTo("The project runs too long: from 2019-07-01 to 2021-07-01;"
                + " it may end on 2021-06-30 at the latest (24 months).");
        assertThat(error.reference()).isEqualTo("Förderaufruf Regionale Digitalisierungszentren: Förderung über 24 Monate"
                + " (Anschubfinanzierung); Fristberechnung nach § 31 VwVfG, §§ 187 Abs. 2, 188 Abs. 2 und 3 BGB");
    }

    // VV Nr. 1.3 zu § 44 LHO LSA: no grant for a project already begun, unless an early start was approved.
    @ParameterizedTest(name = "RDZ-EARLY-START: start {0}, decision " + DECISION + ", no approval: error {1}")
    @CsvSource({
            "2019-02-28, true",    // one day before the decision
            "2019-03-01, false",   // on the decision date
            "2019-03-02, false"})  // one day after
    @DisplayName("RDZ-EARLY-START: kein Beginn vor der Bewilligung ohne Zulassung des vorzeitigen Maßnahmebeginns")
    void projectMustNotStartBeforeTheDecisionWithoutApproval(String start, boolean error) {
        Assessment assessment = assess(withStart(start));

        if (error) {
            assertFires(assessment, EARLY_START, Severity.ERROR);
            assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        } else {
            assertSilent(assessment, EARLY_START);
            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
        assertThat(assessment.rulesFired()).contains(EARLY_START);
    }

    // Start 2019-02-01, a month before the decision: an approval on or before the start day covers it.
    @ParameterizedTest(name = "RDZ-EARLY-START: start 2019-02-01, approved {0}: error {1}")
    @CsvSource({
            "2019-01-31, false",   // approved one day before the start
            "2019-02-01, false",   // approved on the start day
            "2019-02-02, true"})   // approved one day after the start: the project had begun without approval
    @DisplayName("RDZ-EARLY-START: die Zulassung muss spätestens am Tag des Beginns vorliegen")
    void earlyStartMustBeApprovedByTheStartDay(String approvedOn, boolean error) {
        Assessment assessment = assess(withStart("2019-02-01").earlyStartApprovedOn(approvedOn));

        if (error) {
            assertFires(assessment, EARLY_START, Severity.ERROR);
            assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        } else {
            assertNoFinding(assessment, EARLY_START, Severity.ERROR);
            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }
        // Only a valid approval (on or before the start) adds that it creates no claim to funding;
        // one after the start approved no start at all.
        if (error) {
            assertNoFinding(assessment, EARLY_START, Severity.INFO);
        } else {
            assertFires(assessment, EARLY_START, Severity.INFO);
        }
    }

    @Test
    @DisplayName("RDZ-EARLY-START: eine Zulassung bei Beginn nach der Bewilligung ist nur ein Hinweis")
    void approvalForAProjectStartingAfterTheDecisionIsOnlyInformation() {
        Assessment assessment = assess(withStart("2019-04-01").earlyStartApprovedOn("2019-02-15"));

        assertFires(assessment, EARLY_START, Severity.INFO);
        assertThat(assessment.findings(EARLY_START)).hasSize(1);
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-EARLY-START: die Meldung nennt Beginn und Entscheidungsdatum")
    void earlyStartErrorNamesStartAndDecisionInBothLanguages() {
        Finding error = finding(assess(withStart("2019-02-28")), EARLY_START, Severity.ERROR);

        assertThat(error.figures()).containsEntry("start", LocalDate.of(2019, 2, 28))
                .containsEntry("decisionDate", LocalDate.of(2019, 3, 1));
        assertThat(error.messageDe()).isEqualTo("Das Vorhaben beginnt am 28.02.2019 vor der Bewilligung am 01.03.2019,"
                + " ohne dass ein vorzeitiger Maßnahmebeginn bis zu diesem Tag zugelassen war.");
        assertThat(error.messageEn()).isEqualTo("The project starts on 2019-02-28, before the decision on 2019-03-01,"
                + " and no early start was approved by that day.");
        assertThat(error.reference()).isEqualTo("VV Nr. 1.3 zu § 44 LHO LSA (Verbot des vorzeitigen Maßnahmebeginns)");
    }

    @Test
    @DisplayName("RDZ-EARLY-START: der Hinweis nennt das Datum der Zulassung und dass sie keinen Anspruch begründet")
    void approvalInformationNamesItsDateInBothLanguages() {
        Finding info = finding(assess(withStart("2019-02-01").earlyStartApprovedOn("2019-01-31")),
                EARLY_START, Severity.INFO);

        assertThat(info.figures()).containsEntry("approvedOn", LocalDate.of(2019, 1, 31));
        assertThat(info.messageDe()).isEqualTo("Der vorzeitige Maßnahmebeginn wurde am 31.01.2019 zugelassen;"
                + " die Zulassung begründet keinen Anspruch auf eine Zuwendung.");
        assertThat(info.messageEn())
                .isEqualTo("An early start was approved on 2019-01-31; the approval creates no claim to a grant.");
    }

    /** The eligible application, starting on {@code start} and running a year, well within 24 months. */
    private static TestApplication withStart(String start) {
        LocalDate first = LocalDate.parse(start);
        return TestApplication.eligible().period(start, first.plusYears(1).toString());
    }
}
