package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Applicant;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.EvaluationLimits;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.OtherFunding;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Project;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RulesEvaluationException;
import io.github.foerderregeln.api.internal.Subdivisions;
import io.github.foerderregeln.api.json.FundingCallJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Whether a compiled rule set can decide: for each of its calls, an application the call admits
 * (an eligible legal form seated in the call's Land, costs of a funded category, a positive vote,
 * decided on the first day the call applies) is assessed twice, without and with an economic
 * activity. A rule set that fails on it (no eligible costs, no grant, a rule that never comes to
 * an end, a rule that throws) cannot decide any application of that call, and {@code validate}
 * says so at the call file.
 */
final class Probe {
    private Probe() {
    }

    /** Every problem the probe applications of each call meet, at the call's file. */
    static List<RuleProblem> problems(RuleBase ruleBase, RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        DroolsFundingRules rules = new DroolsFundingRules(ruleBase, EngineMode.SESSION, EvaluationLimits.configured());
        for (Map.Entry<String, FundingCall> entry : ruleBase.calls().entrySet()) {
            FundingCall call = entry.getValue();
            String file = fileOf(ruleSet, call.id());
            for (boolean economic : new boolean[] {false, true}) {
                String failure = failure(rules, application(call, economic));
                if (failure != null) {
                    problems.add(new RuleProblem(file, 1, 1, true, "the rules cannot decide an application of call "
                            + call.id() + (economic ? " from an undertaking" : "") + ": " + failure));
                    break;
                }
            }
        }
        return problems;
    }

    private static String failure(DroolsFundingRules rules, Application application) {
        try {
            rules.assess(application);
            return null;
        } catch (RulesEvaluationException e) {
            return e.getMessage();
        } catch (InvalidApplicationException e) {
            // The probe is built from the call's own terms; a call that refuses it says so here.
            return "the call refuses an application it should admit: " + e.getMessage().lines().skip(1)
                    .map(String::strip).reduce((a, b) -> a + "; " + b).orElse("");
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** An application the call's terms on its first day admit; a plain one or an undertaking's. */
    static Application application(FundingCall call, boolean economicActivity) {
        CallTerms terms = call.termsOn(call.inForceFrom()).orElseThrow();
        LegalForm form = terms.eligibleLegalForms().stream().min(Enum::compareTo).orElse(LegalForm.GEMEINDE);
        String state = Subdivisions.problem(terms.seatState()) == null ? terms.seatState() : "ST";
        String district = terms.districts().stream().sorted().findFirst().orElse(null);
        CostCategory category = terms.eligibleCostCategories().stream().min(Enum::compareTo).orElse(CostCategory.PERSONNEL);
        Applicant applicant = new Applicant("Probe", form, state, district, economicActivity, List.of());
        Project project = new Project("Probe", terms.decisionDate(), terms.decisionDate(), EnumSet.allOf(CentreTask.class),
                EnumSet.allOf(PartnerSector.class), true, null);
        return new Application("probe", call.id(), terms.decisionDate(), applicant, project,
                List.of(new CostItem(category, new BigDecimal("10000.00"), "Probe")), OtherFunding.NONE,
                new BigDecimal("1000.00"), BoardVote.POSITIVE);
    }

    private static String fileOf(RuleSet ruleSet, String callId) {
        for (RuleFile file : ruleSet.files()) {
            if (file.isCall()) {
                try {
                    if (FundingCallJson.read(file.content(), file.path()).id().equals(callId)) {
                        return file.path();
                    }
                } catch (IllegalArgumentException e) {
                    // another file, broken: reported by the build
                }
            }
        }
        return "calls";
    }
}
