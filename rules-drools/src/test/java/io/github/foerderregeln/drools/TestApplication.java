package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Applicant;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.DeMinimisAid;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.OtherFunding;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds applications for tests: starts from one that every rule accepts (a Gemeinde in the
 * Börde, 100,000.00 EUR personnel costs, 90,000.00 EUR requested, positive vote, decided
 * 2019-03-01, running 2019-04-01 to 2021-03-31) and changes one fact at a time.
 */
public final class TestApplication {
    private String id = "test-application";
    private String call = "rdz-lsa-2018";
    private LocalDate decisionDate = LocalDate.of(2019, 3, 1);
    private String name = "Stadt Beispielstadt";
    private LegalForm legalForm = LegalForm.GEMEINDE;
    private String state = "ST";
    private String district = "Börde";
    /** Null: not stated, so the legal form decides ({@code LegalForm#undertakingByForm}). */
    private Boolean economicActivity = Boolean.FALSE;
    private final List<DeMinimisAid> aid = new ArrayList<>();
    private LocalDate start = LocalDate.of(2019, 4, 1);
    private LocalDate end = LocalDate.of(2021, 3, 31);
    private Set<CentreTask> tasks = EnumSet.of(CentreTask.BUNDLING, CentreTask.DIGITAL_STRATEGY);
    private Set<PartnerSector> partners = EnumSet.of(PartnerSector.BUSINESS, PartnerSector.ADMINISTRATION);
    private boolean sustainabilityConcept = true;
    private LocalDate earlyStartApprovedOn;
    private final List<CostItem> costs = new ArrayList<>(List.of(
            new CostItem(CostCategory.PERSONNEL, new BigDecimal("100000.00"), "Personal")));
    private BigDecimal thirdParty = BigDecimal.ZERO;
    private BigDecimal otherPublic = BigDecimal.ZERO;
    private BigDecimal requested = new BigDecimal("90000.00");
    private BoardVote vote = BoardVote.POSITIVE;

    private TestApplication() {
    }

    /** An application every rule accepts: ELIGIBLE, grant 80,000.00, bound by the rate alone (90,000.00 requested). */
    public static TestApplication eligible() {
        return new TestApplication();
    }

    public TestApplication id(String value) { id = value; return this; }
    public TestApplication call(String value) { call = value; return this; }
    public TestApplication decidedOn(LocalDate value) { decisionDate = value; return this; }
    public TestApplication decidedOn(String value) { return decidedOn(LocalDate.parse(value)); }
    public TestApplication legalForm(LegalForm value) { legalForm = value; return this; }
    public TestApplication state(String value) { state = value; return this; }
    public TestApplication district(String value) { district = value; return this; }
    public TestApplication economicActivity(boolean value) { economicActivity = value; return this; }
    public TestApplication undertaking() { return economicActivity(true); }
    /** The application does not say whether the applicant carries on an economic activity. */
    public TestApplication economicActivityNotStated() { economicActivity = null; return this; }
    public TestApplication deMinimisAid(String grantedOn, String amount) {
        aid.add(new DeMinimisAid(LocalDate.parse(grantedOn), new BigDecimal(amount)));
        return this;
    }
    public TestApplication period(String startDate, String endDate) {
        start = LocalDate.parse(startDate);
        end = LocalDate.parse(endDate);
        return this;
    }
    public TestApplication tasks(CentreTask... values) { tasks = values.length == 0 ? Set.of() : EnumSet.of(values[0], values); return this; }
    public TestApplication partners(PartnerSector... values) { partners = values.length == 0 ? Set.of() : EnumSet.of(values[0], values); return this; }
    public TestApplication sustainabilityConcept(boolean value) { sustainabilityConcept = value; return this; }
    public TestApplication earlyStartApprovedOn(String value) { earlyStartApprovedOn = value == null ? null : LocalDate.parse(value); return this; }
    /** Replaces the cost plan with the given items. */
    public TestApplication costs(CostItem... items) { costs.clear(); costs.addAll(List.of(items)); return this; }
    /** Adds one item to the cost plan. */
    public TestApplication cost(CostCategory category, String amount) {
        costs.add(new CostItem(category, new BigDecimal(amount), category.germanName()));
        return this;
    }
    /** Replaces the cost plan with one item. */
    public TestApplication onlyCost(CostCategory category, String amount) {
        costs.clear();
        return cost(category, amount);
    }
    public TestApplication otherFunding(String thirdPartyAmount, String otherPublicAmount) {
        thirdParty = new BigDecimal(thirdPartyAmount);
        otherPublic = new BigDecimal(otherPublicAmount);
        return this;
    }
    public TestApplication requested(String value) { requested = new BigDecimal(value); return this; }
    public TestApplication vote(BoardVote value) { vote = value; return this; }

    public Application build() {
        return new Application(id, call, decisionDate,
                economicActivity == null ? new Applicant(name, legalForm, state, district, aid)
                        : new Applicant(name, legalForm, state, district, economicActivity, aid),
                new Project("Digitalisierungszentrum", start, end, tasks, partners, sustainabilityConcept, earlyStartApprovedOn),
                costs, new OtherFunding(thirdParty, otherPublic), requested, vote);
    }
}
