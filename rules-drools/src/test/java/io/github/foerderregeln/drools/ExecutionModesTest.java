package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.ReferenceSettler;
import io.github.foerderregeln.drools.reference.Result;
import io.github.foerderregeln.drools.reference.Settled;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential test for every execution mode: however sessions are made, reused and spread
 * over threads, and whether the rules were compiled from DRL at run time or into the executable
 * model at build time, each assessment equals the plain-Java reference, through {@code assess},
 * {@code assessAll} over a collection and over a stream.
 */
class ExecutionModesTest {
    private static final ReferenceAssessor REFERENCE = new ReferenceAssessor();
    private static final ReferenceSettler SETTLER = new ReferenceSettler();
    /**
     * Each mode is held equal to the reference on its own; DifferentialTest covers the default mode
     * on 10,000 applications. 2,000 reach every outcome, binding limit and finding that 10,000 do
     * ({@link #theSampleReachesWhatTenThousandReach}), at a fifth of the cost for each of the four modes.
     */
    private static final List<Application> CORPUS = ApplicationGenerators.corpus(7, 2_000);
    private static final List<Result> EXPECTED = CORPUS.stream().map(REFERENCE::assess).toList();
    private static final Map<String, FundingRules> RULES = new LinkedHashMap<>();

    /**
     * Every way of running the bundled rules: the DRL compiled at run time (as for a rule
     * directory) and the executable model compiled at build time, each with every session mode.
     */
    @BeforeAll
    static void buildEveryMode() {
        Map<String, RuleBase> compiled = Map.of("drl", RuleBase.build(RuleSet.bundled()), "model", RuleBase.bundled());
        for (String kind : List.of("drl", "model")) {
            for (EngineMode mode : EngineMode.values()) {
                RULES.put(kind + "/" + mode, new DroolsFundingRules(compiled.get(kind), mode));
            }
        }
    }

    static List<String> modes() {
        return List.of("drl/SESSION", "drl/POOLED", "model/SESSION", "model/POOLED");
    }

    @Test
    void theBuildCompiledTheExecutableModelOfExactlyTheBundledRules() throws Exception {
        try (var id = RuleBase.class.getClassLoader().getResourceAsStream(RuleBase.EXECUTABLE_MODEL_ID);
                var model = RuleBase.class.getClassLoader().getResourceAsStream(RuleBase.EXECUTABLE_MODEL)) {
            assertThat(model).as("executable model on the class path").isNotNull();
            assertThat(new String(id.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(RuleSet.bundled().id());
        }
        assertThat(RULES.keySet()).containsExactlyElementsOf(modes());
    }

    @Test
    void theSampleReachesWhatTenThousandReach() {
        assertThat(reached(EXPECTED)).isEqualTo(reached(ApplicationGenerators.corpus(7, 10_000).stream()
                .map(REFERENCE::assess).toList()));
    }

    /** Every outcome, binding limit and finding (rule id and severity) of {@code results}, with "no grant" as a binding. */
    private static Set<String> reached(List<Result> results) {
        Set<String> reached = new TreeSet<>();
        for (Result result : results) {
            reached.add("outcome " + result.outcome());
            reached.add("binding " + result.binding());
            result.findings().forEach(finding -> reached.add("finding " + finding));
        }
        return reached;
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(EngineMode.PROPERTY);
    }

    @ParameterizedTest
    @MethodSource("modes")
    void singleAssessmentsAgreeWithTheReference(String mode) {
        FundingRules rules = RULES.get(mode);
        assertThat(mismatches(CORPUS, CORPUS.stream().map(rules::assess).toList())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modes")
    void aBatchSpreadOverThreadsAgreesWithTheReferenceInItsOrder(String mode) {
        List<Assessment> assessments = RULES.get(mode).assessAll(CORPUS);

        assertThat(assessments).extracting(Assessment::applicationId)
                .containsExactlyElementsOf(CORPUS.stream().map(Application::id).toList());
        assertThat(mismatches(CORPUS, assessments)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modes")
    void aStreamAgreesWithTheReferenceInItsOrder(String mode) {
        List<Assessment> assessments = RULES.get(mode).assessAll(CORPUS.stream()).toList();

        assertThat(assessments).extracting(Assessment::applicationId)
                .containsExactlyElementsOf(CORPUS.stream().map(Application::id).toList());
        assertThat(mismatches(CORPUS, assessments)).isEmpty();
    }

    /**
     * A reused session must forget everything of the application before: the same applications
     * again, interleaved with others, give the same results and the same fired rules.
     */
    @ParameterizedTest
    @MethodSource("modes")
    void aReusedSessionCarriesNothingOverToTheNextApplication(String mode) {
        FundingRules rules = RULES.get(mode);
        List<Application> sample = CORPUS.subList(0, 500);
        List<Application> twice = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            twice.add(sample.get(i));
            twice.add(sample.get(sample.size() - 1 - i));
        }

        List<Assessment> first = sample.stream().map(rules::assess).toList();
        List<Assessment> again = rules.assessAll(twice);

        for (int i = 0; i < sample.size(); i++) {
            assertThat(again.get(2 * i)).isEqualTo(first.get(i));
            assertThat(again.get(2 * i + 1)).isEqualTo(first.get(sample.size() - 1 - i));
        }
    }

    @ParameterizedTest
    @MethodSource("modes")
    void aStreamDeliversTheApplicationsBeforeAnInvalidOneAndThenFails(String mode) {
        Application invalid = ApplicationGenerators.corpus(3, 1).get(0);
        Application unknownCall = new Application(invalid.id(), "no-such-call", invalid.decisionDate(), invalid.applicant(),
                invalid.project(), invalid.costs(), invalid.otherFunding(), invalid.requestedGrant(), invalid.boardVote());
        List<Application> input = new ArrayList<>(CORPUS.subList(0, 700));
        input.add(unknownCall);
        input.addAll(CORPUS.subList(700, 720));
        List<Assessment> delivered = new ArrayList<>();

        assertThatThrownBy(() -> RULES.get(mode).assessAll(input.stream()).forEach(delivered::add))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("no-such-call");
        assertThat(delivered).extracting(Assessment::applicationId)
                .containsExactlyElementsOf(CORPUS.subList(0, 700).stream().map(Application::id).toList());
    }

    /**
     * Settlements share the sessions with assessments: in every mode each settles as the reference
     * does, and settling between assessments changes neither. 1,000 of the settlement corpus, a
     * tenth of what DifferentialSettlementTest holds the default mode to.
     */
    @ParameterizedTest
    @MethodSource("modes")
    void settlementsAgreeWithTheReferenceAndLeaveNothingBehindForTheNextAssessment(String mode) {
        FundingRules rules = RULES.get(mode);
        List<Settlement> settlements = DifferentialSettlementTest.CORPUS.corpus(11, 1_000);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < settlements.size(); i++) {
            Settlement settlement = settlements.get(i);
            List<String> differences = Settled.of(rules.settle(settlement)).differencesFrom(SETTLER.settle(settlement));
            if (!differences.isEmpty() && mismatches.size() < 5) {
                mismatches.add(settlement.id() + ": " + String.join("; ", differences));
            }
            if (i < 200) {
                assertThat(Result.of(rules.assess(CORPUS.get(i))).differencesFrom(EXPECTED.get(i)))
                        .as("assessment after settlement %s", settlement.id()).isEmpty();
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theModeComesFromTheSystemPropertyAndAnUnknownOneIsRefused() {
        assertThat(EngineMode.configured()).isEqualTo(EngineMode.POOLED);
        System.setProperty(EngineMode.PROPERTY, "session");
        assertThat(EngineMode.configured()).isEqualTo(EngineMode.SESSION);
        System.setProperty(EngineMode.PROPERTY, "turbo");
        assertThatThrownBy(EngineMode::configured).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("turbo").hasMessageContaining("session, pooled");
    }

    private static List<String> mismatches(List<Application> applications, List<Assessment> assessments) {
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            List<String> differences = Result.of(assessments.get(i)).differencesFrom(EXPECTED.get(i));
            if (!differences.isEmpty() && mismatches.size() < 5) {
                mismatches.add(applications.get(i).id() + ": " + String.join("; ", differences));
            }
        }
        return mismatches;
    }
}
