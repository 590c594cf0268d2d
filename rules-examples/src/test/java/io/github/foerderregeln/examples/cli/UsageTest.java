package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.HALDENSLEBEN;
import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static io.github.foerderregeln.examples.cli.InvalidInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrong usage is exit status 2 with picocli's message and the usage on standard error; help and version exit 0. */
class UsageTest {

    @ParameterizedTest(name = "[{index}] foerderregeln {0}")
    @CsvSource(delimiter = '|', textBlock = """
            assess                                  | Missing required parameter: 'FILE_OR_DIR'       | Usage: foerderregeln assess
            assess --frobnicate FILE.json           | Unknown option: '--frobnicate'                  | Usage: foerderregeln assess
            assess --format xml FILE.json           | Invalid value for option '--format'             | Usage: foerderregeln assess
            assess --lang fr FILE.json              | Invalid value for option '--lang'               | Usage: foerderregeln assess
            diff FILE.json                          | Missing required options: '--baseline=DIR', '--candidate=DIR' | Usage: foerderregeln diff
            diff --baseline a --candidate b         | Missing required parameter: 'FILE_OR_DIR'       | Usage: foerderregeln diff
            diff --baseline a --candidate b --format pdf x.json | Invalid value for option '--format'  | Usage: foerderregeln diff
            ''                                      | Missing required command: one of assess,       | Usage: foerderregeln
            xyzzy FILE.json                         | Unmatched arguments from index 0: 'xyzzy'       | Usage: foerderregeln
            """)
    void wrongUsageExitsTwoWithTheMessageAndTheUsage(String arguments, String message, String usage) {
        String[] args = arguments.isBlank() ? new String[0] : arguments.split(" ");

        CommandRun run = run(args);

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).startsWith(message).contains(usage);
        assertThat(run.out()).isEmpty();
        assertNoStackTrace(run.err());
    }

    @Test
    void formatAndLanguageAreAcceptedInCapitalsToo() {
        CommandRun run = run("assess", "--format", "JSON", "--lang", "EN", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).startsWith("[").contains("EUR 170,320.00");
    }

    @Test
    void helpDescribesTheCommandAndTheExitStatusOnStandardOutput() {
        CommandRun run = run("--help");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("Usage: foerderregeln", "assess", "--version", "--debug", "Exit status:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpOfAssessNamesItsOptionsAndDefaults() {
        CommandRun run = run("assess", "--help");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("FILE_OR_DIR...", "--format=json|text", "(default: text)", "--lang=de|en", "(default: de)");
    }

    @Test
    void versionNamesTheProgramTheRuleSetAndTheDroolsVersion() {
        CommandRun run = run("--version");

        assertThat(run.exitStatus()).isZero();
        // The versions come from the filtered version.properties, so no unfiltered placeholder may remain.
        assertThat(run.out().lines().toList()).hasSize(4).satisfies(lines -> {
            assertThat(lines.get(0)).matches("foerderregeln \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
            assertThat(lines.get(1)).isEqualTo("Rule set " + io.github.foerderregeln.api.FundingRules.load().ruleSetId()
                    + " (bundled)");
            assertThat(lines.get(2)).matches("Drools \\d+\\.\\d+\\.\\d+.*");
            assertThat(lines.get(3)).startsWith("Java ");
        });
    }

    @Test
    void helpIsACommandAsWellAndHelpOfACommandIsItsUsage() {
        CommandRun help = run("help");
        CommandRun helpAssess = run("help", "assess");

        assertThat(help.exitStatus()).isZero();
        assertThat(help.out()).contains("Usage: foerderregeln", "assess", "help", "generate-completion");
        assertThat(helpAssess.exitStatus()).isZero();
        assertThat(helpAssess.out()).isEqualTo(run("assess", "--help").out());
    }

    @Test
    void generateCompletionWritesABashScriptThatZshCanLoadToo() {
        CommandRun run = run("generate-completion");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("complete -F _complete_foerderregeln", "assess", "explain", "autoload -U +X bashcompinit");
    }
}
