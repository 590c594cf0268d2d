package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.internal.Checks;

/**
 * The recipient of a grant (Zuwendungsempfänger).
 *
 * @param name its name; not null, not blank
 * @param legalForm its legal form; not null
 */
public record Recipient(String name, LegalForm legalForm) {
    public Recipient {
        Checks.require("name", Checks.notBlank(name));
        Checks.nonNull(legalForm, "legalForm");
    }
}
