package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.drools.facts.Findings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** The bundled rule set keeps the house rules that make it reviewable against the law. */
class BundledRuleSetTest {
    private static final Path FOLDER = Path.of("src/main/resources", RuleSet.BUNDLED_ROOT);
    /**
     * The rule ids of docs/rules.md ("Rules"), written out here so that a rule dropped from the
     * DRL fails this test. RDZ-PERIOD-ORDER is left out: it is invalid input, rejected before any
     * rule runs (docs/rules.md, "Invalid input").
     */
    static final Set<String> SPEC_IDS = Set.of(
            "RDZ-APPLICANT-FORM", "RDZ-APPLICANT-SEAT", "RDZ-BOARD-VOTE", "RDZ-COST-CATEGORY",
            "RDZ-COST-NONE-ELIGIBLE", "RDZ-DEMINIMIS", "RDZ-EARLY-START", "RDZ-GRANT-CEILING",
            "RDZ-GRANT-NO-DOUBLE-FUNDING", "RDZ-GRANT-RATE", "RDZ-GRANT-REQUESTED", "RDZ-GRANT-ROUNDING",
            "RDZ-NETWORK", "RDZ-PERIOD-DURATION", "RDZ-SUSTAINABILITY", "RDZ-TASKS", "RDZ-DEMINIMIS-DECLARATION",
            "RDZ-GRANT-MINIMUM");
    private static RuleBase ruleBase;

    @BeforeAll
    static void build() {
        ruleBase = RuleBase.build(RuleSet.bundled());
    }

    @Test
    void indexListsExactlyTheFilesOfTheRuleSetFolder() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> files = Files.walk(FOLDER)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> FOLDER.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("ruleset.index") && !p.equals("README.md")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> indexed = RuleSet.indexed().stream().map(RuleFile::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(indexed).isEqualTo(onDisk);
    }

    @Test
    void theScenarioSuiteTravelsWithTheRuleSetButIsNoPartOfItsRules() {
        assertThat(RuleSet.indexed()).anySatisfy(f -> assertThat(f.path()).startsWith("scenarios/"));
        assertThat(RuleSet.bundled().files()).allSatisfy(f -> assertThat(f.path()).doesNotStartWith("scenarios/"));
    }

    @Test
    void everyRuleIdOfTheSpecIsTheIdOfAtLeastOneDrlRule() {
        assertThat(rules().stream().map(Findings::ruleId).collect(Collectors.toSet())).containsAll(SPEC_IDS);
    }

    @Test
    @DisplayName("every rule carries a stable id; a rule that reports carries severity, reference and both messages")
    void everyRuleCarriesItsMetadata() {
        for (Rule rule : rules()) {
            Map<String, Object> meta = rule.getMetaData();
            assertThat(meta).as(rule.getName()).containsKey(Findings.ID);
            assertThat(rule.getName()).as("rule names start with their id").startsWith(meta.get(Findings.ID) + " ");
            if (meta.containsKey(Findings.SEVERITY)) {
                assertThat(meta).as(rule.getName())
                        .containsKeys(Findings.REFERENCE, Findings.MESSAGE_DE, Findings.MESSAGE_EN);
                assertThat(List.of("ERROR", "MISSING", "WARNING", "INFO")).contains(meta.get(Findings.SEVERITY).toString());
            }
        }
    }

    @Test
    void everyDrlFileLiesInTheFolderOfItsPackageAndQuotesTheLawAboveEachRule() {
        for (RuleFile file : RuleSet.bundled().files()) {
            if (!file.isDrl()) {
                continue;
            }
            String text = file.text();
            Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+);").matcher(text);
            assertThat(pkg.find()).as(file.path()).isTrue();
            String folder = file.path().substring(0, file.path().lastIndexOf('/'));
            assertThat(pkg.group(1).replace('.', '/')).as(file.path()).isEqualTo(folder);
            assertThat(text).as(file.path() + " orders rules by staged facts, not salience or agenda groups")
                    .doesNotContain("salience").doesNotContain("agenda-group");
        }
    }

    /**
     * docs/rules.md, "Words and references": German text uses the words of a Zuwendungsbescheid and
     * no code of the JSON format; a code may only follow in parentheses. Checked on the templates
     * of every rule; the figures they fill in are checked on the examples by the command line's tests.
     */
    @Test
    void noGermanTemplateOfTheRulesHoldsACodeOfTheJsonFormatOrTheWordKosten() {
        Set<String> codes = Stream.of(io.github.foerderregeln.api.LegalForm.values(),
                        io.github.foerderregeln.api.CostCategory.values(), io.github.foerderregeln.api.Outcome.values(),
                        io.github.foerderregeln.api.BoardVote.values(), io.github.foerderregeln.api.CentreTask.values(),
                        io.github.foerderregeln.api.PartnerSector.values(), io.github.foerderregeln.api.LimitKind.values(),
                        io.github.foerderregeln.api.Severity.values())
                .flatMap(java.util.Arrays::stream).map(Enum::name).collect(Collectors.toSet());
        for (Rule rule : rules()) {
            for (String key : java.util.List.of(Findings.MESSAGE_DE, Findings.HINT_DE, Findings.REFERENCE)) {
                Object template = rule.getMetaData().get(key);
                if (template == null) {
                    continue;
                }
                String outsideParentheses = template.toString().replaceAll("\\([^()]*\\)", "");
                for (String word : outsideParentheses.split("[^A-Za-z_]+")) {
                    assertThat(codes).as("@%s of \"%s\": %s", key, rule.getName(), template).doesNotContain(word);
                }
                assertThat(template.toString()).as("@%s of \"%s\"", key, rule.getName())
                        .doesNotContain("zuwendungsfähige Kosten", "zuwendungsfähigen Kosten", "Kostenplan", "Kostenposition");
            }
        }
    }

    @Test
    @DisplayName("the bundled rule set passes every lint: ids, references, severities, message figures, no policy literals")
    void theBundledRuleSetIsLintClean() {
        assertThat(RuleBase.validate(RuleSet.bundled())).isEmpty();
    }

    @Test
    void theRuleSetIdentityNamesTheSetAndADigestOfItsFiles() {
        String id = RuleSet.bundled().id();
        assertThat(id).matches("bundled@[0-9a-f]{12}");
        RuleSet edited = new RuleSet("bundled", RuleSet.bundled().files().stream()
                .map(f -> f.isCall() ? new RuleFile(f.path(), (f.text() + " ").getBytes(StandardCharsets.UTF_8)) : f)
                .toList());
        assertThat(edited.id()).isNotEqualTo(id);
        assertThat(ruleBase.calls()).containsOnlyKeys("rdz-lsa-2018");
    }

    private static List<Rule> rules() {
        return ruleBase.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
    }
}
