package io.github.foerderregeln.testing.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.json.SettlementJson;
import io.github.foerderregeln.api.settlement.Settlement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A settlement corpus is reproducible from its seed, survives its JSON files, and sizes a proof of
 * use as asked. What it reaches of the rules is counted against the rules themselves, in the
 * differential test of the engine.
 */
class SettlementCorpusTest {
    private static final SettlementCorpus RDZ = SettlementCorpus.of(bundledCall());
    private static final List<Settlement> CORPUS = RDZ.corpus(42, 2000);

    private static FundingCall bundledCall() {
        return ApplicationCorpusTest.bundledCall();
    }

    @Test
    void theSameSeedGivesTheSameSettlementsAndAnotherSeedOthers() {
        assertThat(SettlementCorpus.of(bundledCall()).corpus(42, 2000)).isEqualTo(CORPUS);
        assertThat(RDZ.corpus(43, 50)).doesNotContainAnyElementsOf(CORPUS.subList(0, 50));
        assertThat(CORPUS).extracting(Settlement::id).startsWith("settlement-42-0", "settlement-42-1");
    }

    @Test
    void everySettlementReadsBackFromItsJsonAsItWasWritten() {
        SettlementJson json = new SettlementJson(Set.of("rdz-lsa-2018"));
        assertThat(CORPUS).allSatisfy(settlement -> assertThat(json.readSettlement(
                SettlementJson.toJson(settlement).getBytes(StandardCharsets.UTF_8), settlement.id())).isEqualTo(settlement));
    }

    @Test
    void aSettlementOfAGivenSizeHasExactlyThoseItemsAndPayments() {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Settlement settlement = RDZ.settlement(random, "large-" + i, 200, 24);
            assertThat(settlement.expenditure()).hasSize(200);
            assertThat(settlement.payments()).hasSize(24);
        }
    }

    @Test
    void aCallWithoutSettlementParametersHasNoSettlementCorpus() {
        FundingCall call = bundledCall();
        FundingCall withoutSettlement = new FundingCall(call.id(), call.title(), call.version(), call.fundingRate(),
                call.maxGrant(), call.maxDurationMonths(), call.eligibleCostCategories(), call.eligibleLegalForms(),
                call.seatState(), call.districts(), call.grantRounding(), call.minGrant(), call.deMinimisRegulations());
        assertThatThrownBy(() -> SettlementCorpus.of(withoutSettlement)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no settlement parameters");
    }
}
