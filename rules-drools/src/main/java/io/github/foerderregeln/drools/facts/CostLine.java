package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.CostCategory;
import java.math.BigDecimal;

/**
 * One cost item with its place in the cost plan, so that a finding can say which item it means.
 *
 * @param number the item's number in the cost plan, from 1
 * @param category its category; not null
 * @param amount its amount in EUR; not null
 * @param description its description; not null
 */
public record CostLine(int number, CostCategory category, BigDecimal amount, String description) {
}
