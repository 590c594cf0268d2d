package io.github.foerderregeln.drools;

import static io.github.foerderregeln.drools.RuleAssertions.assertBinds;
import static io.github.foerderregeln.drools.RuleAssertions.assertFires;
import static io.github.foerderregeln.drools.RuleAssertions.assertNoFinding;
import static io.github.foerderregeln.drools.RuleAssertions.assertSilent;
import static io.github.foerderregeln.drools.RuleAssertions.assess;
import static io.github.foerderregeln.drools.RuleAssertions.finding;
import static io.github.foerderregeln.drools.RuleAssertions.kinds;
import static io.github.foerderregeln.drools.RuleAssertions.limit;
import static io.github.foerderregeln.drools.RuleAssertions.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * deminimis.drl: de-minimis aid to undertakings (docs/rules.md, "Rules"). Before 2024-01-01 Regulation (EU)
 * 1407/2013: ceiling 200,000.00, aid of the decision's calendar year and the two years before.
 * From 2024-01-01 Regulation (EU) 2023/2831: ceiling 300,000.00, aid granted after
 * decisionDate.minusYears(3) and on or before the decision date. The call knows no regulation
 * after 2030-12-31.
 */
class DeMinimisRulesTest {
    private static final String DEMINIMIS = "RDZ-DEMINIMIS";
    private static final String REGULATION_2013 = "(EU) 1407/2013";
    private static final String REGULATION_2023 = "(EU) 2023/2831";

    /**
     * A GmbH with an economic activity, decided on {@code decision} and starting that day (so no
     * early start). Eligible costs 100,000.00 and 80,000.00 requested: without de-minimis aid the
     * rate limit 80,000.00 binds.
     */
    private static TestApplication undertaking(String decision) {
        LocalDate date = LocalDate.parse(decision);
        return TestApplication.eligible().legalForm(LegalForm.GMBH).undertaking().decidedOn(decision)
                .period(decision, date.plusYears(1).toString());
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: ohne wirtschaftliche Tätigkeit keine De-minimis-Prüfung, auch bei früheren Beihilfen")
    void applicantWithoutEconomicActivityIsNotChecked() {
        Assessment assessment = assess(TestApplication.eligible().legalForm(LegalForm.GMBH)
                .deMinimisAid("2018-05-02", "200000.00"));

        assertSilent(assessment, DEMINIMIS);
        assertThat(assessment.rulesFired()).doesNotContain(DEMINIMIS);
        assertThat(assessment.amounts().limit(LimitKind.DEMINIMIS)).isEmpty();
        assertThat(assessment.grant()).isEqualByComparingTo("80000.00");
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: ein Unternehmen ohne frühere Beihilfen hat den vollen Höchstbetrag als Spielraum")
    void undertakingWithoutPriorAidHasTheWholeCeiling() {
        Assessment assessment = assess(undertaking("2019-03-01"));

        assertSilent(assessment, DEMINIMIS);
        assertThat(assessment.rulesFired()).contains(DEMINIMIS);
        assertThat(limit(assessment, LimitKind.DEMINIMIS)).isEqualByComparingTo("200000.00");
        assertBinds(assessment, LimitKind.RATE, "80000.00");
    }

    // Aid of 150,000.00: counted, the headroom is the ceiling less 150,000.00; else the whole ceiling.
    @ParameterizedTest(name = "RDZ-DEMINIMIS: decision {0}, aid granted {1} -> headroom {2}")
    @CsvSource({
            // (EU) 1407/2013, decision 2019-03-01: calendar years 2017 and 2018, and 2019 up to the decision date.
            "2019-03-01, 2016-12-31, 200000.00",  // Dec 31 of the year - 3: not counted
            "2019-03-01, 2017-01-01,  50000.00",  // Jan 1 of the year - 2: counted
            "2019-03-01, 2019-03-01,  50000.00",  // on the decision date
            "2019-03-01, 2019-03-02, 200000.00",  // the day after the decision: not yet granted
            "2019-03-01, 2019-12-31, 200000.00",  // later in the decision year: not yet granted
            "2019-03-01, 2020-01-01, 200000.00",  // the next calendar year
            // (EU) 2023/2831, decision 2024-06-15: after 2021-06-15 and on or before 2024-06-15.
            "2024-06-15, 2021-06-15, 300000.00",  // decisionDate.minusYears(3): not counted
            "2024-06-15, 2021-06-16, 150000.00",  // the day after: counted
            "2024-06-15, 2024-06-15, 150000.00",  // on the decision date: counted
            "2024-06-15, 2024-06-16, 300000.00",  // the day after the decision: not counted
            // 2024-02-29 minus 3 years is 2021-02-28.
            "2024-02-29, 2021-02-28, 300000.00",
            "2024-02-29, 2021-03-01, 150000.00",
            // The switch of regulation: on 2023-12-31 the calendar years 2021 to 2023 count under
            // (EU) 1407/2013; on 2024-01-01 only aid after 2021-01-01 counts under (EU) 2023/2831.
            "2023-12-31, 2021-01-01,  50000.00",
            "2024-01-01, 2021-01-01, 300000.00",
            "2024-01-01, 2021-01-02, 150000.00"})
    @DisplayName("RDZ-DEMINIMIS: welche früheren Beihilfen im Zeitraum der geltenden Verordnung zählen")
    void aidCountsWithinTheWindowOfTheRegulationInForce(String decision, String grantedOn, String headroom) {
        Assessment assessment = assess(undertaking(decision).deMinimisAid(grantedOn, "150000.00"));

        assertThat(limit(assessment, LimitKind.DEMINIMIS)).isEqualByComparingTo(headroom);
        assertNoFinding(assessment, DEMINIMIS, Severity.ERROR);
    }

    @ParameterizedTest(name = "RDZ-DEMINIMIS: decision {0}, aid {1} + {2} -> headroom {3}")
    @CsvSource({
            // (EU) 1407/2013: 200,000.00 less the aid.
            "2019-03-01, 100000.00, 100000.01, -0.01, true",
            "2019-03-01, 100000.00, 100000.00,  0.00, true",
            "2019-03-01, 100000.00,  99999.99,  0.01, false",
            // (EU) 2023/2831: 300,000.00 less the aid.
            "2024-06-15, 150000.00, 150000.01, -0.01, true",
            "2024-06-15, 150000.00, 150000.00,  0.00, true",
            "2024-06-15, 150000.00, 149999.99,  0.01, false"})
    @DisplayName("RDZ-DEMINIMIS: ist der Höchstbetrag ausgeschöpft (Spielraum 0,00 EUR oder weniger), ist das ein Fehler")
    void exhaustedCeilingIsAnError(String decision, String firstAid, String secondAid, String headroom, boolean error) {
        // Both aids lie in the window of either regulation: 10 January of the decision year and
        // 2 May of the year before, both before the decision date.
        String year = decision.substring(0, 4);
        Assessment assessment = assess(undertaking(decision)
                .deMinimisAid(year + "-01-10", firstAid).deMinimisAid((Integer.parseInt(year) - 1) + "-05-02", secondAid));

        assertThat(limit(assessment, LimitKind.DEMINIMIS)).isEqualByComparingTo(headroom);
        assertThat(assessment.grant()).isEqualByComparingTo("0.00");
        // Ineligible in every row: no limit binds.
        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(assessment.amounts().binding()).isNull();
        if (error) {
            assertFires(assessment, DEMINIMIS, Severity.ERROR);
            assertNoFinding(assessment, "RDZ-GRANT-MINIMUM", Severity.ERROR);
        } else {
            // A cent of headroom: no exhausted ceiling, but a grant below the minimum.
            assertNoFinding(assessment, DEMINIMIS, Severity.ERROR);
            assertFires(assessment, "RDZ-GRANT-MINIMUM", Severity.ERROR);
        }
        assertNoFinding(assessment, DEMINIMIS, Severity.INFO);
    }

    // Decision 2019-03-01 under (EU) 1407/2013, rate limit 0.80 x 100,000.00 = 80,000.00.
    @ParameterizedTest(name = "RDZ-DEMINIMIS: aid {0} -> {1} binds, grant {2}")
    @CsvSource({
            "119999.99, RATE,      '',        80000.00",  // headroom 80,000.01
            "120000.00, RATE,      DEMINIMIS, 80000.00",  // headroom 80,000.00 ties: both bind
            "120000.01, DEMINIMIS, '',        79999.00",  // headroom 79,999.99, rounded down
            "150000.50, DEMINIMIS, '',        49999.00"}) // headroom 49,999.50, rounded down
    @DisplayName("RDZ-DEMINIMIS: die Zuwendung wird auf den verbleibenden Spielraum gekürzt")
    void headroomBindsTheGrant(String aid, LimitKind binding, String also, String grant) {
        assertBinds(assess(undertaking("2019-03-01").deMinimisAid("2018-05-02", aid)), binding, grant, kinds(also));
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: (EU) 1407/2013 – Spielraum 200.000,00 - 150.000,50 = 49.999,50 EUR; die Meldung nennt Verordnung und Zeitraum")
    void bindingHeadroomUnderRegulation2013NamesItsFigures() {
        Assessment assessment = assess(undertaking("2019-03-01").deMinimisAid("2018-05-02", "150000.50"));

        Finding info = assertBinds(assessment, LimitKind.DEMINIMIS, "49999.00");
        assertThat(money(info, "headroom")).isEqualByComparingTo("49999.50");
        assertThat(money(info, "ceiling")).isEqualByComparingTo("200000.00");
        assertThat(money(info, "prior")).isEqualByComparingTo("150000.50");
        assertThat(info.figures()).containsEntry("regulation", REGULATION_2013)
                .containsEntry("from", LocalDate.of(2017, 1, 1)).containsEntry("to", LocalDate.of(2019, 3, 1));
        assertThat(info.messageDe()).isEqualTo("Die Zuwendung ist auf den verbleibenden De-minimis-Spielraum von"
                + " 49.999,50 EUR begrenzt (Höchstbetrag 200.000,00 EUR nach Verordnung (EU) 1407/2013, davon zwischen"
                + " 01.01.2017 und 01.03.2019 bereits 150.000,50 EUR gewährt).");
        assertThat(info.messageEn()).isEqualTo("The grant is limited to the de-minimis headroom of EUR 49,999.50"
                + " (ceiling EUR 200,000.00 under Regulation (EU) 1407/2013, of which EUR 150,000.50 was granted"
                + " between 2017-01-01 and 2019-03-01).");
        assertThat(info.reference()).isEqualTo("Verordnung (EU) 1407/2013, Art. 3 Abs. 2 (De-minimis-Höchstbetrag) und Abs. 7");
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: (EU) 2023/2831 – Spielraum 300.000,00 - 250.000,00 = 50.000,00 EUR im rollierenden Zeitraum")
    void bindingHeadroomUnderRegulation2023NamesItsFigures() {
        Assessment assessment = assess(undertaking("2024-06-15").deMinimisAid("2022-01-01", "250000.00"));

        Finding info = assertBinds(assessment, LimitKind.DEMINIMIS, "50000.00");
        assertThat(money(info, "headroom")).isEqualByComparingTo("50000.00");
        assertThat(money(info, "ceiling")).isEqualByComparingTo("300000.00");
        assertThat(money(info, "prior")).isEqualByComparingTo("250000.00");
        // After 2024-06-15 minus 3 years, i.e. from 2021-06-16, to the decision date.
        assertThat(info.figures()).containsEntry("regulation", REGULATION_2023)
                .containsEntry("from", LocalDate.of(2021, 6, 16)).containsEntry("to", LocalDate.of(2024, 6, 15));
        assertThat(info.messageDe()).contains("50.000,00 EUR", "300.000,00 EUR", "(EU) 2023/2831",
                "zwischen 16.06.2021 und 15.06.2024 bereits 250.000,00 EUR");
        assertThat(info.messageEn()).contains("EUR 50,000.00", "EUR 300,000.00", "(EU) 2023/2831",
                "EUR 250,000.00 was granted between 2021-06-16 and 2024-06-15");
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: die Fehlermeldung nennt Höchstbetrag, Verordnung, Zeitraum und bereits gewährte Beihilfen")
    void exhaustedCeilingErrorNamesItsFiguresInBothLanguages() {
        Finding error = finding(assess(undertaking("2019-03-01").deMinimisAid("2018-05-02", "200000.00")),
                DEMINIMIS, Severity.ERROR);

        assertThat(money(error, "ceiling")).isEqualByComparingTo("200000.00");
        assertThat(money(error, "prior")).isEqualByComparingTo("200000.00");
        assertThat(error.messageDe()).isEqualTo("Der De-minimis-Höchstbetrag von 200.000,00 EUR nach Verordnung"
                + " (EU) 1407/2013 ist ausgeschöpft: zwischen 01.01.2017 und 01.03.2019 wurden bereits 200.000,00 EUR gewährt.");
        assertThat(error.messageEn()).isEqualTo("The de-minimis ceiling of EUR 200,000.00 under Regulation"
                + " (EU) 1407/2013 is used up: EUR 200,000.00 was granted between 2017-01-01 and 2019-03-01.");
    }

    // Aid of 250,000.00 granted 2022-06-01 counts under both regulations; only the ceiling differs.
    @Test
    @DisplayName("RDZ-DEMINIMIS: am 31.12.2023 gilt (EU) 1407/2013 mit 200.000,00 EUR – ausgeschöpft")
    void lastDayOfRegulation2013AppliesItsCeiling() {
        Assessment assessment = assess(undertaking("2023-12-31").deMinimisAid("2022-06-01", "250000.00"));

        Finding error = finding(assessment, DEMINIMIS, Severity.ERROR);
        assertThat(error.figures()).containsEntry("regulation", REGULATION_2013)
                .containsEntry("from", LocalDate.of(2021, 1, 1)).containsEntry("to", LocalDate.of(2023, 12, 31));
        // 200,000.00 - 250,000.00
        assertThat(limit(assessment, LimitKind.DEMINIMIS)).isEqualByComparingTo("-50000.00");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: ab 01.01.2024 gilt (EU) 2023/2831 mit 300.000,00 EUR – 50.000,00 EUR Spielraum")
    void firstDayOfRegulation2023AppliesItsCeiling() {
        Assessment assessment = assess(undertaking("2024-01-01").deMinimisAid("2022-06-01", "250000.00"));

        Finding info = assertBinds(assessment, LimitKind.DEMINIMIS, "50000.00");
        assertThat(info.figures()).containsEntry("regulation", REGULATION_2023)
                .containsEntry("from", LocalDate.of(2021, 1, 2)).containsEntry("to", LocalDate.of(2024, 1, 1));
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: am 01.01.2031 gilt keine De-minimis-Verordnung des Aufrufs – keine Zuwendung an ein Unternehmen")
    void undertakingCannotBeGrantedAidWithoutRegulationInForce() {
        Assessment assessment = assess(undertaking("2031-01-01"));

        Finding error = finding(assessment, DEMINIMIS, Severity.ERROR);
        assertThat(assessment.findings(DEMINIMIS)).hasSize(1);
        assertThat(error.figures()).containsEntry("decisionDate", LocalDate.of(2031, 1, 1));
        assertThat(error.messageDe()).isEqualTo("Am Entscheidungsdatum 01.01.2031 gilt keine De-minimis-Verordnung des"
                + " Aufrufs; einem Unternehmen kann keine Zuwendung als De-minimis-Beihilfe gewährt werden.");
        assertThat(error.messageEn()).isEqualTo("No de-minimis regulation of the call is in force on the decision date"
                + " 2031-01-01; an undertaking cannot be granted de-minimis aid.");
        assertThat(assessment.amounts().limit(LimitKind.DEMINIMIS)).isEmpty();
        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(assessment.grant()).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: am 31.12.2030, dem letzten Geltungstag von (EU) 2023/2831, wird geprüft")
    void lastDayOfRegulation2023StillApplies() {
        Assessment assessment = assess(undertaking("2030-12-31"));

        assertSilent(assessment, DEMINIMIS);
        assertThat(limit(assessment, LimitKind.DEMINIMIS)).isEqualByComparingTo("300000.00");
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS: ohne wirtschaftliche Tätigkeit spielt die fehlende Verordnung am 01.01.2031 keine Rolle")
    void missingRegulationDoesNotConcernAnApplicantWithoutEconomicActivity() {
        Assessment assessment = assess(undertaking("2031-01-01").economicActivity(false));

        assertSilent(assessment, DEMINIMIS);
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.grant()).isEqualByComparingTo("80000.00");
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS-DECLARATION: eine Gemeinde ohne wirtschaftliche Tätigkeit, die De-minimis-Beihilfen nennt, wird gewarnt; die Grenze gilt nicht")
    void aidListedWithoutEconomicActivityIsQuestionedButNotLimited() {
        Assessment assessment = assess(TestApplication.eligible().deMinimisAid("2018-05-02", "150000.00")
                .deMinimisAid("2017-03-01", "60000.00"));

        Finding warning = finding(assessment, "RDZ-DEMINIMIS-DECLARATION", Severity.WARNING);
        assertThat(money(warning, "total")).isEqualByComparingTo("210000.00");
        assertThat(warning.figures()).containsEntry("count", 2);
        assertThat(warning.messageDe()).isEqualTo("Der Antragsteller (Gemeinde) übt nach dem Antrag keine"
                + " wirtschaftliche Tätigkeit aus, nennt aber 2 De-minimis-Beihilfe(n) über 210.000,00 EUR; solche"
                + " Beihilfen erhalten nur Unternehmen. Die Angaben sind zu prüfen; die De-minimis-Grenze wird nicht angewandt.");
        // No undertaking: no de-minimis limit, the rate binds.
        assertThat(assessment.amounts().limit(LimitKind.DEMINIMIS)).isEmpty();
        assertBinds(assessment, LimitKind.RATE, "80000.00");
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-DEMINIMIS-DECLARATION: schweigt ohne genannte Beihilfen und bei einem Unternehmen")
    void theDeclarationIsSilentWithoutAidAndForAnUndertaking() {
        assertSilent(assess(TestApplication.eligible()), "RDZ-DEMINIMIS-DECLARATION");
        assertSilent(assess(undertaking("2019-03-01").deMinimisAid("2018-05-02", "150000.00")), "RDZ-DEMINIMIS-DECLARATION");
    }

    @ParameterizedTest(name = "{0} not stating its economic activity: undertaking {1}")
    @CsvSource({"GMBH, true", "AG, true", "GENOSSENSCHAFT, true", "GEMEINDE, false", "EINGETRAGENER_VEREIN, false"})
    @DisplayName("RDZ-DEMINIMIS: ohne Angabe folgt die wirtschaftliche Tätigkeit der Rechtsform; eine GmbH wird geprüft")
    void anApplicantThatDoesNotSayIsAnUndertakingByItsLegalForm(LegalForm form, boolean undertaking) {
        Assessment assessment = assess(TestApplication.eligible().legalForm(form).economicActivityNotStated()
                .deMinimisAid("2018-05-02", "199999.50"));

        if (undertaking) {
            // Headroom 200,000.00 - 199,999.50 = 0.50: below the minimum grant.
            assertThat(limit(assessment, LimitKind.DEMINIMIS)).isEqualByComparingTo("0.50");
            assertFires(assessment, "RDZ-GRANT-MINIMUM", Severity.ERROR);
            assertSilent(assessment, "RDZ-DEMINIMIS-DECLARATION");
        } else {
            assertThat(assessment.amounts().limit(LimitKind.DEMINIMIS)).isEmpty();
            assertFires(assessment, "RDZ-DEMINIMIS-DECLARATION", Severity.WARNING);
        }
    }
}
