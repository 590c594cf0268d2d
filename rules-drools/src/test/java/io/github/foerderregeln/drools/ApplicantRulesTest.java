package io.github.foerderregeln.drools;

import static io.github.foerderregeln.drools.RuleAssertions.assertFires;
import static io.github.foerderregeln.drools.RuleAssertions.assertSilent;
import static io.github.foerderregeln.drools.RuleAssertions.assess;
import static io.github.foerderregeln.drools.RuleAssertions.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** applicant.drl: who may apply (docs/rules.md: Legal forms, Rules, Districts). */
class ApplicantRulesTest {
    private static final String FORM = "RDZ-APPLICANT-FORM";
    private static final String SEAT = "RDZ-APPLICANT-SEAT";

    /**
     * docs/rules.md, "Legal forms", column "may apply": only legal persons may apply. The switch has no
     * default, so a new LegalForm constant does not compile until its row is added here.
     */
    private static boolean eligibleHere(LegalForm form) {
        return switch (form) {
            case GEMEINDE, VERBANDSGEMEINDE, LANDKREIS, KREISFREIE_STADT, ZWECKVERBAND,
                    ANSTALT_OEFFENTLICHEN_RECHTS, KOERPERSCHAFT_OEFFENTLICHEN_RECHTS,
                    EINGETRAGENER_VEREIN, GMBH, AG, GENOSSENSCHAFT, STIFTUNG -> true;
            case GBR, EINZELUNTERNEHMEN, NATUERLICHE_PERSON -> false;
        };
    }

    @ParameterizedTest(name = "RDZ-APPLICANT-FORM: {0}")
    @EnumSource(LegalForm.class)
    @DisplayName("RDZ-APPLICANT-FORM: antragsberechtigt sind juristische Personen des öffentlichen und privaten Rechts")
    void onlyLegalPersonsMayApply(LegalForm form) {
        Assessment assessment = assess(TestApplication.eligible().legalForm(form));

        if (eligibleHere(form)) {
            assertSilent(assessment, FORM);
            assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        } else {
            assertFires(assessment, FORM, Severity.ERROR);
            assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        }
        assertThat(assessment.rulesFired()).contains(FORM);
    }

    @Test
    @DisplayName("RDZ-APPLICANT-FORM: eine GbR ist keine juristische Person; die Meldung nennt die Rechtsform")
    void formErrorNamesTheLegalFormInBothLanguages() {
        Finding error = finding(assess(TestApplication.eligible().legalForm(LegalForm.GBR)), FORM, Severity.ERROR);

        assertThat(error.figures()).containsEntry("legalForm", LegalForm.GBR)
                .containsEntry("legalFormName", "Gesellschaft bürgerlichen Rechts");
        assertThat(error.messageDe()).isEqualTo("Die Rechtsform Gesellschaft bürgerlichen Rechts ist nicht"
                + " antragsberechtigt: gefördert werden nur juristische Personen des öffentlichen Rechts und des Privatrechts.");
        assertThat(error.messageEn()).contains("Gesellschaft bürgerlichen Rechts (GBR)").contains("may not apply");
        // German text names the legal forms by their German names, never by a code.
        assertThat(error.hintDe()).contains("eingetragener Verein", "GmbH")
                .doesNotContain("GBR", "EINGETRAGENER_VEREIN", "GMBH");
        assertThat(error.reference()).startsWith("Förderaufruf Regionale Digitalisierungszentren: Zielgruppen");
    }

    @Test
    @DisplayName("RDZ-APPLICANT-SEAT: Sitz in Sachsen-Anhalt (ST) ist zulässig")
    void seatInSachsenAnhaltIsAccepted() {
        Assessment assessment = assess(TestApplication.eligible().state("ST"));

        assertSilent(assessment, SEAT);
        assertThat(assessment.rulesFired()).contains(SEAT);
    }

    @ParameterizedTest(name = "RDZ-APPLICANT-SEAT: state {0}")
    @ValueSource(strings = {"NI", "SN", "BB", "TH", "BE", "BY"})
    @DisplayName("RDZ-APPLICANT-SEAT: Sitz außerhalb Sachsen-Anhalts ist ein Fehler")
    void seatInAnotherLandIsAnError(String state) {
        // The district check is left quiet (district null) so that the seat ERROR stands alone.
        Assessment assessment = assess(TestApplication.eligible().state(state).district(null));

        Finding error = finding(assessment, SEAT, Severity.ERROR);
        assertThat(assessment.findings(SEAT)).hasSize(1);
        assertThat(error.figures()).containsEntry("state", state).containsEntry("seatState", "ST");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-APPLICANT-SEAT: die Meldung nennt das Land des Sitzes und das geforderte Land")
    void seatErrorNamesBothStatesInBothLanguages() {
        Finding error = finding(assess(TestApplication.eligible().state("NI").district(null)), SEAT, Severity.ERROR);

        assertThat(error.messageDe())
                .isEqualTo("Der Sitz des Antragstellers liegt nicht in Sachsen-Anhalt (Land NI, gefordert ST).");
        assertThat(error.messageEn())
                .isEqualTo("The applicant's seat is not in Sachsen-Anhalt (state NI, required ST).");
    }

    @Test
    @DisplayName("RDZ-APPLICANT-SEAT: ein unbekannter Ländercode ist ungültige Eingabe, kein Befund")
    void unknownStateCodeIsInvalidInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> TestApplication.eligible().state("XX").build())
                .withMessageContaining("state");
    }

    @ParameterizedTest(name = "RDZ-APPLICANT-SEAT: district {0}")
    @ValueSource(strings = {"Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Börde", "Burgenlandkreis", "Harz",
            "Jerichower Land", "Mansfeld-Südharz", "Saalekreis", "Salzlandkreis", "Stendal", "Wittenberg",
            "Dessau-Roßlau", "Halle (Saale)", "Magdeburg"})
    @DisplayName("RDZ-APPLICANT-SEAT: die 11 Landkreise und 3 kreisfreien Städte (Abschnitt 5.1) sind bekannt")
    void everyDistrictOfSachsenAnhaltIsAccepted(String district) {
        Assessment assessment = assess(TestApplication.eligible().district(district));

        assertSilent(assessment, SEAT);
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-APPLICANT-SEAT: ohne Angabe des Landkreises keine Warnung")
    void absentDistrictIsNotWarnedAbout() {
        assertSilent(assess(TestApplication.eligible().district(null)), SEAT);
    }

    @ParameterizedTest(name = "RDZ-APPLICANT-SEAT: district \"{0}\"")
    @ValueSource(strings = {"Boerde", "Halle", "halle (saale)", "Dessau", "Landkreis Harz", "Börde ", ""})
    @DisplayName("RDZ-APPLICANT-SEAT: ein falsch geschriebener Landkreis ist eine Warnung")
    void misspeltDistrictIsAWarningOnly(String district) {
        Assessment assessment = assess(TestApplication.eligible().district(district));

        Finding warning = finding(assessment, SEAT, Severity.WARNING);
        assertThat(assessment.findings(SEAT)).hasSize(1);
        assertThat(warning.figures()).containsEntry("district", district).containsEntry("districtCount", 14);
        // A WARNING does not change the outcome (docs/rules.md, "What an assessment returns").
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-APPLICANT-SEAT: die Warnung nennt den Landkreis und die 14 Gebietskörperschaften")
    void districtWarningNamesTheDistrictInBothLanguages() {
        Finding warning = finding(assess(TestApplication.eligible().district("Boerde")), SEAT, Severity.WARNING);

        assertThat(warning.messageDe()).isEqualTo("Der Landkreis bzw. die kreisfreie Stadt \"Boerde\" ist unbekannt;"
                + " erwartet wird eine der 14 Gebietskörperschaften in der amtlichen Schreibweise.");
        assertThat(warning.messageEn()).contains("\"Boerde\"").contains("one of the 14 ");
    }

    @Test
    @DisplayName("RDZ-APPLICANT-SEAT: der Landkreis wird auch bei einem Sitz außerhalb Sachsen-Anhalts geprüft")
    void districtIsCheckedWhateverTheState() {
        Assessment assessment = assess(TestApplication.eligible().state("BY").district("München"));

        assertFires(assessment, SEAT, Severity.ERROR);
        assertFires(assessment, SEAT, Severity.WARNING);
        assertThat(assessment.findings(SEAT)).hasSize(2);
    }
}
