package io.github.foerderregeln.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.SettlementOutcome;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every file in {@code examples/settlements/} is valid input and comes out as the table below;
 * examples/README.md lists every file. The figures of the five worked cases are worked out by hand
 * in {@link SettlementRulesTest}.
 */
class ExampleSettlementsTest {
    private static final Path DIR = Path.of("..", "examples", "settlements");
    private static final Path README = Path.of("..", "examples", "README.md");
    private static final SettlementJson READER = new SettlementJson(RuleAssertions.RULES.callIds());

    record Expected(String file, SettlementOutcome outcome, String finalGrant, String refund, String refundInterest,
            String lateUseInterest, String... findings) {
        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Expected> EXPECTED = List.of(
            new Expected("case-a-as-planned.json", SettlementOutcome.BALANCED, "170320.00", "0.00", "0.00", "0.00",
                    "SET-GRANT-CAP INFO", "SET-RATE INFO", "SET-RETENTION INFO"),
            // 10,320.00 x 4.12 x 274 / 36,500 = 319.18
            new Expected("case-b-less-spent.json", SettlementOutcome.REFUND, "160000.00", "10320.00", "319.18", "0.00",
                    "SET-REFUND WARNING", "SET-REFUND-INTEREST WARNING", "SET-RATE INFO", "SET-RETENTION INFO"),
            new Expected("case-c-category-over-tolerance.json", SettlementOutcome.BALANCED, "170320.00", "0.00", "0.00",
                    "0.00", "SET-CATEGORY-OVERRUN WARNING", "SET-GRANT-CAP INFO", "SET-RETENTION INFO"),
            // (32,000 x 149 + 36,000 x 241) x 4.12 / 36,500 = 1,517.51
            new Expected("case-d-drawn-too-early.json", SettlementOutcome.BALANCED, "170320.00", "0.00", "0.00",
                    "1517.51", "SET-LATE-USE-INTEREST WARNING", "SET-GRANT-CAP INFO", "SET-RATE INFO", "SET-RETENTION INFO"),
            new Expected("case-e-late-proof.json", SettlementOutcome.BALANCED, "170320.00", "0.00", "0.00", "0.00",
                    "SET-PROOF-LATE WARNING", "SET-GRANT-CAP INFO", "SET-RATE INFO", "SET-RETENTION INFO"),
            new Expected("outside-period.json", SettlementOutcome.BALANCED, "170320.00", "0.00", "0.00", "0.00",
                    "SET-PERIOD WARNING", "SET-GRANT-CAP INFO", "SET-RATE INFO", "SET-RETENTION INFO"),
            new Expected("category-not-funded.json", SettlementOutcome.BALANCED, "170320.00", "0.00", "0.00", "0.00",
                    "SET-CATEGORY WARNING", "SET-GRANT-CAP INFO", "SET-RATE INFO", "SET-RETENTION INFO"),
            // 170,320.00 x (212,900.00 - 10,645.00) / 212,900.00 = 161,804.00; the last payment, 21,160.00 of
            // 2020-09-15, is partly refunded: 8,516.00 x 4.12 x 351 / 36,500 = 337.40
            new Expected("new-cover.json", SettlementOutcome.REFUND, "161804.00", "8516.00", "337.40", "0.00",
                    "SET-NEW-COVER INFO", "SET-REFUND WARNING", "SET-REFUND-INTEREST WARNING", "SET-RETENTION INFO"),
            // 150,000.00 - 50,000.00 = 100,000.00 < 0.8 x 150,000.00 = 120,000.00
            new Expected("double-funding.json", SettlementOutcome.BALANCED, "100000.00", "0.00", "0.00", "0.00",
                    "SET-NO-DOUBLE-FUNDING INFO", "SET-RETENTION INFO"),
            new Expected("final-payment.json", SettlementOutcome.FINAL_PAYMENT, "170320.00", "0.00", "0.00", "0.00",
                    "SET-REFUND INFO", "SET-GRANT-CAP INFO", "SET-RATE INFO", "SET-RETENTION INFO"),
            new Expected("base-rate-unknown.json", SettlementOutcome.INCOMPLETE, "160000.00", "10320.00", "0.00", "0.00",
                    "SET-BASE-RATE MISSING", "SET-REFUND WARNING", "SET-RATE INFO", "SET-RETENTION INFO"));

    static List<Expected> expected() {
        return EXPECTED;
    }

    @ParameterizedTest
    @MethodSource("expected")
    void everyExampleSettlementComesOutAsDocumented(Expected expected) throws IOException {
        SettlementResult r = RuleAssertions.RULES.settle(READER.readSettlement(DIR.resolve(expected.file())));
        assertThat(r.outcome()).isEqualTo(expected.outcome());
        assertThat(r.amounts().finalGrant()).isEqualTo(new BigDecimal(expected.finalGrant()));
        assertThat(r.amounts().refund()).isEqualTo(new BigDecimal(expected.refund()));
        assertThat(r.amounts().refundInterest()).isEqualTo(new BigDecimal(expected.refundInterest()));
        assertThat(r.amounts().lateUseInterest()).isEqualTo(new BigDecimal(expected.lateUseInterest()));
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.severity())
                .containsExactlyInAnyOrder(expected.findings());
    }

    @Test
    void theReadmeListsEveryExampleSettlementAndTheTableEveryFile() throws IOException {
        String readme = Files.readString(README);
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(EXPECTED.stream().map(Expected::file).toList());
            assertThat(names).allSatisfy(name -> assertThat(readme).contains("settlements/" + name));
        }
    }

}
