package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.CommandRun.HALDENSLEBEN;
import static io.github.foerderregeln.examples.cli.CommandRun.INELIGIBLE_GBR;
import static io.github.foerderregeln.examples.cli.CommandRun.INVALID;
import static io.github.foerderregeln.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RuleSetException;
import io.github.foerderregeln.api.RulesEvaluationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Internal failures are exit status 1 with one line on standard error; the stack trace only with
 * {@code --debug} or {@code FOERDERREGELN_DEBUG=1}.
 */
class InternalFailureTest {
    private static final RuleSetException BROKEN_RULE_SET = new RuleSetException("bundled@broken",
            List.of(new RuleProblem("rdz/limits/limits.drl", 12, 5, true, "unable to resolve type Grnat")));

    @Test
    void rulesThatCannotBeLoadedAreOneLineNamingTheProblem() {
        CommandRun run = run(() -> {
            throw BROKEN_RULE_SET;
        }, Map.of(), "assess", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("foerderregeln: the rules cannot be loaded: the rule set bundled@broken cannot be used:")
                .contains("rdz/limits/limits.drl:12:5: error: unable to resolve type Grnat");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFailureWhileTheFacadeIsInitialisedIsReportedByItsCause() {
        // FundingRules.load() builds the rule base in a class initialiser, which wraps what it throws.
        ExceptionInInitializerError wrapped = new ExceptionInInitializerError(BROKEN_RULE_SET);

        CommandRun run = run(() -> {
            throw wrapped;
        }, Map.of(), "assess", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("unable to resolve type Grnat");
    }

    @Test
    void anEngineFailureOnOneApplicationIsOneLineNamingTheFileAndTheOthersAreStillAssessed() {
        CommandRun run = run(failingOn("ineligible-gbr", new RulesEvaluationException("the rules failed on application"
                + " ineligible-gbr: agenda loop", new IllegalStateException("loop"))), Map.of(),
                "assess", INELIGIBLE_GBR.toString(), HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("foerderregeln: " + INELIGIBLE_GBR
                + ": internal failure: the rules failed on application ineligible-gbr: agenda loop");
        assertThat(run.out()).contains("Ergebnis: förderfähig (ELIGIBLE)").doesNotContain("ineligible-gbr");
    }

    @Test
    void anUnexpectedExceptionWithoutMessageIsNamedByItsKind() {
        CommandRun run = run(failingOn("haldensleben-2019", new NullPointerException()), Map.of(),
                "assess", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("foerderregeln: " + HALDENSLEBEN + ": internal failure: NullPointerException");
    }

    @Test
    void anInternalFailureOutweighsInvalidInput() {
        CommandRun run = run(failingOn("haldensleben-2019", new RulesEvaluationException("boom", null)), Map.of(),
                "assess", INVALID.resolve("zero-cost-item.json").toString(), HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"assess --debug", "--debug assess"})
    void debugShowsTheStackTrace(String arguments) {
        List<String> args = new java.util.ArrayList<>(List.of(arguments.split(" ")));
        args.add(HALDENSLEBEN.toString());

        CommandRun run = run(failingOn("haldensleben-2019", new RulesEvaluationException("boom", null)), Map.of(),
                args.toArray(String[]::new));

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err()).contains("internal failure: boom", RulesEvaluationException.class.getName(), "\tat ");
    }

    @Test
    void theDebugEnvironmentVariableShowsTheStackTrace() {
        CommandRun run = run(failingOn("haldensleben-2019", new RulesEvaluationException("boom", null)),
                Map.of("FOERDERREGELN_DEBUG", "1"), "assess", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err()).contains(RulesEvaluationException.class.getName(), "\tat ");
    }

    @Test
    void anyOtherValueOfTheDebugVariableKeepsTheStackTraceHidden() {
        CommandRun run = run(failingOn("haldensleben-2019", new RulesEvaluationException("boom", null)),
                Map.of("FOERDERREGELN_DEBUG", "0"), "assess", HALDENSLEBEN.toString());

        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().endsWith("internal failure: boom");
    }

    /** The bundled rules, except that assessing the application {@code id} throws {@code failure}. */
    private static Supplier<FundingRules> failingOn(String id, RuntimeException failure) {
        FundingRules real = FundingRules.load();
        return () -> new FundingRules() {
            @Override
            public Assessment assess(Application application) {
                if (application.id().equals(id)) {
                    throw failure;
                }
                return real.assess(application);
            }

            @Override
            public List<Assessment> assessAll(Collection<? extends Application> applications) {
                return applications.stream().map(this::assess).toList();
            }

            @Override
            public Stream<Assessment> assessAll(Stream<? extends Application> applications) {
                return applications.map(this::assess);
            }

            @Override
            public Set<String> callIds() {
                return real.callIds();
            }

            @Override
            public Optional<FundingCall> call(String callId) {
                return real.call(callId);
            }

            @Override
            public String ruleSetId() {
                return real.ruleSetId();
            }
        };
    }
}
