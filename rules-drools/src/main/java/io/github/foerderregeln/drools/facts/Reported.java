package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.Finding;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.Environment;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The findings the rules of one session reported ({@link Findings#report}), kept beside working
 * memory instead of in it. No rule reasons about a finding, so inserting one paid a fact handle and
 * a propagation through the network for nothing (docs/PERFORMANCE.md, "Findings beside working
 * memory"). One per session, held in the session's {@link Environment}, emptied when the session
 * is reused.
 */
public final class Reported {
    /** The key of a session's {@code Reported} in its {@link Environment}. */
    public static final String ENVIRONMENT_KEY = "io.github.foerderregeln.reported";

    private final List<Finding> findings = new ArrayList<>();

    /** The collector of the session {@code drools} runs in. */
    static Reported of(RuleContext drools) {
        Object reported = drools.getKieRuntime().getEnvironment().get(ENVIRONMENT_KEY);
        if (!(reported instanceof Reported collector)) {
            // A session made without one (not through the engine): a finding must not be lost.
            throw new IllegalStateException("the session has no collector of findings (" + ENVIRONMENT_KEY
                    + " in its environment): rule \"" + drools.getRule().getName() + "\" cannot report its finding");
        }
        return collector;
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    /** The findings reported since the session was made or last emptied, in the order reported. */
    public List<Finding> findings() {
        return findings;
    }

    /** Forgets every finding, for a session that is reused. */
    public void clear() {
        findings.clear();
    }
}
