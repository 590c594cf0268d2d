package io.github.foerderregeln.examples.cli;

import static io.github.foerderregeln.examples.cli.DocSamples.ROOT;
import static io.github.foerderregeln.examples.cli.DocSamples.check;
import static io.github.foerderregeln.examples.cli.DocSamples.fenced;
import static io.github.foerderregeln.examples.cli.DocSamples.read;
import static io.github.foerderregeln.examples.cli.DocSamples.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Dated;
import io.github.foerderregeln.api.DatedValues;
import io.github.foerderregeln.api.DeMinimisRegulation;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.GrantRounding;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.RuleSets;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.examples.DocSnippets;
import io.github.foerderregeln.examples.EmbeddingExampleTest;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample of the README and of {@code docs/} is what the code prints or is: the command line's
 * output (rule-set ids included), the source the build compiles, and the tables generated from the
 * bundled rules and call data. See {@link DocSamples} for how to write them anew after a change.
 */
class DocSamplesTest {
    private static final Path EXAMPLES = ROOT.resolve("examples/applications");
    private static final Path EMBEDDING = Path.of("src/main/java/io/github/foerderregeln/examples/EmbeddingExample.java");
    private static final Path SNIPPETS = Path.of("src/test/java/io/github/foerderregeln/examples/DocSnippets.java");
    private static final Path RELOADING =
            ROOT.resolve("rules-drools/src/test/java/io/github/foerderregeln/drools/ReloadingFundingRulesTest.java");
    private static final String CALL = "calls/rdz-lsa-2018.json";
    /** The samples this class produces; the pages may hold no other. */
    private static final Set<String> PRODUCED = Set.of("assess-haldensleben", "embedding-example", "embedding-output",
            "json-files", "explanation", "reloading", "init-rules", "validate-clean", "validate-broken", "rule-example",
            "call-parameters", "de-minimis-regulations", "explain-too-long", "generate", "diff-walkthrough",
            "diff-json", "policy-diff", "scenario-junit", "test-pass", "test-fail", "rule-catalogue", "legal-forms",
            "settle-case-b", "settle-excerpt", "diff-settlements");

    @TempDir
    Path temp;

    /** What a command prints when run from the repository root with its files under {@link #temp}. */
    private String shown(String printed) {
        return printed.replace(temp + "/", "").replace("../examples/", "examples/").stripTrailing();
    }

    private static FundingCall bundledCall() {
        return FundingRules.load().call("rdz-lsa-2018").orElseThrow();
    }

    @Test
    void everySampleOfThePagesIsOneThisClassProduces() {
        assertThat(DocSamples.names().keySet()).containsExactlyInAnyOrderElementsOf(PRODUCED);
    }

    @Test
    void theReadmeCommandsAreTheOnesCiAndNewcomersRun() {
        assertThat(read(ROOT.resolve("README.md"))).contains("```sh\nmvn -B -ntp verify\n```")
                .contains("```sh\nmvn -B -ntp -DskipTests package && java -jar rules-examples/target/foerderregeln.jar"
                        + " assess examples/applications/*.json\n```");
        assertThat(read(ROOT.resolve(".ci/run"))).contains("mvn -B -ntp verify");
        assertThat(read(ROOT.resolve("README.md")).lines().count()).as("the README stays short").isLessThanOrEqualTo(200);
    }

    @Test
    void theReadmeShowsWhatAssessPrintsForHaldenslebenAndTheEmbeddingExample() {
        CommandRun run = CommandRun.run("assess", "--lang", "en", EXAMPLES.resolve("haldensleben-2019.json").toString());
        assertThat(run.exitStatus()).as(run.err()).isZero();

        check("README.md", "assess-haldensleben", fenced("text", shown(run.out())));
        check("README.md", "embedding-example", fenced("java", read(EMBEDDING)));
    }

    @Test
    void theSettlementPageAndTheReadmeShowWhatSettlePrintsForCaseB() {
        Path caseB = ROOT.resolve("examples/settlements/case-b-less-spent.json");
        CommandRun german = CommandRun.run("settle", caseB.toString());
        CommandRun english = CommandRun.run("settle", "--lang", "en", caseB.toString());
        assertThat(german.exitStatus()).as(german.err()).isZero();
        check("docs/settlement.md", "settle-case-b", fenced("text", shown(german.out())));
        String report = shown(english.out());
        // The interest table only: the README stays short.
        check("README.md", "settle-excerpt", fenced("text", report.substring(report.indexOf("  Kind"),
                report.indexOf("\nFindings")).stripIndent()));
    }

    @Test
    void theEmbeddingPageShowsCodeTheBuildCompilesAndWhatTheExamplePrints() throws IOException {
        StringWriter json = new StringWriter();
        DocSnippets.assessFiles(List.of(EXAMPLES.resolve("haldensleben-2019.json")), json);
        FundingRules rules = FundingRules.load();
        String explained = DocSnippets.explain(rules, new ApplicationJson(rules.callIds())
                .read(EXAMPLES.resolve("ineligible-project-too-long.json")));

        assertThat(json.toString()).contains("\"applicationId\" : \"haldensleben-2019\"", "\"grant\" : 170320.00");
        // Ineligible (too long): no limit binds (docs/rules.md), the one hint is the period's.
        assertThat(explained).startsWith("none\nEnd the project 1 day(s) earlier");
        check("docs/embedding.md", "embedding-output", fenced("text", EmbeddingExampleTest.printed()));
        check("docs/embedding.md", "json-files", fenced("java", region(SNIPPETS, "json-files")));
        check("docs/embedding.md", "explanation", fenced("java", region(SNIPPETS, "explanation")));
        check("docs/embedding.md", "reloading", fenced("java", region(RELOADING, "reloading")));
    }

    @Test
    void theRuleAuthoringPageShowsWhatTheCommandsPrintForACopyOfTheRules() throws IOException {
        Path rules = temp.resolve("my-rules");
        CommandRun init = CommandRun.run("init-rules", rules.toString());
        CommandRun clean = CommandRun.run("validate", rules.toString());
        Path call = rules.resolve(CALL);
        Files.writeString(call, Files.readString(call).replace("\"value\": \"0.80\"", "\"value\": \"1.80\""));
        CommandRun broken = CommandRun.run("validate", rules.toString());

        assertThat(List.of(init.exitStatus(), clean.exitStatus(), broken.exitStatus())).containsExactly(0, 0, 1);
        check("docs/rule-authoring.md", "init-rules", fenced("text", shown(init.out())));
        check("docs/rule-authoring.md", "validate-clean", fenced("text", shown(clean.out())));
        check("docs/rule-authoring.md", "validate-broken", fenced("text", shown(broken.out())));
        check("docs/rule-authoring.md", "rule-example", fenced("text", rules(read(rules.resolve("rdz/period/period.drl")),
                "RDZ-PERIOD-DURATION project within the longest duration", "RDZ-PERIOD-DURATION project longer than allowed")));
    }

    /** The rules of {@code drl} from the comment above rule {@code first} to the {@code end} of rule {@code last}. */
    private static String rules(String drl, String first, String last) {
        List<String> lines = drl.lines().toList();
        int from = lines.indexOf("rule \"" + first + "\"");
        int at = lines.indexOf("rule \"" + last + "\"");
        assertThat(from).as("rule %s", first).isNotNegative();
        assertThat(at).as("rule %s", last).isGreaterThanOrEqualTo(from);
        while (from > 0 && lines.get(from - 1).startsWith("//")) {
            from--;
        }
        int to = lines.subList(at, lines.size()).indexOf("end") + at;
        return String.join("\n", lines.subList(from, to + 1));
    }

    @Test
    void theRuleAuthoringPageListsTheParametersOfTheBundledCall() {
        FundingCall call = bundledCall();
        StringBuilder parameters = new StringBuilder("| parameter | value | valid from | source |\n|---|---|---|---|\n");
        call.parameters().forEach(parameter -> row(parameters, parameter));
        StringBuilder regulations = new StringBuilder(
                "| regulation | decisions | ceiling | window | source |\n|---|---|---|---|---|\n");
        for (DeMinimisRegulation regulation : call.deMinimisRegulations()) {
            regulations.append("| ").append(regulation.id()).append(" | ").append(regulation.validFrom()).append(" to ")
                    .append(regulation.validUntil() == null ? "open" : regulation.validUntil().toString()).append(" | ")
                    .append(regulation.ceiling().toPlainString()).append(" EUR | ").append(regulation.windowYears())
                    .append(' ').append(regulation.window()).append(" | ").append(cell(regulation.source())).append(" |\n");
        }

        check("docs/rule-authoring.md", "call-parameters", parameters.toString());
        check("docs/rule-authoring.md", "de-minimis-regulations", regulations.toString());
    }

    private static void row(StringBuilder table, DatedValues<?> parameter) {
        for (Dated<?> dated : parameter.values()) {
            table.append("| `").append(parameter.name()).append("` | ").append(cell(value(dated.value()))).append(" | ")
                    .append(dated.validFrom()).append(" | ").append(cell(dated.source())).append(" |\n");
        }
    }

    private static String value(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof GrantRounding rounding) {
            return "scale " + rounding.scale() + ", " + rounding.mode();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    @Test
    void thePolicyAnalysisPageShowsWhatExplainGenerateAndDiffPrint() throws IOException {
        CommandRun explain = CommandRun.run("explain", "--lang", "en",
                EXAMPLES.resolve("ineligible-project-too-long.json").toString());
        assertThat(explain.exitStatus()).as(explain.err()).isZero();
        check("docs/policy-analysis.md", "explain-too-long", fenced("text", shown(explain.out())));

        // The walkthrough as the page gives it: two copies of the rules, the page's sed edits of the candidate.
        Path baseline = temp.resolve("policy/baseline");
        Path candidate = temp.resolve("policy/candidate");
        assertThat(CommandRun.run("init-rules", baseline.toString()).exitStatus()).isZero();
        assertThat(CommandRun.run("init-rules", candidate.toString()).exitStatus()).isZero();
        applySed(read(ROOT.resolve("docs/policy-analysis.md")), "candidate", candidate.resolve(CALL));
        CommandRun generate = CommandRun.run("generate", "--count", "1000", "--seed", "1",
                temp.resolve("policy/corpus").toString());
        CommandRun diff = CommandRun.run("diff", "--lang", "en", "--baseline", baseline.toString(), "--candidate",
                candidate.toString(), EXAMPLES.toString(), temp.resolve("policy/corpus").toString());
        CommandRun json = CommandRun.run("diff", "--format", "json", "--lang", "en", "--baseline", baseline.toString(),
                "--candidate", candidate.toString(), EXAMPLES.resolve("altmarkkreis-salzwedel-2019.json").toString());
        StringWriter snippet = new StringWriter();
        DocSnippets.compare(baseline, candidate, 200, snippet);

        assertThat(List.of(generate.exitStatus(), diff.exitStatus(), json.exitStatus())).containsExactly(0, 0, 0);
        assertThat(snippet.toString().replaceAll(" {2,}", " ")).contains("Applications read: 200");
        check("docs/policy-analysis.md", "generate", fenced("text", shown(generate.out())));
        // The summary and the first changes of outcome or grant, the largest first.
        String walkthrough = shown(diff.out()).lines().limit(22).collect(Collectors.joining("\n")) + "\n  ...";
        check("docs/policy-analysis.md", "diff-walkthrough", fenced("text", walkthrough));
        check("docs/policy-analysis.md", "diff-json", fenced("json", shown(json.out())));
        check("docs/policy-analysis.md", "policy-diff", fenced("java", region(SNIPPETS, "policy-diff")));
    }

    /**
     * Applies the page's {@code sed -i.orig -e 's/A/B/' [-e 's/C/D/'] policy/DIR/calls/rdz-lsa-2018.json} line to
     * {@code file}, as sed would.
     */
    private static void applySed(String page, String dir, Path file) throws IOException {
        Matcher sed = Pattern.compile("\nsed -i\\.orig((?: -e 's/[^/]*/[^/]*/')+) policy/" + Pattern.quote(dir)
                + "/calls/rdz-lsa-2018\\.json\n").matcher(page);
        assertThat(sed.find()).as("the page's sed line for %s", dir).isTrue();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher edit = Pattern.compile(" -e 's/([^/]*)/([^/]*)/'").matcher(sed.group(1));
        while (edit.find()) {
            String from = edit.group(1);
            // sed replaces the first match on each line; here each value is on one line only.
            assertThat(text.split(Pattern.quote(from), -1)).as(from).hasSize(2);
            text = text.replace(from, edit.group(2));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void theSettlementPageShowsWhatDiffPrintsForALowerTolerance() throws IOException {
        Path baseline = temp.resolve("policy/baseline");
        Path tolerance = temp.resolve("policy/tolerance");
        assertThat(CommandRun.run("init-rules", baseline.toString()).exitStatus()).isZero();
        assertThat(CommandRun.run("init-rules", tolerance.toString()).exitStatus()).isZero();
        applySed(read(ROOT.resolve("docs/settlement.md")), "tolerance", tolerance.resolve(CALL));

        CommandRun diff = CommandRun.run("diff", "--lang", "en", "--baseline", baseline.toString(), "--candidate",
                tolerance.toString(), "../examples/settlements");

        assertThat(diff.exitStatus()).as(diff.err()).isZero();
        check("docs/settlement.md", "diff-settlements", fenced("text", shown(diff.out())));
    }

    @Test
    void theTestingPageScenarioPassesNextToTheBundledBasesAndFailsWithAnotherGrant() throws IOException {
        Matcher block = Pattern.compile("```json\n(\\{\n  \"scenario\".*?)\n```", Pattern.DOTALL)
                .matcher(read(ROOT.resolve("docs/testing.md")));
        assertThat(block.find()).as("a scenario in docs/testing.md").isTrue();
        Path rules = temp.resolve("my-rules");
        assertThat(CommandRun.run("init-rules", rules.toString()).exitStatus()).isZero();
        Path scenario = rules.resolve("scenarios/limits/ceiling-example.scenario.json");
        Files.writeString(scenario, block.group(1), StandardCharsets.UTF_8);
        Path failing = rules.resolve("scenarios/limits/ceiling-example-failing.scenario.json");
        Files.writeString(failing, block.group(1).replace("\"grant\": \"200000.00\"", "\"grant\": \"210000.00\""),
                StandardCharsets.UTF_8);

        CommandRun pass = CommandRun.run("test", scenario.toString());
        CommandRun fail = CommandRun.run("test", "--lang", "en", failing.toString());

        assertThat(pass.exitStatus()).as(pass.out()).isZero();
        assertThat(fail.exitStatus()).isEqualTo(1);
        check("docs/testing.md", "test-pass", fenced("text", shown(pass.out())));
        check("docs/testing.md", "test-fail", fenced("text", shown(fail.out())));
        check("docs/testing.md", "scenario-junit", fenced("java", region(SNIPPETS, "scenario-junit")));
    }

    /**
     * The catalogue of rule ids, generated from the metadata of the bundled rules as
     * {@code init-rules} writes them: each rule's name, {@code @severity} and {@code @reference}, by id.
     */
    @Test
    void theRuleCatalogueIsTheMetadataOfTheBundledRules() throws IOException {
        Path rules = temp.resolve("rules");
        RuleSets.writeBundled(rules);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rules)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        Map<String, List<String[]>> byId = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        Pattern rule = Pattern.compile("^rule \"([^\"]*)\"\\s*\n((?:\\s*@\\w+\\(\"(?:[^\"\\\\]|\\\\.)*\"\\)\\s*\n)*)\\s*when",
                Pattern.MULTILINE);
        Pattern meta = Pattern.compile("@(\\w+)\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
        for (Path file : files) {
            String relative = rules.relativize(file).toString().replace('\\', '/');
            Matcher matcher = rule.matcher(read(file));
            while (matcher.find()) {
                Map<String, String> metadata = new LinkedHashMap<>();
                Matcher m = meta.matcher(matcher.group(2));
                while (m.find()) {
                    metadata.put(m.group(1), m.group(2).replace("\\\"", "\""));
                }
                String id = metadata.get("id");
                assertThat(id).as("@id of %s", matcher.group(1)).isNotNull();
                String name = matcher.group(1).startsWith(id + " ") ? matcher.group(1).substring(id.length() + 1)
                        : matcher.group(1);
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new String[] {
                    name, metadata.getOrDefault("severity", "-"), metadata.getOrDefault("reference", "")});
                fileOf.merge(id, relative, (a, b) -> a.equals(b) ? a : a + ", " + b);
            }
        }
        StringBuilder page = new StringBuilder("| rule id | severities | file |\n|---|---|---|\n");
        byId.forEach((id, list) -> {
            Set<String> severities = list.stream().map(r -> r[1]).filter(severity -> !severity.equals("-"))
                    .collect(Collectors.toCollection(TreeSet::new));
            page.append("| [").append(id).append("](#").append(id.toLowerCase()).append(") | ")
                    .append(severities.isEmpty() ? "-" : String.join(", ", severities)).append(" | `")
                    .append(fileOf.get(id)).append("` |\n");
        });
        byId.forEach((id, list) -> {
            page.append("\n### ").append(id).append("\n\n| rule | severity | reference |\n|---|---|---|\n");
            list.forEach(r -> page.append("| ").append(cell(r[0])).append(" | ").append(r[1]).append(" | ")
                    .append(cell(r[2])).append(" |\n"));
        });

        assertThat(byId).containsKeys("RDZ-APPLICANT-FORM", "RDZ-GRANT-RATE", "RDZ-DEMINIMIS", "RDZ-BOARD-VOTE");
        check("docs/rule-catalogue.md", "rule-catalogue", page.toString());
    }

    @Test
    void theGlossaryListsEveryLegalFormWithWhatTheCallSaysOfIt() {
        DatedValues<Set<LegalForm>> eligible = bundledCall().eligibleLegalForms();
        StringBuilder table = new StringBuilder("| code | legal form | public law | legal person | ANBest |");
        eligible.values().forEach(dated -> table.append(" may apply from ").append(dated.validFrom()).append(" |"));
        table.append("\n|---|---|---|---|---|").append("---|".repeat(eligible.values().size())).append('\n');
        for (LegalForm form : LegalForm.values()) {
            table.append("| ").append(form).append(" | ").append(form.germanName()).append(" | ")
                    .append(yes(form.publicLaw())).append(" | ").append(yes(form.legalPerson())).append(" | ")
                    .append(form.anBest()).append(" |");
            eligible.values().forEach(dated -> table.append(' ').append(yes(dated.value().contains(form))).append(" |"));
            table.append('\n');
        }

        check("docs/glossary.md", "legal-forms", table.toString());
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }
}
