package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.json.ApplicationJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code examples/applications/} is valid input and comes out as the table below
 * says; the table, the folder and the README's table list the same files, so that none can drift
 * from the others.
 *
 * <p>Most examples change one fact of the same fictitious application (a Gemeinde in the Harz,
 * decided 2019-06-03, 2019-07-01 to 2021-06-30, 150,000.00 personnel + 50,000.00 material,
 * 160,000.00 requested, positive vote). Its limits: RATE 0.80 x 200,000.00 = 160,000.00,
 * CEILING 200,000.00, REQUESTED 160,000.00, NO_DOUBLE_FUNDING 200,000.00; RATE and REQUESTED tie,
 * so both bind (RATE named first), the grant is 160,000.00 and both rules give their INFO. An
 * INELIGIBLE application is granted nothing: no limit binds it, and no rule says one does.
 */
class ExampleApplicationsTest {
    private static final Path APPLICATIONS = RealCasesTest.APPLICATIONS;
    private static final Path README = Path.of("..", "examples", "README.md");
    private static final FundingRules RULES = FundingRules.load();

    record Expected(String file, Outcome outcome, String grant, LimitKind binding, List<String> findings) {
        Expected(String file, Outcome outcome, String grant, LimitKind binding, String... findings) {
            this(file, outcome, grant, binding, List.of(findings));
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Expected> EXPECTED = List.of(
            // --- real cases (RealCasesTest derives their figures) ---
            new Expected("haldensleben-2019.json", Outcome.ELIGIBLE, "170320.00", LimitKind.RATE,
                    "RDZ-GRANT-RATE INFO", "RDZ-GRANT-REQUESTED INFO"),
            new Expected("merseburg-2019.json", Outcome.ELIGIBLE, "183000.00", LimitKind.REQUESTED,
                    "RDZ-GRANT-REQUESTED INFO"),
            new Expected("tgz-jerichower-land-2019.json", Outcome.ELIGIBLE, "186960.00", LimitKind.RATE,
                    "RDZ-GRANT-RATE INFO", "RDZ-GRANT-REQUESTED INFO"),
            new Expected("altmarkkreis-salzwedel-2019.json", Outcome.ELIGIBLE, "200000.00", LimitKind.CEILING,
                    "RDZ-GRANT-CEILING INFO"),
            new Expected("salzlandkreis-2019.json", Outcome.ELIGIBLE, "191900.00", LimitKind.REQUESTED,
                    "RDZ-EARLY-START INFO", "RDZ-GRANT-REQUESTED INFO"),
            // --- applicant ---
            // GBR is not a legal person (docs/rules.md, "Legal forms")
            new Expected("ineligible-gbr-legal-form.json", Outcome.INELIGIBLE, "0.00", null,
                    "RDZ-APPLICANT-FORM ERROR"),
            // state SN != ST; no district given, so no district warning
            new Expected("ineligible-seat-in-saxony.json", Outcome.INELIGIBLE, "0.00", null,
                    "RDZ-APPLICANT-SEAT ERROR"),
            // "Mansfeld-Suedharz" is not spelt as in spec 5.1 ("Mansfeld-Südharz"): a warning only
            new Expected("warning-misspelt-district.json", Outcome.ELIGIBLE, "160000.00", LimitKind.RATE,
                    "RDZ-APPLICANT-SEAT WARNING", "RDZ-GRANT-RATE INFO", "RDZ-GRANT-REQUESTED INFO"),
            // --- period ---
            // last allowed end = 2019-07-01 + 24 months - 1 day = 2021-06-30; the file ends 2021-07-01
            new Expected("ineligible-project-too-long.json", Outcome.INELIGIBLE, "0.00", null,
                    "RDZ-PERIOD-DURATION ERROR"),
            // start 2019-05-01 before the decision of 2019-06-03, no approval
            new Expected("ineligible-early-start-without-approval.json", Outcome.INELIGIBLE, "0.00", null,
                    "RDZ-EARLY-START ERROR"),
            // approval of 2019-05-02 came after the start of 2019-05-01: an error, and no INFO for an approval of nothing
            new Expected("ineligible-early-start-approved-after-start.json", Outcome.INELIGIBLE, "0.00", null,
                    "RDZ-EARLY-START ERROR"),
            // --- costs ---
            // two INVESTMENT items (25,000.00 + 12,000.00) are not eligible: eligible stays 200,000.00,
            // rate limit 160,000.00 < requested 189,600.00 (80 % of the total 237,000.00) -> RATE binds
            new Expected("warning-investment-items.json", Outcome.ELIGIBLE, "160000.00", LimitKind.RATE,
                    "RDZ-COST-CATEGORY WARNING", "RDZ-COST-CATEGORY WARNING", "RDZ-GRANT-RATE INFO"),
            // only INVESTMENT and OTHER: eligible 0.00, RATE = NO_DOUBLE_FUNDING = 0.00; ineligible, so nothing binds
            new Expected("ineligible-no-eligible-costs.json", Outcome.INELIGIBLE, "0.00", null,
                    "RDZ-COST-NONE-ELIGIBLE ERROR", "RDZ-COST-CATEGORY WARNING", "RDZ-COST-CATEGORY WARNING"),
            // --- procedure ---
            // INCOMPLETE keeps the grant it would get once the gaps are closed
            new Expected("incomplete-no-sustainability-concept-no-tasks.json", Outcome.INCOMPLETE, "160000.00",
                    LimitKind.RATE, "RDZ-SUSTAINABILITY MISSING", "RDZ-TASKS MISSING", "RDZ-GRANT-RATE INFO", "RDZ-GRANT-REQUESTED INFO"),
            new Expected("warning-network-without-business-or-science.json", Outcome.ELIGIBLE, "160000.00",
                    LimitKind.RATE, "RDZ-NETWORK WARNING", "RDZ-GRANT-RATE INFO", "RDZ-GRANT-REQUESTED INFO"),
            new Expected("ineligible-negative-board-vote.json", Outcome.INELIGIBLE, "0.00", null,
                    "RDZ-BOARD-VOTE ERROR"),
            // boardVote absent = PENDING; eligible 150,000 + 49,999.5 = 199,999.50; rate limit
            // 0.80 x 199,999.50 = 159,999.60 < requested 160,000 -> RATE binds, rounded down to 159,999.00
            new Expected("pending-board-vote.json", Outcome.PENDING_BOARD_VOTE, "159999.00", LimitKind.RATE,
                    "RDZ-BOARD-VOTE INFO", "RDZ-GRANT-RATE INFO"),
            // --- other funding ---
            // 200,000.00 - 120,000.00 - 80,000.00 = 0.00 left: an error
            new Expected("ineligible-costs-covered-by-other-funding.json", Outcome.INELIGIBLE, "0.00",
                    null, "RDZ-GRANT-NO-DOUBLE-FUNDING ERROR"),
            // 200,000.00 - 30,000.00 - 15,000.50 = 154,999.50 < rate limit 160,000.00 -> 154,999.00
            new Expected("binding-no-double-funding.json", Outcome.ELIGIBLE, "154999.00", LimitKind.NO_DOUBLE_FUNDING,
                    "RDZ-GRANT-NO-DOUBLE-FUNDING INFO"),
            // --- de minimis ---
            // decided 2019-06-03 under (EU) 1407/2013: window 2017-01-01..2019-06-03 holds
            // 120,000.00 (2017-01-01) + 80,000.00 (2019-02-14) = 200,000.00 (2016-12-31 lies outside);
            // headroom 0.00: an error
            new Expected("ineligible-deminimis-ceiling-used-up-1407.json", Outcome.INELIGIBLE, "0.00",
                    null, "RDZ-DEMINIMIS ERROR"),
            // decided 2024-03-15 under (EU) 2023/2831: window after 2021-03-15 up to 2024-03-15 holds
            // 90,000.00 (2021-03-16) + 55,500.50 (2023-11-20) = 145,500.50 (2021-03-15 lies outside);
            // headroom 300,000.00 - 145,500.50 = 154,499.50 < 160,000.00 -> 154,499.00
            new Expected("binding-deminimis-2023-2831.json", Outcome.ELIGIBLE, "154499.00", LimitKind.DEMINIMIS,
                    "RDZ-DEMINIMIS INFO"),
            // decided 2031-03-03: no regulation of the call is in force, so no grant is computed at all
            new Expected("ineligible-deminimis-no-regulation-2031.json", Outcome.INELIGIBLE, "0.00", null,
                    "RDZ-DEMINIMIS ERROR"));

    static Stream<Expected> expected() {
        return EXPECTED.stream();
    }

    static Set<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(APPLICATIONS)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void exampleIsValidAndComesOutAsDocumented(Expected expected) throws IOException {
        Application application = new ApplicationJson(RULES.callIds()).read(APPLICATIONS.resolve(expected.file()));
        Assessment assessment = RULES.assess(application);

        assertThat(application.id() + ".json").as("the id names the file").isEqualTo(expected.file());
        assertThat(assessment.outcome()).isEqualTo(expected.outcome());
        assertThat(assessment.grant()).isEqualTo(new BigDecimal(expected.grant()));
        assertThat(assessment.amounts().binding()).isEqualTo(expected.binding());
        assertThat(RealCasesTest.findings(assessment)).containsExactlyElementsOf(expected.findings());
    }

    @Test
    void everyFileOfTheFolderHasAnExpectationAndEveryExpectationAFile() throws IOException {
        assertThat(filesInFolder())
                .containsExactlyInAnyOrderElementsOf(EXPECTED.stream().map(Expected::file).toList());
    }

    @Test
    void everyExampleShowsADifferentCase() {
        assertThat(EXPECTED.stream().map(Expected::file)).doesNotHaveDuplicates();
    }

    @Test
    void theReadmeTableListsEveryFileOfTheFolderOnce() throws IOException {
        Pattern file = Pattern.compile("^\\|\\s*\\[?`([^`]+\\.json)`");
        List<String> listed = Files.readAllLines(README, StandardCharsets.UTF_8).stream()
                .map(file::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(filesInFolder());
    }

    @Test
    void theReadmeTableStatesTheOutcomeAndGrantOfEveryFile() throws IOException {
        List<String> rows = Files.readAllLines(README, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("|")).toList();
        for (Expected expected : EXPECTED) {
            assertThat(rows).as(expected.file())
                    .anySatisfy(row -> assertThat(row).contains("`" + expected.file() + "`")
                            .contains(expected.outcome().name())
                            .contains(String.format(java.util.Locale.ROOT, "%,.2f", new BigDecimal(expected.grant()))));
        }
    }
}
