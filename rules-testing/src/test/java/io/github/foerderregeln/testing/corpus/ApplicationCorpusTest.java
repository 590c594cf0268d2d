package io.github.foerderregeln.testing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.json.ApplicationJson;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A corpus is reproducible from its seed, varied across every kind of input, and survives its JSON files. */
class ApplicationCorpusTest {
    private static final List<Application> CORPUS = ApplicationCorpus.corpus(42, 3000);

    @Test
    void theSameSeedGivesTheSameApplicationsAndAnotherSeedOthers() {
        assertThat(ApplicationCorpus.corpus(42, 3000)).isEqualTo(CORPUS);
        assertThat(ApplicationCorpus.corpus(43, 50)).doesNotContainAnyElementsOf(CORPUS.subList(0, 50));
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
