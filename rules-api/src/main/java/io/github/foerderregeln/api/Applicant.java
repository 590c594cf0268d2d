package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import io.github.foerderregeln.api.internal.Subdivisions;
import java.util.List;

/**
 * The applicant (Antragsteller, later Zuwendungsempfänger).
 *
 * @param name the applicant's name; not null, not blank
 * @param legalForm its legal form; not null
 * @param state the ISO 3166-2 subdivision of its seat without the country, {@code ST} for Sachsen-Anhalt; not null
 * @param district the Landkreis or kreisfreie Stadt of its seat; null when not given
 * @param economicActivity whether it carries on an economic activity, which makes it an undertaking in EU state-aid law
 * @param deMinimisAid the de-minimis aid it was granted before; not null, copied
 */
public record Applicant(String name, LegalForm legalForm, String state, String district,
        boolean economicActivity, List<DeMinimisAid> deMinimisAid) {
    public Applicant {
        Checks.require("name", Checks.notBlank(name));
        Checks.nonNull(legalForm, "legalForm");
        Checks.require("state", Subdivisions.problem(Checks.nonNull(state, "state")));
        deMinimisAid = List.copyOf(Checks.nonNull(deMinimisAid, "deMinimisAid"));
    }

    /**
     * An applicant that does not say whether it carries on an economic activity: it does when its
     * legal form makes it an undertaking ({@link LegalForm#undertakingByForm()}).
     */
    public Applicant(String name, LegalForm legalForm, String state, String district, List<DeMinimisAid> deMinimisAid) {
        this(name, legalForm, state, district, Checks.nonNull(legalForm, "legalForm").undertakingByForm(), deMinimisAid);
    }
}
