package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.ApplicationValidator;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.RulesEvaluationException;
import io.github.foerderregeln.drools.facts.CostLine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kie.api.runtime.KieSession;

/**
 * Assesses applications with one shared rule base: a fresh session per application, the
 * application's records and the call terms of its decision date as facts, and the findings,
 * staged amounts and fired rules read back when the rules are done.
 */
final class DroolsFundingRules implements FundingRules {
    private final RuleBase ruleBase;

    DroolsFundingRules(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    @Override
    public Assessment assess(Application application) {
        Objects.requireNonNull(application, "application must not be null");
        ApplicationValidator.check(application, ruleBase.calls());
        CallTerms terms = ruleBase.calls().get(application.callId()).termsOn(application.decisionDate()).orElseThrow();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            FiredRules fired = new FiredRules();
            session.addEventListener(fired);
            insertFacts(session, application, terms);
            session.fireAllRules();
            return Assembler.assessment(application, terms, ruleBase.id(), session.getObjects(), fired.ids());
        } catch (RulesEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RulesEvaluationException("the rules failed on application " + application.id() + " (rule set "
                    + ruleBase.id() + "): " + e.getMessage(), e);
        } finally {
            session.dispose();
        }
    }

    @Override
    public Explanation explain(Application application) {
        return Explainer.explain(assess(application), ruleBase.kieBase());
    }

    private static void insertFacts(KieSession session, Application application, CallTerms terms) {
        session.insert(terms);
        session.insert(application);
        session.insert(application.applicant());
        session.insert(application.project());
        int number = 1;
        for (CostItem item : application.costs()) {
            session.insert(new CostLine(number++, item.category(), item.amount(), item.description()));
        }
        application.applicant().deMinimisAid().forEach(session::insert);
    }

    @Override
    public List<Assessment> assessAll(Collection<? extends Application> applications) {
        List<InvalidApplicationException> invalid = new ArrayList<>();
        for (Application application : applications) {
            try {
                ApplicationValidator.check(application, ruleBase.calls());
            } catch (InvalidApplicationException e) {
                invalid.add(e);
            }
        }
        if (!invalid.isEmpty()) {
            throw invalid.get(0);
        }
        List<Assessment> assessments = new ArrayList<>(applications.size());
        for (Application application : applications) {
            assessments.add(assess(application));
        }
        return assessments;
    }

    @Override
    public Stream<Assessment> assessAll(Stream<? extends Application> applications) {
        return applications.map(this::assess);
    }

    @Override
    public Set<String> callIds() {
        return ruleBase.calls().keySet();
    }

    @Override
    public Optional<FundingCall> call(String id) {
        return Optional.ofNullable(ruleBase.calls().get(id));
    }

    @Override
    public String ruleSetId() {
        return ruleBase.id();
    }
}
