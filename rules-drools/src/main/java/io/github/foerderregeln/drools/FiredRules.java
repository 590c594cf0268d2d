package io.github.foerderregeln.drools;

import io.github.foerderregeln.drools.facts.Findings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records the id of each rule as it fires, once, in the order of first firing. One per session, cleared when the session is reused. */
final class FiredRules extends DefaultAgendaEventListener {
    private final Set<String> ids = new LinkedHashSet<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        ids.add(Findings.ruleId(event.getMatch().getRule()));
    }

    /** Forgets the rules recorded, for a session that is reused. */
    void clear() {
        ids.clear();
    }

    List<String> ids() {
        return List.copyOf(ids);
    }
}
