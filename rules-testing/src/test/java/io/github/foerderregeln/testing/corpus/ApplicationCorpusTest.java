package io.github.foerderregeln.testing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.DatedValues;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.GrantRounding;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.api.json.FundingCallJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A corpus is reproducible from its seed, varied across every kind of input, drawn from the call's
 * parameters, and survives its JSON files.
 */
class ApplicationCorpusTest {
    /** The bundled call's data file, as the repository holds it. */
    private static final Path BUNDLED_CALL =
            Path.of("../rules-drools/src/main/resources/io/github/foerderregeln/drools/ruleset/calls/rdz-lsa-2018.json");
    private static final ApplicationCorpus RDZ = ApplicationCorpus.of(bundledCall());
    private static final List<Application> CORPUS = RDZ.corpus(42, 3000);

    /** The bundled call as the repository holds it; the settlement corpus's test reads it here too. */
    static FundingCall bundledCall() {
        try {
            return FundingCallJson.read(Files.readAllBytes(BUNDLED_CALL), BUNDLED_CALL.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSameSeedGivesTheSameApplicationsAndAnotherSeedOthers() {
        assertThat(ApplicationCorpus.of(bundledCall()).corpus(42, 3000)).isEqualTo(CORPUS);
        assertThat(RDZ.corpus(43, 50)).doesNotContainAnyElementsOf(CORPUS.subList(0, 50));
    }

    @Test
    void decisionsRunFromTheFirstDayOfTheCallToHalfAYearAfterItsLastRegulationEnds() {
        assertThat(RDZ.firstDecisionDate()).isEqualTo(LocalDate.of(2017, 12, 1));
        assertThat(RDZ.lastDecisionDate()).isEqualTo(LocalDate.of(2031, 6, 30));
        assertThat(CORPUS).allSatisfy(a -> assertThat(a.decisionDate()).isBetween(RDZ.firstDecisionDate(), RDZ.lastDecisionDate()))
                .anyMatch(a -> a.decisionDate().equals(RDZ.firstDecisionDate()))
                .anyMatch(a -> a.decisionDate().equals(LocalDate.of(2023, 12, 31)))
                .anyMatch(a -> a.decisionDate().equals(LocalDate.of(2024, 1, 1)));
    }

    /**
     * Another call, with another rate, ceiling, duration, Land, districts and legal forms: the
     * corpus follows it, so a policy change in the call data moves the corpus with it.
     */
    @Test
    void theCorpusIsDrawnFromTheCallsParameters() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        FundingCall other = new FundingCall("other-call", "Another call", "1", DatedValues.of("fundingRate", from,
                new BigDecimal("0.50"), "s"), DatedValues.of("maxGrant", from, new BigDecimal("100000.00"), "s"),
                DatedValues.of("maxDurationMonths", from, 12, "s"),
                DatedValues.of("eligibleCostCategories", from, Set.of(CostCategory.PERSONNEL), "s"),
                DatedValues.of("eligibleLegalForms", from, Set.of(LegalForm.GMBH, LegalForm.AG), "s"),
                DatedValues.of("seatState", from, "SN", "s"),
                DatedValues.of("districts", from, Set.of("Nordkreis", "Südkreis"), "s"),
                DatedValues.of("grantRounding", from, new GrantRounding(2, RoundingMode.DOWN), "s"),
                DatedValues.of("minGrant", from, new BigDecimal("1.00"), "s"), List.of());
        List<Application> corpus = ApplicationCorpus.of(other).corpus(7, 2000);

        assertThat(corpus).allMatch(a -> a.callId().equals("other-call"))
                .allMatch(a -> !a.decisionDate().isBefore(from));
        assertThat(share(corpus, a -> Set.of(LegalForm.GMBH, LegalForm.AG).contains(a.applicant().legalForm())))
                .isBetween(0.90, 0.98);
        assertThat(share(corpus, a -> a.applicant().state().equals("SN"))).isBetween(0.93, 0.99);
        assertThat(corpus.stream().map(a -> a.applicant().district()).filter(Objects::nonNull).collect(Collectors.toSet()))
                .contains("Nordkreis", "Südkreis", "Suedkreis", "nordkreis", "")
                .allMatch(d -> d.isEmpty() || d.toLowerCase(java.util.Locale.GERMAN).contains("kreis"));
        assertThat(corpus).anyMatch(a -> a.requestedGrant().compareTo(new BigDecimal("100000.00")) == 0)
                .anyMatch(a -> a.project().end().equals(a.project().start().plusMonths(12).minusDays(1)))
                .anyMatch(a -> a.costs().stream().anyMatch(c -> c.amount().compareTo(new BigDecimal("200000.00")) == 0));
        assertThat(share(corpus, a -> a.costs().stream().allMatch(c -> c.category() == CostCategory.PERSONNEL)))
                .isGreaterThan(0.3);
    }

    private static double share(List<Application> corpus, java.util.function.Predicate<Application> condition) {
        return corpus.stream().filter(condition).count() / (double) corpus.size();
    }

    @Test
    void everyLegalFormBoardVoteAndCostCategoryOccurs() {
        assertThat(CORPUS.stream().map(a -> a.applicant().legalForm()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(LegalForm.class));
        assertThat(CORPUS.stream().map(Application::boardVote).filter(Objects::nonNull).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(BoardVote.class));
        assertThat(CORPUS.stream().flatMap(a -> a.costs().stream()).map(c -> c.category()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(CostCategory.class));
    }

    @Test
    void everyDistrictOfSachsenAnhaltOccursAndSoDoMisspeltOnes() {
        Set<String> districts = CORPUS.stream().map(a -> a.applicant().district()).filter(Objects::nonNull)
                .collect(Collectors.toSet());

        assertThat(districts).contains("Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Börde", "Burgenlandkreis",
                "Harz", "Jerichower Land", "Mansfeld-Südharz", "Saalekreis", "Salzlandkreis", "Stendal", "Wittenberg",
                "Dessau-Roßlau", "Halle (Saale)", "Magdeburg", "Boerde");
    }

    @Test
    void earlyStartsDeMinimisHistoriesAndOtherFundingOccur() {
        assertThat(CORPUS).anyMatch(a -> a.project().earlyStartApprovedOn() != null)
                .anyMatch(a -> a.project().start().isBefore(a.decisionDate()))
                .anyMatch(a -> a.applicant().economicActivity() && !a.applicant().deMinimisAid().isEmpty())
                .anyMatch(a -> a.otherFunding().total().signum() > 0)
                .anyMatch(a -> a.decisionDate().getYear() >= 2024);
    }

    @Test
    void everyApplicationReadsBackEqualFromItsJsonFile() {
        ApplicationJson reader = new ApplicationJson(Set.of("rdz-lsa-2018"));

        for (Application application : CORPUS) {
            String json = ApplicationJson.toJson(application);
            assertThat(reader.read(json.getBytes(StandardCharsets.UTF_8), application.id())).isEqualTo(application);
        }
    }
}
