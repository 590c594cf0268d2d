package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.corpus.ApplicationCorpus;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.Result;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The differential test for every execution mode: however sessions are made, reused and spread
 * over threads, each assessment equals the plain-Java reference, through {@code assess},
 * {@code assessAll} over a collection and over a stream.
 */
class ExecutionModesTest {
    private static final ReferenceAssessor REFERENCE = new ReferenceAssessor();
    private static final List<Application> CORPUS = ApplicationCorpus.corpus(7, 10_000);
    private static final Map<EngineMode, FundingRules> RULES = new EnumMap<>(EngineMode.class);

    @BeforeAll
    static void buildEveryMode() {
        RuleBase ruleBase = RuleBase.build(RuleSet.bundled());
        for (EngineMode mode : EngineMode.values()) {
            RULES.put(mode, new DroolsFundingRules(ruleBase, mode));
        }
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(EngineMode.PROPERTY);
    }

    @ParameterizedTest
    @EnumSource(EngineMode.class)
    void singleAssessmentsAgreeWithTheReference(EngineMode mode) {
        FundingRules rules = RULES.get(mode);
        assertThat(mismatches(CORPUS, CORPUS.stream().map(rules::assess).toList())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EngineMode.class)
    void aBatchSpreadOverThreadsAgreesWithTheReferenceInItsOrder(EngineMode mode) {
        List<Assessment> assessments = RULES.get(mode).assessAll(CORPUS);

        assertThat(assessments).extracting(Assessment::applicationId)
                .containsExactlyElementsOf(CORPUS.stream().map(Application::id).toList());
        assertThat(mismatches(CORPUS, assessments)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EngineMode.class)
    void aStreamAgreesWithTheReferenceInItsOrder(EngineMode mode) {
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
    @EnumSource(EngineMode.class)
    void aReusedSessionCarriesNothingOverToTheNextApplication(EngineMode mode) {
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
    @EnumSource(EngineMode.class)
    void aStreamDeliversTheApplicationsBeforeAnInvalidOneAndThenFails(EngineMode mode) {
        Application invalid = ApplicationCorpus.corpus(3, 1).get(0);
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
            List<String> differences = Result.of(assessments.get(i)).differencesFrom(REFERENCE.assess(applications.get(i)));
            if (!differences.isEmpty() && mismatches.size() < 5) {
                mismatches.add(applications.get(i).id() + ": " + String.join("; ", differences));
            }
        }
        return mismatches;
    }
}
