package io.github.foerderregeln.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.Applicant;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.DeMinimisAid;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.OtherFunding;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Project;
import io.github.foerderregeln.api.json.FundingCallJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks of an application built in Java that need the call: its id is known, its decision
 * date is on or after 2017-12-01 (when the call's parameters apply), and it stays within the
 * input bounds.
 */
class ApplicationValidatorTest {
    private static Map<String, FundingCall> calls;

    @BeforeAll
    static void readBundledCall() throws IOException {
        Path file = Path.of("..", "rules-drools", "src", "main", "resources", "io", "github", "foerderregeln", "drools",
                "ruleset", "calls", "rdz-lsa-2018.json");
        FundingCall call = FundingCallJson.read(Files.readAllBytes(file), file.toString());
        calls = Map.of(call.id(), call);
    }

    private static Application application(String callId, LocalDate decisionDate, int costItems, int aidEntries) {
        List<CostItem> costs = Collections.nCopies(costItems, new CostItem(CostCategory.PERSONNEL, BigDecimal.ONE, ""));
        List<DeMinimisAid> aid = Collections.nCopies(aidEntries, new DeMinimisAid(LocalDate.of(2017, 1, 1), BigDecimal.ONE));
        return new Application("a-1", callId, decisionDate,
                new Applicant("Stadt Beispielstadt", LegalForm.GEMEINDE, "ST", null, false, aid),
                new Project("", decisionDate, decisionDate.plusYears(1), Set.of(), Set.of(), true, null),
                costs, OtherFunding.NONE, new BigDecimal("0.80"), BoardVote.POSITIVE);
    }

    private static List<String> fields(Application application) {
        return ApplicationValidator.problems(application, calls).stream().map(Problem::field).toList();
    }

    @ParameterizedTest(name = "decided {0}: problems {1}")
    @CsvSource({"2017-11-30, decisionDate", "2017-12-01, ''", "2017-12-02, ''", "2019-01-16, ''"})
    @DisplayName("The call's parameters apply from 2017-12-01: an earlier decision date is invalid input")
    void aDecisionBeforeTheCallAppliesIsNamed(LocalDate decisionDate, String expected) {
        assertThat(fields(application("rdz-lsa-2018", decisionDate, 1, 0)))
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void anUnknownCallIsNamed() {
        Application application = application("rdz-lsa-2019", LocalDate.of(2019, 1, 16), 1, 0);

        assertThat(ApplicationValidator.problems(application, calls)).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("call"))
                .satisfies(p -> assertThat(p.message()).contains("rdz-lsa-2019").contains("rdz-lsa-2018"));
    }

    @ParameterizedTest(name = "{0} cost items, {1} aid entries: problems {2}")
    @CsvSource({"1000, 1000, ''", "1001, 0, costs", "1, 1001, applicant.deMinimisAid"})
    void atMostAThousandCostItemsAndAidEntries(int costItems, int aidEntries, String expected) {
        assertThat(fields(application("rdz-lsa-2018", LocalDate.of(2019, 1, 16), costItems, aidEntries)))
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void checkThrowsOneExceptionNamingTheApplicationAndEveryProblem() {
        Application application = application("rdz-lsa-2018", LocalDate.of(2017, 11, 30), 1001, 1001);

        assertThatThrownBy(() -> ApplicationValidator.check(application, calls))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
                    assertThat(e.source()).isEqualTo("a-1");
                    assertThat(e.problems()).extracting(Problem::field)
                            .containsExactlyInAnyOrder("decisionDate", "costs", "applicant.deMinimisAid");
                });
        assertThat(new ArrayList<>(fields(application("rdz-lsa-2018", LocalDate.of(2019, 1, 16), 1, 0)))).isEmpty();
    }
}
