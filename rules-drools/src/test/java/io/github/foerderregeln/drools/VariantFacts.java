package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.drools.facts.CostLine;
import java.util.ArrayList;
import java.util.List;

/** What the fact-shape variant of {@link EngineVariants} reads with {@code from} instead of as facts. */
public final class VariantFacts {
    private VariantFacts() {
    }

    /** The cost items of {@code application} as numbered lines, as the engine inserts them. */
    public static List<CostLine> costLines(Application application) {
        List<CostLine> lines = new ArrayList<>(application.costs().size());
        int number = 1;
        for (CostItem item : application.costs()) {
            lines.add(new CostLine(number++, item.category(), item.amount(), item.description()));
        }
        return lines;
    }
}
