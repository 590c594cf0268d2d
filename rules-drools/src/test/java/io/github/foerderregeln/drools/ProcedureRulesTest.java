package io.github.foerderregeln.drools;

import static io.github.foerderregeln.drools.RuleAssertions.assertFires;
import static io.github.foerderregeln.drools.RuleAssertions.assertSilent;
import static io.github.foerderregeln.drools.RuleAssertions.assess;
import static io.github.foerderregeln.drools.RuleAssertions.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Severity;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** procedure.drl: what the application must contain, and the vote of the Digitalisierungsbeirat (docs/rules.md, "Rules"). */
class ProcedureRulesTest {
    private static final String SUSTAINABILITY = "RDZ-SUSTAINABILITY";
    private static final String TASKS = "RDZ-TASKS";
    private static final String NETWORK = "RDZ-NETWORK";
    private static final String BOARD_VOTE = "RDZ-BOARD-VOTE";

    @Test
    @DisplayName("RDZ-SUSTAINABILITY: mit Verstetigungskonzept kein Befund")
    void sustainabilityConceptPresentIsAccepted() {
        Assessment assessment = assess(TestApplication.eligible().sustainabilityConcept(true));

        assertSilent(assessment, SUSTAINABILITY);
        assertThat(assessment.rulesFired()).contains(SUSTAINABILITY);
    }

    @Test
    @DisplayName("RDZ-SUSTAINABILITY: ohne Konzept zur Überführung in eine sich selbst tragende Struktur ist der Antrag unvollständig")
    void missingSustainabilityConceptMakesTheApplicationIncomplete() {
        Assessment assessment = assess(TestApplication.eligible().sustainabilityConcept(false));

        Finding missing = finding(assessment, SUSTAINABILITY, Severity.MISSING);
        assertThat(missing.figures()).isEmpty();
        assertThat(missing.messageDe()).isEqualTo("Es fehlt ein Konzept zur Überführung des Zentrums in eine sich selbst"
                + " tragende nachhaltige regionale Struktur nach Projektende (Verstetigungskonzept).");
        assertThat(missing.messageEn()).isEqualTo("A concept for carrying the centre on as a self-sustaining regional"
                + " structure after the project (sustainability concept) is missing.");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
    }

    @ParameterizedTest(name = "RDZ-TASKS: only {0}")
    @EnumSource(CentreTask.class)
    @DisplayName("RDZ-TASKS: eine der vier Aufgaben des Aufrufs genügt")
    void anySingleTaskOfTheCallIsEnough(CentreTask task) {
        Assessment assessment = assess(TestApplication.eligible().tasks(task));

        assertSilent(assessment, TASKS);
        assertThat(assessment.rulesFired()).contains(TASKS);
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-TASKS: alle vier Aufgaben zugleich sind zulässig")
    void allFourTasksAreAccepted() {
        assertSilent(assess(TestApplication.eligible().tasks(CentreTask.values())), TASKS);
    }

    @Test
    @DisplayName("RDZ-TASKS: ohne Aufgabe des Zentrums ist der Antrag unvollständig")
    void applicationWithoutTaskIsIncomplete() {
        Assessment assessment = assess(TestApplication.eligible().tasks());

        Finding missing = finding(assessment, TASKS, Severity.MISSING);
        assertThat(missing.messageDe()).startsWith("Der Antrag nennt keine Aufgabe des Zentrums");
        assertThat(missing.messageEn()).startsWith("The application names none of the centre's tasks");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
    }

    // The call wants business and science brought in; administration and civil society alone do not do that.
    @ParameterizedTest(name = "RDZ-NETWORK: partners [{0}] warned: {1}")
    @CsvSource({
            "'',                                    true",
            "ADMINISTRATION,                        true",
            "CIVIL_SOCIETY,                         true",
            "ADMINISTRATION CIVIL_SOCIETY,          true",
            "BUSINESS,                              false",
            "SCIENCE,                               false",
            "BUSINESS SCIENCE,                      false",
            "SCIENCE ADMINISTRATION CIVIL_SOCIETY,  false",
            "BUSINESS SCIENCE ADMINISTRATION CIVIL_SOCIETY, false"})
    @DisplayName("RDZ-NETWORK: Wirtschaft oder Wissenschaft unter den Netzwerkpartnern sind ausdrücklich erwünscht")
    void networkWithoutBusinessOrScienceIsWarnedAbout(String partners, boolean warned) {
        PartnerSector[] sectors = partners.isBlank() ? new PartnerSector[0]
                : Arrays.stream(partners.trim().split(" +")).map(PartnerSector::valueOf).toArray(PartnerSector[]::new);
        Assessment assessment = assess(TestApplication.eligible().partners(sectors));

        if (warned) {
            assertFires(assessment, NETWORK, Severity.WARNING);
        } else {
            assertSilent(assessment, NETWORK);
        }
        // A WARNING does not change the outcome (docs/rules.md, "What an assessment returns").
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.rulesFired()).contains(NETWORK);
    }

    @Test
    @DisplayName("RDZ-NETWORK: die Warnung sagt, dass Wirtschaft und Wissenschaft fehlen")
    void networkWarningSaysWhatIsMissingInBothLanguages() {
        Finding warning = finding(assess(TestApplication.eligible().partners(PartnerSector.ADMINISTRATION)),
                NETWORK, Severity.WARNING);

        assertThat(warning.messageDe()).isEqualTo("Unter den Netzwerkpartnern sind weder Wirtschaft noch Wissenschaft;"
                + " der Aufruf wünscht deren Einbindung ausdrücklich.");
        assertThat(warning.messageEn())
                .isEqualTo("The network partners include neither business nor science; the call explicitly asks for them.");
    }

    @Test
    @DisplayName("RDZ-BOARD-VOTE: nach positivem Votum des Digitalisierungsbeirates kein Befund")
    void positiveVoteIsAccepted() {
        Assessment assessment = assess(TestApplication.eligible().vote(BoardVote.POSITIVE));

        assertSilent(assessment, BOARD_VOTE);
        assertThat(assessment.rulesFired()).contains(BOARD_VOTE);
        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-BOARD-VOTE: ein negatives Votum schließt die Förderung aus")
    void negativeVoteIsAnError() {
        Assessment assessment = assess(TestApplication.eligible().vote(BoardVote.NEGATIVE));

        Finding error = finding(assessment, BOARD_VOTE, Severity.ERROR);
        assertThat(assessment.findings(BOARD_VOTE)).hasSize(1);
        assertThat(error.messageDe()).isEqualTo("Der Digitalisierungsbeirat hat das Vorhaben negativ votiert.");
        assertThat(error.messageEn()).isEqualTo("The Digitalisierungsbeirat voted against the project.");
        assertThat(error.reference()).contains("nach positivem Votum des Digitalisierungsbeirates");
        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    @DisplayName("RDZ-BOARD-VOTE: steht das Votum aus, ist das ein Hinweis und die Entscheidung wartet")
    void pendingVoteIsInformationAndTheDecisionWaits() {
        Assessment assessment = assess(TestApplication.eligible().vote(BoardVote.PENDING));

        Finding info = finding(assessment, BOARD_VOTE, Severity.INFO);
        assertThat(assessment.findings(BOARD_VOTE)).hasSize(1);
        assertThat(info.messageDe()).isEqualTo("Das Votum des Digitalisierungsbeirates steht noch aus;"
                + " bewilligt werden kann erst nach einem positiven Votum.");
        assertThat(info.messageEn())
                .isEqualTo("The Digitalisierungsbeirat has not voted yet; a grant can only follow a positive vote.");
        assertThat(assessment.outcome()).isEqualTo(Outcome.PENDING_BOARD_VOTE);
    }
}
