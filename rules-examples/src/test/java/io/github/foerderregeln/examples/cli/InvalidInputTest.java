package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.HALDENSLEBEN;
import static io.github.foerderregeln.examples.cli.CommandRun.INVALID;
import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/rules.md, "Invalid input", through the command line: an input that cannot be assessed gives exit status 2
 * and one line per problem on standard error naming the file and the field, never a stack
 * trace; the other files are still assessed and printed.
 */
class InvalidInputTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @DisplayName("Ungültige Eingabe: Datei und Feld werden genannt, die übrigen Dateien werden bewertet")
    @CsvSource(delimiter = '|', textBlock = """
            missing-required-field.json    | applicant.legalForm              | is required
            negative-amount.json           | costs[1].amount                  | must not be negative
            zero-cost-item.json            | costs[0].amount                  | must be greater than 0
            zero-requested-grant.json      | requestedGrant                   | must be greater than 0
            zero-aid-amount.json           | applicant.deMinimisAid[0].amount | must be greater than 0
            three-decimals.json            | costs[0].amount                  | at most two decimals
            end-before-start.json          | project.end                      | must not be before the start date
            unknown-enum-code.json         | costs[1].category                | unknown code "TRAVEL"
            unknown-state.json             | applicant.state                  | unknown code 'XX'
            unknown-call-id.json           | call                             | unknown call id 'rdz-lsa-2017'
            decision-date-before-call.json | decisionDate                     | is before 2017-12-01
            malformed-json.json            | $                                | malformed JSON at line 4
            not-an-object.json             | $                                | must be a JSON object
            unknown-field.json             | requestedGrnat                   | unknown field
            empty.json                     | $                                | the input is empty
            """)
    void anInvalidFileIsReportedWithItsFieldAndTheValidFileBesideItIsStillAssessed(
            String fileName, String field, String message) throws Exception {
        Path file = INVALID.resolve(fileName);

        CommandRun run = run("assess", "--format", "json", file.toString(), HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(file + ": "));
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith(file + ": " + field + ": ").contains(message));
        assertNoStackTrace(run.err());
        assertOnlyHaldenslebenWasPrinted(run.out());
    }

    @Test
    void aFileThatDoesNotExistIsInvalidInputNamingTheFile() throws Exception {
        Path missing = INVALID.resolve("no-such-application.json");

        CommandRun run = run("assess", "--format", "json", missing.toString(), HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(missing + ": no such file");
        assertOnlyHaldenslebenWasPrinted(run.out());
    }

    @Test
    void aDirectoryWithoutApplicationsIsInvalidInputNamingIt(@org.junit.jupiter.api.io.TempDir Path empty) throws Exception {
        // A directory is read as diff reads it (its *.json files); one without any is the user's mistake.
        CommandRun run = run("assess", "--format", "json", empty.toString(), HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(empty + ": a directory without *.json application files");
        assertOnlyHaldenslebenWasPrinted(run.out());
    }

    @Test
    @DisplayName("Vier fehlerhafte Felder ergeben vier Zeilen")
    void everyProblemOfAFileIsListedOnALineOfItsOwn() {
        Path file = INVALID.resolve("several-problems.json");

        CommandRun run = run("assess", file.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        // name removed, a negative cost item, three decimals requested, an unknown vote
        assertThat(run.errLines()).hasSize(4);
        assertThat(run.errLines()).map(line -> line.substring((file + ": ").length(), line.indexOf(": ", (file + ": ").length())))
                .containsExactlyInAnyOrder("applicant.name", "costs[0].amount", "requestedGrant", "boardVote");
        assertThat(run.out()).isEmpty();
        assertNoStackTrace(run.err());
    }

    @Test
    void everyInvalidFileIsReportedNotOnlyTheFirst() {
        Path first = INVALID.resolve("zero-cost-item.json");
        Path second = INVALID.resolve("unknown-call-id.json");

        CommandRun run = run("assess", first.toString(), HALDENSLEBEN.toString(), second.toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                first + ": costs[0].amount: must be greater than 0 (was 0.00)",
                second + ": call: unknown call id 'rdz-lsa-2017' (known: rdz-lsa-2018)");
        // The text report of the valid file is printed all the same.
        assertThat(run.out()).contains("Ergebnis: förderfähig (ELIGIBLE)", "170.320,00 EUR");
    }

    private static void assertOnlyHaldenslebenWasPrinted(String out) throws Exception {
        JsonNode array = AssessCommandTest.parse(out);
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("applicationId").asText()).isEqualTo("haldensleben-2019");
        assertThat(array.get(0).get("outcome").asText()).isEqualTo("ELIGIBLE");
    }

    static void assertNoStackTrace(String err) {
        assertThat(err).doesNotContain("Exception", "\tat ", "at io.", "at java.", "Caused by");
    }
}
