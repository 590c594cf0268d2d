package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.byLessThan;

import io.github.foerderregeln.api.Amounts;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Outcome;
import io.github.foerderregeln.api.json.ApplicationJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five real cases of docs/rules.md, "Real cases", read from the bundled example files. Every
 * expected figure is worked out by hand from docs/rules.md (80 % rate, 200,000.00 ceiling, amount
 * requested, no double funding, de-minimis headroom; lowest limit rounded down to whole euros);
 * the press figures examples/README.md cites are checked separately for plausibility.
 */
class RealCasesTest {
    static final Path APPLICATIONS = Path.of("..", "examples", "applications");
    private static final FundingRules RULES = FundingRules.load();

    /** The rule ids that fire for every application whose grant is computed (helper-common decisions). */
    static final Set<String> ALWAYS_FIRED = Set.of("RDZ-APPLICANT-FORM", "RDZ-APPLICANT-SEAT", "RDZ-PERIOD-DURATION",
            "RDZ-EARLY-START", "RDZ-COST-CATEGORY", "RDZ-COST-NONE-ELIGIBLE", "RDZ-SUSTAINABILITY", "RDZ-TASKS",
            "RDZ-NETWORK", "RDZ-BOARD-VOTE", "RDZ-GRANT-RATE", "RDZ-GRANT-CEILING", "RDZ-GRANT-REQUESTED",
            "RDZ-GRANT-NO-DOUBLE-FUNDING", "RDZ-GRANT-ROUNDING", "RDZ-GRANT-MINIMUM");

    static Assessment assess(String file) throws IOException {
        Application application = new ApplicationJson(RULES.callIds()).read(APPLICATIONS.resolve(file));
        return RULES.assess(application);
    }

    /** Findings as "RULE-ID SEVERITY", in the reported order (severity, then rule id). */
    static List<String> findings(Assessment assessment) {
        return assessment.findings().stream().map(f -> f.ruleId() + " " + f.severity()).toList();
    }

    static BigDecimal limit(Assessment assessment, LimitKind kind) {
        return assessment.amounts().limit(kind).map(Limit::amount).orElseThrow();
    }

    static void assertAmounts(Amounts amounts, String total, String eligible, String grant, String ownShare,
            String fundingRate, LimitKind binding) {
        assertThat(amounts.totalCosts()).isEqualByComparingTo(total);
        assertThat(amounts.eligibleCosts()).isEqualByComparingTo(eligible);
        assertThat(amounts.nonEligibleCosts()).isEqualByComparingTo(new BigDecimal(total).subtract(new BigDecimal(eligible)));
        assertThat(amounts.grant()).isEqualTo(new BigDecimal(grant));
        assertThat(amounts.ownShare()).isEqualTo(new BigDecimal(ownShare));
        assertThat(amounts.fundingRate()).isEqualTo(new BigDecimal(fundingRate));
        assertThat(amounts.binding()).isEqualTo(binding);
    }

    @Test
    @DisplayName("Stadt Haldensleben, Bescheid 16.01.2019: 170.320 EUR Zuwendung, 42.580 EUR Eigenanteil (80 %)")
    void haldenslebenGetsExactlyEightyPercentOfItsEligibleCosts() throws IOException {
        Assessment assessment = assess("haldensleben-2019.json");

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        // eligible = 160,000.00 personnel + 52,900.00 material = 212,900.00
        // rate limit = 0.80 x 212,900.00 = 170,320.00 = requested 170,320.00: both bind, RATE named first
        // own share = 212,900.00 - 170,320.00 = 42,580.00; rate = 170,320 / 212,900 = 0.8000
        assertAmounts(assessment.amounts(), "212900.00", "212900.00", "170320.00", "42580.00", "0.8000", LimitKind.RATE);
        assertThat(limit(assessment, LimitKind.RATE)).isEqualByComparingTo("170320.00");
        assertThat(limit(assessment, LimitKind.REQUESTED)).isEqualByComparingTo("170320.00");
        assertThat(findings(assessment)).containsExactly("RDZ-GRANT-RATE INFO", "RDZ-GRANT-REQUESTED INFO");
        assertThat(assessment.rulesFired()).containsExactlyInAnyOrderElementsOf(ALWAYS_FIRED);
    }

    @Test
    @DisplayName("Stadt Merseburg (Saalekreis), Jan. 2019: rund 183.000 EUR, Eigenanteil knapp 46.000 EUR")
    void merseburgIsBoundByTheAmountItRequested() throws IOException {
        Assessment assessment = assess("merseburg-2019.json");

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        // eligible = 171,600.00 + 57,360.00 = 228,960.00; rate limit = 0.80 x 228,960.00 = 183,168.00
        // requested 183,000.00 < 183,168.00 < ceiling 200,000.00 -> REQUESTED binds, grant 183,000.00
        // own share = 228,960.00 - 183,000.00 = 45,960.00
        // rate = 183,000 / 228,960 = 0.799266... -> 0.7993 (half up)
        assertAmounts(assessment.amounts(), "228960.00", "228960.00", "183000.00", "45960.00", "0.7993", LimitKind.REQUESTED);
        assertThat(limit(assessment, LimitKind.RATE)).isEqualByComparingTo("183168.00");
        assertThat(findings(assessment)).containsExactly("RDZ-GRANT-REQUESTED INFO");
        assertThat(assessment.findings("RDZ-GRANT-REQUESTED").get(0).figures())
                .containsEntry("requested", new BigDecimal("183000.00"));
        assertThat(assessment.rulesFired()).containsExactlyInAnyOrderElementsOf(ALWAYS_FIRED);
    }

    @Test
    @DisplayName("TGZ Jerichower Land GmbH, April 2019: knapp 187.000 EUR, De-minimis geprüft (VO (EU) 1407/2013)")
    void tgzJerichowerLandIsCheckedForDeMinimisAidButTheRateBinds() throws IOException {
        Assessment assessment = assess("tgz-jerichower-land-2019.json");

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        // eligible = 176,000.00 + 57,700.00 = 233,700.00; rate limit = 0.80 x 233,700.00 = 186,960.00 = requested
        // de-minimis (decided 2019-04-24, the day the Bescheid was handed over, so (EU) 1407/2013): window
        // 2017-01-01..2019-04-24 holds the 8,500.00 of 2017-06-15; headroom = 200,000.00 - 8,500.00 = 191,500.00 > 186,960.00, so it does not bind
        // own share = 233,700.00 - 186,960.00 = 46,740.00; rate 0.8000
        assertAmounts(assessment.amounts(), "233700.00", "233700.00", "186960.00", "46740.00", "0.8000", LimitKind.RATE);
        assertThat(limit(assessment, LimitKind.DEMINIMIS)).isEqualByComparingTo("191500.00");
        assertThat(findings(assessment)).containsExactly("RDZ-GRANT-RATE INFO", "RDZ-GRANT-REQUESTED INFO");
        assertThat(assessment.rulesFired()).contains("RDZ-DEMINIMIS");
        Set<String> fired = new java.util.HashSet<>(ALWAYS_FIRED);
        fired.add("RDZ-DEMINIMIS");
        assertThat(assessment.rulesFired()).containsExactlyInAnyOrderElementsOf(fired);
    }

    @Test
    @DisplayName("Altmarkkreis Salzwedel, Bescheid 29.04.2019: 200.000 EUR (Höchstbetrag), Eigenanteil rund 63.000 EUR")
    void altmarkkreisSalzwedelIsCutToTheCeiling() throws IOException {
        Assessment assessment = assess("altmarkkreis-salzwedel-2019.json");

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        // eligible = 198,000.00 + 65,000.00 = 263,000.00; rate limit = 0.80 x 263,000.00 = 210,400.00 = requested
        // ceiling 200,000.00 < 210,400.00 -> CEILING binds; own share = 263,000.00 - 200,000.00 = 63,000.00
        // rate = 200,000 / 263,000 = 0.760456... -> 0.7605
        assertAmounts(assessment.amounts(), "263000.00", "263000.00", "200000.00", "63000.00", "0.7605", LimitKind.CEILING);
        assertThat(limit(assessment, LimitKind.RATE)).isEqualByComparingTo("210400.00");
        assertThat(findings(assessment)).containsExactly("RDZ-GRANT-CEILING INFO");
        assertThat(assessment.rulesFired()).containsExactlyInAnyOrderElementsOf(ALWAYS_FIRED);
    }

    @Test
    @DisplayName("Altmarkkreis Salzwedel: 01.07.2019 bis 30.06.2021 sind genau 24 Monate und damit zulässig")
    void altmarkkreisProjectOfExactlyTwentyFourMonthsIsAllowed() throws IOException {
        Application application = new ApplicationJson(RULES.callIds())
                .read(APPLICATIONS.resolve("altmarkkreis-salzwedel-2019.json"));
        // 2019-07-01 + 24 months - 1 day = 2021-06-30, the last day allowed (docs/rules.md, RDZ-PERIOD-DURATION)
        assertThat(application.project().end())
                .isEqualTo(application.project().start().plusMonths(24).minusDays(1));
        assertThat(RULES.assess(application).findings("RDZ-PERIOD-DURATION")).isEmpty();
    }

    @Test
    @DisplayName("Salzlandkreis, April 2019: knapp 192.000 EUR nach vorzeitigem Maßnahmebeginn zum 01.04.2019")
    void salzlandkreisStartedEarlyWithApprovalAndIsBoundByTheAmountRequested() throws IOException {
        Assessment assessment = assess("salzlandkreis-2019.json");

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        // eligible = 212,000.00 + 64,800.00 = 276,800.00; rate limit = 0.80 x 276,800.00 = 221,440.00
        // requested 191,900.00 < ceiling 200,000.00 < 221,440.00 -> REQUESTED binds
        // own share = 276,800.00 - 191,900.00 = 84,900.00; rate = 191,900 / 276,800 = 0.693280... -> 0.6933
        assertAmounts(assessment.amounts(), "276800.00", "276800.00", "191900.00", "84900.00", "0.6933", LimitKind.REQUESTED);
        // start 2019-04-01 lies before the decision of 2019-04-16, but the early start was approved
        // on 2019-03-20, before the start: no error, only the INFO that the approval creates no claim
        assertThat(findings(assessment)).containsExactly("RDZ-EARLY-START INFO", "RDZ-GRANT-REQUESTED INFO");
        Finding early = assessment.findings("RDZ-EARLY-START").get(0);
        assertThat(early.figures()).containsEntry("approvedOn", java.time.LocalDate.of(2019, 3, 20));
        assertThat(assessment.rulesFired()).containsExactlyInAnyOrderElementsOf(ALWAYS_FIRED);
    }

    /**
     * The press rounded ("rund", "knapp", "about"); the exact inputs of the example files must
     * lie within 1,000 EUR of every figure the press gave (examples/README.md, "Real cases"). Haldensleben's
     * figures are exact in the press, so they must match to the cent.
     */
    @ParameterizedTest(name = "{0}: grant {1}, own share {2}, costs {3}")
    @CsvSource(textBlock = """
            # file,                            press grant, press own share, press total,  tolerance
            haldensleben-2019.json,            170320,      42580,           212900,       0
            merseburg-2019.json,               183000,      46000,           229000,       1000
            tgz-jerichower-land-2019.json,     187000,      47000,           234000,       1000
            altmarkkreis-salzwedel-2019.json,  200000,      63000,           263000,       1000
            salzlandkreis-2019.json,           192000,      85000,           277000,       1000
            """)
    void exampleFiguresAgreeWithThePress(String file, BigDecimal pressGrant, BigDecimal pressOwnShare,
            BigDecimal pressTotal, BigDecimal tolerance) throws IOException {
        Amounts amounts = assess(file).amounts();
        List<BigDecimal[]> pairs = new ArrayList<>();
        pairs.add(new BigDecimal[] {amounts.grant(), pressGrant});
        pairs.add(new BigDecimal[] {amounts.ownShare(), pressOwnShare});
        pairs.add(new BigDecimal[] {amounts.totalCosts(), pressTotal});
        for (BigDecimal[] pair : pairs) {
            if (tolerance.signum() == 0) {
                assertThat(pair[0]).isEqualByComparingTo(pair[1]);
            } else {
                assertThat(pair[0]).isCloseTo(pair[1], byLessThan(tolerance));
            }
        }
    }

    @Test
    @DisplayName("Altmarkkreis: Eigenanteil rund 24 %; Salzlandkreis: Förderquote rund 69 %")
    void ownShareAndRateAgreeWithThePressPercentages() throws IOException {
        Amounts altmark = assess("altmarkkreis-salzwedel-2019.json").amounts();
        // 63,000 / 263,000 = 0.2395 -> "about 24 %"
        assertThat(altmark.ownShare().divide(altmark.eligibleCosts(), 4, java.math.RoundingMode.HALF_UP))
                .isCloseTo(new BigDecimal("0.24"), byLessThan(new BigDecimal("0.005")));
        // 191,900 / 276,800 = 0.6933 -> "about 69 %"
        assertThat(assess("salzlandkreis-2019.json").amounts().fundingRate())
                .isCloseTo(new BigDecimal("0.69"), byLessThan(new BigDecimal("0.005")));
    }
}
