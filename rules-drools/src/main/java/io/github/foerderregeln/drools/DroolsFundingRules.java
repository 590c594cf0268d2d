package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.internal.ApplicationValidator;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.DeMinimisAid;
import io.github.foerderregeln.api.EvaluationLimits;
import io.github.foerderregeln.api.Explanation;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.RulesEvaluationException;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.settlement.Expenditure;
import io.github.foerderregeln.api.settlement.GrantDecision;
import io.github.foerderregeln.api.settlement.InvalidSettlementException;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementExplanation;
import io.github.foerderregeln.api.settlement.SettlementResult;
import io.github.foerderregeln.api.settlement.SettlementTerms;
import io.github.foerderregeln.drools.facts.CostLine;
import io.github.foerderregeln.drools.facts.ExpenditureLine;
import io.github.foerderregeln.drools.facts.FundedCategories;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Assesses applications with one shared rule base: one session per assessment (new or reused,
 * by {@link EngineMode}), the application's records and the call terms of its decision date as
 * facts, and the findings, staged amounts and fired rules read back when the rules are done.
 * Batches are spread over the processors; each application still has a session of its own, so
 * no rule ever sees two applications.
 */
final class DroolsFundingRules implements FundingRules {
    /** Below this many applications a batch is not worth splitting across threads. */
    private static final int PARALLEL_THRESHOLD = 64;
    /** Applications of a stream read ahead and assessed together; bounds the memory of a stream. */
    private static final int STREAM_CHUNK = 512;

    private final RuleBase ruleBase;
    private final Sessions sessions;
    private final int maxFirings;
    /** Whether some rule matches a cost line, and a prior aid: what no rule matches is not inserted. */
    private final boolean costLinesMatched;
    private final boolean aidMatched;

    DroolsFundingRules(RuleBase ruleBase, EvaluationLimits limits) {
        this(ruleBase, EngineMode.configured(), limits);
    }

    DroolsFundingRules(RuleBase ruleBase, EngineMode mode) {
        this(ruleBase, mode, EvaluationLimits.configured());
    }

    DroolsFundingRules(RuleBase ruleBase, EngineMode mode, EvaluationLimits limits) {
        this.ruleBase = ruleBase;
        this.sessions = Sessions.of(ruleBase.kieBase(), mode);
        this.maxFirings = limits.maxRuleFirings();
        Set<Class<?>> matched = matchedTypes(ruleBase.kieBase());
        this.costLinesMatched = matched == null || matched.contains(CostLine.class);
        this.aidMatched = matched == null || matched.contains(DeMinimisAid.class);
    }

    /**
     * The classes the rules have a pattern on, read before any session inserted anything (a
     * mutable rule base adds a node for every new class inserted later). A rule set that reads the
     * cost items with {@code from} (docs/PERFORMANCE.md, "items-from-application") needs no fact per item.
     * Null when the rule base does not show its network (not Drools' own class): then every fact is inserted.
     */
    private static Set<Class<?>> matchedTypes(KieBase kieBase) {
        if (!(kieBase instanceof InternalRuleBase internal)) {
            return null;
        }
        Set<Class<?>> types = new HashSet<>();
        for (ObjectTypeNode node : internal.getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof ClassObjectType type) {
                types.add(type.getClassType());
            }
        }
        return types;
    }

    /** The rule base these rules run on. */
    RuleBase ruleBase() {
        return ruleBase;
    }

    @Override
    public Assessment assess(Application application) {
        Objects.requireNonNull(application, "application must not be null");
        ApplicationValidator.check(application, ruleBase.calls());
        return assessValid(application);
    }

    /** Assesses an application that has passed {@link ApplicationValidator#check}. */
    private Assessment assessValid(Application application) {
        CallTerms terms = ruleBase.termsOf(application);
        try {
            return sessions.with(lease -> {
                KieSession session = lease.session();
                insertFacts(session, application, terms, costLinesMatched, aidMatched);
                lease.fired().bound(maxFirings);
                // One firing more than allowed tells a runaway from a rule set that needs exactly the bound.
                if (session.fireAllRules(maxFirings + 1) > maxFirings) {
                    throw new RulesEvaluationException("the rules did not come to an end on application " + application.id()
                            + " (rule set " + ruleBase.id() + "): more than " + maxFirings + " rule firings, the most one"
                            + " assessment may take (" + EvaluationLimits.PROPERTY + "); " + lease.fired().runaway(), null);
                }
                return Assembler.assessment(application, terms, ruleBase.id(), lease.results(), lease.fired().ids());
            });
        } catch (RulesEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RulesEvaluationException("the rules failed on application " + application.id() + " (rule set "
                    + ruleBase.id() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public SettlementResult settle(Settlement settlement) {
        Objects.requireNonNull(settlement, "settlement must not be null");
        GrantDecision decision = settlement.decision();
        FundingCall call = ruleBase.calls().get(decision.callId());
        if (call == null) {
            throw new InvalidSettlementException(settlement.id(), List.of(
                    ApplicationValidator.unknownCall(decision.callId(), ruleBase.calls().keySet()))
                    .stream().map(p -> new Problem("grantDecision.call", p.message())).toList());
        }
        Optional<CallTerms> terms = call.termsOn(decision.decisionDate());
        Optional<SettlementTerms> settlementTerms = call.settlementTermsOn(decision.decisionDate());
        if (terms.isEmpty() || settlementTerms.isEmpty()) {
            throw new InvalidSettlementException(settlement.id(), List.of(new Problem("grantDecision.decisionDate",
                    "the call " + call.id() + " has no " + (terms.isEmpty() ? "" : "settlement ")
                    + "parameters in force on " + decision.decisionDate())));
        }
        try {
            return sessions.with(lease -> {
                KieSession session = lease.session();
                session.insert(settlementTerms.get());
                session.insert(new FundedCategories(terms.get().eligibleCostCategories()));
                session.insert(ruleBase.baseRates());
                session.insert(settlement);
                session.insert(decision);
                int number = 1;
                for (Expenditure item : settlement.expenditure()) {
                    session.insert(new ExpenditureLine(number++, item.category(), item.amount(), item.paidOn(),
                            item.description()));
                }
                lease.fired().bound(maxFirings);
                if (session.fireAllRules(maxFirings + 1) > maxFirings) {
                    throw new RulesEvaluationException("the rules did not come to an end on settlement " + settlement.id()
                            + " (rule set " + ruleBase.id() + "): more than " + maxFirings + " rule firings ("
                            + EvaluationLimits.PROPERTY + "); " + lease.fired().runaway(), null);
                }
                return SettlementAssembler.result(settlement, settlementTerms.get(), ruleBase.id(), lease.results(),
                        lease.fired().ids());
            });
        } catch (RulesEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RulesEvaluationException("the rules failed on settlement " + settlement.id() + " (rule set "
                    + ruleBase.id() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public Explanation explain(Application application) {
        return Explainer.explain(assess(application), ruleBase.kieBase());
    }

    @Override
    public SettlementExplanation explain(Settlement settlement) {
        return Explainer.explain(settle(settlement), ruleBase.kieBase());
    }

    /** The facts of one application: the call terms, its records, a numbered line per cost item, its prior aid. */
    static void insertFacts(KieSession facts, Application application, CallTerms terms) {
        insertFacts(facts, application, terms, true, true);
    }

    private static void insertFacts(KieSession facts, Application application, CallTerms terms, boolean costLines,
            boolean aid) {
        facts.insert(terms);
        facts.insert(application);
        facts.insert(application.applicant());
        facts.insert(application.project());
        if (costLines) {
            int number = 1;
            for (CostItem item : application.costs()) {
                facts.insert(new CostLine(number++, item.category(), item.amount(), item.description()));
            }
        }
        if (aid) {
            application.applicant().deMinimisAid().forEach(facts::insert);
        }
    }

    @Override
    public List<Assessment> assessAll(Collection<? extends Application> applications) {
        List<? extends Application> batch = List.copyOf(applications);
        List<InvalidApplicationException> invalid = new ArrayList<>();
        for (Application application : batch) {
            try {
                ApplicationValidator.check(application, ruleBase.calls());
            } catch (InvalidApplicationException e) {
                invalid.add(e);
            }
        }
        if (!invalid.isEmpty()) {
            throw invalid.get(0);
        }
        return assessValid(batch);
    }

    /** Assesses valid applications, in parallel when there are enough; in their order. */
    private List<Assessment> assessValid(List<? extends Application> batch) {
        Assessment[] assessments = new Assessment[batch.size()];
        IntStream indexes = IntStream.range(0, batch.size());
        if (batch.size() >= PARALLEL_THRESHOLD) {
            indexes = indexes.parallel();
        }
        indexes.forEach(i -> assessments[i] = assessValid(batch.get(i)));
        return Arrays.asList(assessments);
    }

    @Override
    public Stream<Assessment> assessAll(Stream<? extends Application> applications) {
        Objects.requireNonNull(applications, "applications must not be null");
        Iterator<? extends Application> source = applications.iterator();
        Iterator<List<Assessment>> chunks = new Iterator<>() {
            /** An invalid application, or the source's own failure, to throw once the chunk before it is delivered. */
            private RuntimeException pending;

            @Override
            public boolean hasNext() {
                if (pending != null) {
                    return true;
                }
                try {
                    return source.hasNext();
                } catch (RuntimeException e) {
                    pending = e;
                    return true;
                }
            }

            @Override
            public List<Assessment> next() {
                if (pending != null) {
                    RuntimeException failure = pending;
                    pending = null;
                    throw failure;
                }
                // The applications before an invalid one, or before the source fails (a file that
                // cannot be read), are assessed and delivered first; the stream then ends with that
                // exception, as a sequential stream would.
                List<Application> chunk = new ArrayList<>(STREAM_CHUNK);
                try {
                    while (chunk.size() < STREAM_CHUNK && source.hasNext()) {
                        Application application = Objects.requireNonNull(source.next(), "application must not be null");
                        ApplicationValidator.check(application, ruleBase.calls());
                        chunk.add(application);
                    }
                } catch (RuntimeException e) {
                    pending = e;
                }
                if (chunk.isEmpty() && pending != null) {
                    return next();
                }
                return assessValid(chunk);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED), false)
                .flatMap(List::stream).onClose(applications::close);
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
