package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An application for a grant under a funding call, as of the date it is decided on.
 *
 * @param id the application's identifier; not null, not blank
 * @param callId the funding call applied to, such as {@code rdz-lsa-2018}; not null
 * @param decisionDate the date the assessment is made for (Entscheidungsdatum), in the years 0001 to 9999; not null
 * @param applicant the applicant; not null
 * @param project the project; not null
 * @param costs the cost plan, at least one item; not null, copied
 * @param otherFunding other money for the same costs; not null
 * @param requestedGrant the grant applied for in EUR, greater than 0, at most two decimals; not null
 * @param boardVote the vote of the Digitalisierungsbeirat; not null ({@link BoardVote#PENDING} when none was given)
 */
public record Application(String id, String callId, LocalDate decisionDate, Applicant applicant, Project project,
        List<CostItem> costs, OtherFunding otherFunding, BigDecimal requestedGrant, BoardVote boardVote) {
    public Application {
        Checks.require("id", Checks.notBlank(id));
        Checks.require("call", Checks.notBlank(callId));
        Checks.require("decisionDate", Checks.date(Checks.nonNull(decisionDate, "decisionDate")));
        Checks.nonNull(applicant, "applicant");
        Checks.nonNull(project, "project");
        costs = List.copyOf(Checks.nonNull(costs, "costs"));
        if (costs.isEmpty()) {
            throw new IllegalArgumentException("costs must have at least one item");
        }
        Checks.nonNull(otherFunding, "otherFunding");
        Checks.require("requestedGrant", Checks.money(Checks.nonNull(requestedGrant, "requestedGrant"), false));
        requestedGrant = Checks.cents(requestedGrant);
        Checks.nonNull(boardVote, "boardVote");
    }
}
