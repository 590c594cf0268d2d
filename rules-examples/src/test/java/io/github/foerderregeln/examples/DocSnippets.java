package io.github.foerderregeln.examples;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.AssessmentJson;
import io.github.foerderregeln.api.json.ExplanationJson;
import io.github.foerderregeln.testing.corpus.ApplicationCorpus;
import io.github.foerderregeln.testing.diff.PolicyDiff;
import io.github.foerderregeln.testing.diff.PolicyDiffResult;
import io.github.foerderregeln.testing.diff.PolicyDiffText;
import io.github.foerderregeln.testing.scenario.junit.ScenarioTests;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The code the pages of {@code docs/} show, compiled by the build so that it stays code: each
 * region between {@code // sample:begin NAME} and {@code // sample:end NAME} is a sample that
 * {@code DocSamplesTest} holds equal to its page, and runs (all but the JUnit entry point, whose
 * folder is the reader's).
 */
public final class DocSnippets {
    private DocSnippets() {
    }

    // sample:begin json-files
    /** Assesses the application files given and writes the assessments as one JSON array. */
    public static void assessFiles(List<Path> files, Writer out) throws IOException {
        FundingRules rules = FundingRules.load();
        // The reader knows which calls exist; an invalid file throws InvalidApplicationException with every problem.
        ApplicationJson reader = new ApplicationJson(rules.callIds());
        List<Assessment> assessments = new java.util.ArrayList<>();
        for (Path file : files) {
            assessments.add(rules.assess(reader.read(file)));
        }
        AssessmentJson.writeAll(assessments, Language.EN, out);
    }
    // sample:end json-files

    // sample:begin explanation
    /** Why an application was decided as it was: the binding limit, the hints, and the JSON of {@code explain --format json}. */
    public static String explain(FundingRules rules, Application application) {
        Explanation explanation = rules.explain(application);
        // The limit that binds, if the rules computed a grant, and what would have to change.
        String binding = explanation.binding().map(limit -> limit.kind() + " " + limit.amount()).orElse("none");
        List<String> hints = explanation.changes().stream().map(change -> change.hint(Language.EN)).toList();
        return binding + "\n" + String.join("\n", hints) + "\n" + ExplanationJson.toJson(explanation, Language.EN);
    }
    // sample:end explanation

    // sample:begin policy-diff
    /** What the candidate rule set changes for {@code count} generated applications, as text. */
    public static void compare(Path baselineDir, Path candidateDir, int count, Writer out) throws IOException {
        FundingRules baseline = FundingRules.fromDirectory(baselineDir);
        ApplicationCorpus corpus = ApplicationCorpus.of(baseline.call("rdz-lsa-2018").orElseThrow());
        Random random = new Random(1);
        // Generated one at a time: only the changed applications and the totals are kept.
        Stream<Application> applications = IntStream.range(0, count).mapToObj(i -> corpus.application(random, "a-" + i));
        PolicyDiffResult result = new PolicyDiff(baseline, FundingRules.fromDirectory(candidateDir), Language.EN)
                .compare(applications);
        PolicyDiffText.write(result, out);
    }
    // sample:end policy-diff

    /** The scenario folder of the JUnit snippet, a folder of the bundled suite here. */
    static final class ScenarioSuite {
        // sample:begin scenario-junit
        @TestFactory
        Stream<DynamicNode> scenarios() {
            return ScenarioTests.in(Path.of("src/test/scenarios"));
        }
        // sample:end scenario-junit
    }
}
