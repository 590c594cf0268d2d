package io.github.foerderregeln.api.internal;

import java.util.Set;

/** The ISO 3166-2:DE codes of the German Länder, the values {@code applicant.state} may take. */
public final class Subdivisions {
    /** BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH. */
    public static final Set<String> GERMAN_LAENDER = Set.of(
            "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH");

    private Subdivisions() {
    }

    /** The problem with a state code, or null when it is one of the 16 Länder. */
    public static String problem(String state) {
        return GERMAN_LAENDER.contains(state) ? null
                : "unknown code '" + io.github.foerderregeln.api.internal.BoundedInput.show(state) + "' (expected the ISO 3166-2:DE code of a Land, such as ST)";
    }
}
