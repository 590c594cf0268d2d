package io.github.foerderregeln.drools;

import io.github.foerderregeln.drools.facts.Findings;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records the id of each rule as it fires, once, in the order of first firing, and counts the
 * firings, so that an assessment whose rules do not come to an end can name the rule that kept
 * firing. One per session, cleared when the session is reused.
 */
final class FiredRules extends DefaultAgendaEventListener {
    private final Set<String> ids = new LinkedHashSet<>();
    private int firings;
    private Rule last;
    /**
     * Firings after this many are counted by rule. Normal assessments never get there, so they
     * pay one comparison per firing; a runaway spends its second half being counted.
     */
    private int countFrom = Integer.MAX_VALUE;
    private final Map<Rule, int[]> counts = new HashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        ids.add(Findings.ruleId(rule));
        last = rule;
        if (++firings > countFrom) {
            counts.computeIfAbsent(rule, r -> new int[1])[0]++;
        }
    }

    /** Counts firings by rule once more than half of {@code maxFirings} have fired. */
    void bound(int maxFirings) {
        countFrom = maxFirings / 2;
    }

    /** Forgets the rules recorded, for a session that is reused. */
    void clear() {
        ids.clear();
        firings = 0;
        last = null;
        counts.clear();
    }

    List<String> ids() {
        return List.copyOf(ids);
    }

    /**
     * Which rule kept firing: the one that fired most since the counting began, with its id and
     * how often, and the rule that fired last when it is another.
     */
    String runaway() {
        Rule most = null;
        int mostFirings = 0;
        int counted = 0;
        for (Map.Entry<Rule, int[]> entry : counts.entrySet()) {
            counted += entry.getValue()[0];
            if (entry.getValue()[0] > mostFirings) {
                most = entry.getKey();
                mostFirings = entry.getValue()[0];
            }
        }
        if (most == null) {
            return last == null ? "no rule fired" : "the rule " + describe(last) + " fired last";
        }
        String text = "the rule " + describe(most) + " fired " + mostFirings + " of the last " + counted + " times";
        return most.equals(last) ? text + ", and last" : text + "; the rule " + describe(last) + " fired last";
    }

    private static String describe(Rule rule) {
        Object id = rule.getMetaData().get(Findings.ID);
        return "\"" + rule.getName() + "\"" + (id == null ? "" : " (" + id + ")") + " in " + rule.getPackageName();
    }
}
