package io.github.foerderregeln.api;

/**
 * German legal forms of an applicant (Rechtsformen), coded by their German names.
 *
 * <p>Whether a form is eligible is a parameter of the funding call, not of this enum; this enum
 * only carries what German law says of the form itself: public or private law, whether it is a
 * legal person (juristische Person), and which general ancillary provisions (ANBest) a grant
 * decision attaches to it.
 */
public enum LegalForm implements GermanNamed {
    /** Gemeinde, Stadt, Einheitsgemeinde. */
    GEMEINDE("Gemeinde", true, true, true),
    /** Verbandsgemeinde. */
    VERBANDSGEMEINDE("Verbandsgemeinde", true, true, true),
    /** Landkreis. */
    LANDKREIS("Landkreis", true, true, true),
    /** kreisfreie Stadt. */
    KREISFREIE_STADT("kreisfreie Stadt", true, true, true),
    /** Zweckverband. */
    ZWECKVERBAND("Zweckverband", true, true, true),
    /** Anstalt des öffentlichen Rechts, Kommunalunternehmen. */
    ANSTALT_OEFFENTLICHEN_RECHTS("Anstalt des öffentlichen Rechts", true, true, false),
    /** Other Körperschaft des öffentlichen Rechts (chamber, Hochschule). */
    KOERPERSCHAFT_OEFFENTLICHEN_RECHTS("Körperschaft des öffentlichen Rechts", true, true, false),
    /** eingetragener Verein. */
    EINGETRAGENER_VEREIN("eingetragener Verein", false, true, false),
    /** GmbH, gGmbH, UG (haftungsbeschränkt). */
    GMBH("GmbH", false, true, false),
    /** Aktiengesellschaft. */
    AG("Aktiengesellschaft", false, true, false),
    /** eingetragene Genossenschaft. */
    GENOSSENSCHAFT("eingetragene Genossenschaft", false, true, false),
    /** Stiftung bürgerlichen Rechts. */
    STIFTUNG("Stiftung bürgerlichen Rechts", false, true, false),
    /** Gesellschaft bürgerlichen Rechts: not a legal person. */
    GBR("Gesellschaft bürgerlichen Rechts", false, false, false),
    /** Sole trader (Einzelunternehmen): not a legal person. */
    EINZELUNTERNEHMEN("Einzelunternehmen", false, false, false),
    /** Natural person (natürliche Person). */
    NATUERLICHE_PERSON("natürliche Person", false, false, false);

    private final String germanName;
    private final boolean publicLaw;
    private final boolean legalPerson;
    private final boolean anBestGk;

    LegalForm(String germanName, boolean publicLaw, boolean legalPerson, boolean anBestGk) {
        this.germanName = germanName;
        this.publicLaw = publicLaw;
        this.legalPerson = legalPerson;
        this.anBestGk = anBestGk;
    }

    @Override
    public String germanName() {
        return germanName;
    }

    /** Whether the form is one of public law (öffentliches Recht). */
    public boolean publicLaw() {
        return publicLaw;
    }

    /** Whether the form is a legal person (juristische Person). */
    public boolean legalPerson() {
        return legalPerson;
    }

    /**
     * Whether an applicant of this form is taken to carry on an economic activity when it does not
     * say: a GmbH, an Aktiengesellschaft and a Genossenschaft are undertakings by their form (they
     * are formed to trade), every other form is not until it says so.
     */
    public boolean undertakingByForm() {
        return this == GMBH || this == AG || this == GENOSSENSCHAFT;
    }

    /**
     * The ancillary provisions a grant to this form carries: "ANBest-Gk" for
     * Gebietskörperschaften and Zweckverbände, "ANBest-P" for everyone else (VV Nr. 5.1 zu § 44
     * LHO LSA).
     */
    public String anBest() {
        return anBestGk ? "ANBest-Gk" : "ANBest-P";
    }
}
