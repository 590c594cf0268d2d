package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.LegalForm;

/** The general ancillary provisions a grant decision attaches (Anlagen zu VV Nr. 5.1 zu § 44 LHO LSA). */
public enum Conditions {
    /** ANBest-Gk: for Gebietskörperschaften and Zweckverbände. */
    ANBEST_GK("ANBest-Gk"),
    /** ANBest-P: for every other recipient. */
    ANBEST_P("ANBest-P");

    private final String germanName;

    Conditions(String germanName) {
        this.germanName = germanName;
    }

    /** The name a Bescheid uses, such as {@code ANBest-Gk}. */
    public String germanName() {
        return germanName;
    }

    /** The provisions a grant to a recipient of {@code form} carries. */
    public static Conditions of(LegalForm form) {
        return form.anBest().equals("ANBest-Gk") ? ANBEST_GK : ANBEST_P;
    }
}
