package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.CostCategory;
import java.util.Set;

/**
 * The cost categories the call funds, on the grant decision's date: a settlement's own fact, so
 * that no rule of an assessment (which reads {@code CallTerms}) fires in a settlement.
 *
 * @param categories the categories; not null, copied
 */
public record FundedCategories(Set<CostCategory> categories) {
    public FundedCategories {
        categories = Set.copyOf(categories);
    }
}
