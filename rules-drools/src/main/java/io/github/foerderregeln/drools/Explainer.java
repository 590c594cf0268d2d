package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.internal.Messages;
import io.github.foerderregeln.api.settlement.SettlementExplanation;
import io.github.foerderregeln.api.settlement.SettlementResult;
import io.github.foerderregeln.drools.facts.Findings;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Builds the explanation of an assessment or a settlement: the assessment itself says what was decided and the
 * findings carry their hints; what only the rule base knows is the reference of a rule id that
 * fired without a finding (a check that passed, a limit that did not bind).
 */
final class Explainer {
    private Explainer() {
    }

    static Explanation explain(Assessment assessment, KieBase kieBase) {
        return Explanation.of(assessment, references(kieBase));
    }

    /** The explanation of a settlement, with the same references for its rules that fired without a finding. */
    static SettlementExplanation explain(SettlementResult result, KieBase kieBase) {
        return SettlementExplanation.of(result, references(kieBase));
    }

    /**
     * The reference of each rule id, from the rules that report nothing (the check that passed,
     * the limit set): their references have no figures to fill. Among several such rules of one
     * id, the first by rule name, so the choice never depends on how Drools stores them.
     */
    static Map<String, String> references(KieBase kieBase) {
        Map<String, Rule> chosen = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                Object id = meta.get(Findings.ID);
                Object reference = meta.get(Findings.REFERENCE);
                if (id == null || reference == null || meta.containsKey(Findings.SEVERITY)
                        || !Messages.figureNames(reference.toString()).isEmpty()) {
                    continue;
                }
                chosen.merge(id.toString(), rule,
                        (a, b) -> Comparator.comparing(Rule::getName).compare(a, b) <= 0 ? a : b);
            }
        }
        Map<String, String> references = new HashMap<>();
        chosen.forEach((id, rule) -> references.put(id, rule.getMetaData().get(Findings.REFERENCE).toString()));
        return references;
    }
}
