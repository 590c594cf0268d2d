package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.corpus.ApplicationCorpus;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The differential test for the evaluated set-oriented batches: however many applications share
 * a session and one firing, each assessment equals the plain-Java reference, no application's
 * rules see another's facts, and a group leaves nothing behind for the next.
 */
class SetOrientedBatchesTest {
    private static final ReferenceAssessor REFERENCE = new ReferenceAssessor();
    private static final List<Application> CORPUS = ApplicationCorpus.corpus(11, 3_000);

    @ParameterizedTest(name = "{0} applications per session")
    @ValueSource(ints = {1, 4, 16})
    void everyApplicationOfAGroupAgreesWithTheReferenceInItsOrder(int applicationsPerSession) {
        List<Assessment> assessments = SetOrientedBatches.ofBundledRules(applicationsPerSession).assessAll(CORPUS);

        assertThat(assessments).extracting(Assessment::applicationId)
                .containsExactlyElementsOf(CORPUS.stream().map(Application::id).toList());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            List<String> differences = Result.of(assessments.get(i)).differencesFrom(REFERENCE.assess(CORPUS.get(i)));
            if (!differences.isEmpty()) {
                mismatches.add(CORPUS.get(i).id() + ": " + differences);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * Sixteen copies of one application in one group: were any rule to join facts of two
     * applications, each would get several limits of a kind and several findings per rule.
     */
    @Test
    void applicationsInOneGroupNeverSeeEachOthersFacts() {
        SetOrientedBatches batches = SetOrientedBatches.ofBundledRules(16);
        SetOrientedBatches single = SetOrientedBatches.ofBundledRules(1);
        for (Application application : CORPUS.subList(0, 40)) {
            Assessment alone = single.assessAll(List.of(application)).get(0);

            List<Assessment> together = batches.assessAll(java.util.Collections.nCopies(16, application));

            assertThat(together).allSatisfy(assessment -> assertThat(assessment).isEqualTo(alone));
        }
    }

    @Test
    void aGroupLeavesNothingForTheNextOne() {
        SetOrientedBatches batches = SetOrientedBatches.ofBundledRules(4);
        List<Application> sample = CORPUS.subList(0, 8);

        List<Assessment> first = batches.assessAll(sample);
        List<Assessment> again = batches.assessAll(sample);

        assertThat(again).isEqualTo(first);
        assertThat(again).allSatisfy(assessment -> assertThat(assessment.amounts().limits())
                .extracting(io.github.foerderregeln.api.Limit::kind).doesNotHaveDuplicates());
    }

    @Test
    void aGroupNeedsAtLeastOneApplication() {
        assertThatThrownBy(() -> SetOrientedBatches.ofBundledRules(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
