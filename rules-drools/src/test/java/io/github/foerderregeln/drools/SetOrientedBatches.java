package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.drools.facts.Findings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.EntryPoint;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * The set-oriented batch that issue 4 asked to evaluate: many applications inserted into one
 * session and fired once, so that a session's set-up, reset and agenda are paid once per
 * group instead of once per application. Evaluated, measured by the benchmark
 * ({@code SetOrientedBenchmarks}) and not kept: see docs/PERFORMANCE.md.
 *
 * <p>The rules are written for one application per session, and no pattern names the
 * application it belongs to. Rather than key every pattern (a rewrite of every rule, or a key
 * on every public record), the rule set is compiled {@code n} times, copy {@code i} reading its
 * facts from entry point {@code application-i} and inserting its results there; the copies
 * share nothing, so no rule can see two applications, and nothing needs a join on a key. This
 * is the cheapest form of a set-oriented batch (no key joins at all), so what it measures is
 * the most that set orientation can gain with this rule set.
 *
 * <p>One session per instance: not thread-safe. Applications must be valid.
 */
public final class SetOrientedBatches {
    private static final Pattern INSERT = Pattern.compile("(?<![\\w.])insert\\(");

    private final RuleBase ruleBase;
    private final int applicationsPerSession;
    private final KieSession session;
    private final FiredByApplication fired;

    /** The bundled rule set compiled from DRL, {@code applicationsPerSession} copies in one rule base. */
    public static SetOrientedBatches ofBundledRules(int applicationsPerSession) {
        return new SetOrientedBatches(RuleBase.build(RuleSet.bundled()), applicationsPerSession);
    }

    SetOrientedBatches(RuleBase ruleBase, int applicationsPerSession) {
        if (applicationsPerSession < 1) {
            throw new IllegalArgumentException("applicationsPerSession must be at least 1 (was " + applicationsPerSession + ")");
        }
        this.ruleBase = ruleBase;
        this.applicationsPerSession = applicationsPerSession;
        this.session = copies(ruleBase.ruleSet(), applicationsPerSession).newKieSession();
        this.fired = new FiredByApplication(applicationsPerSession);
        session.addEventListener(fired);
    }

    public int applicationsPerSession() {
        return applicationsPerSession;
    }

    /** The entry point of copy {@code copy}: its facts in, its results out. */
    static String entryPoint(int copy) {
        return "application-" + copy;
    }

    /**
     * {@code copies} copies of the rule set's DRL in one rule base: each rule's patterns read
     * from its copy's entry point (also inside not, exists, or, accumulate and collect; a pattern
     * {@code from} an expression keeps its source), its consequence inserts there, and its
     * package gets the suffix {@code .copyN} so that rule names stay unique.
     */
    static KieBase copies(RuleSet ruleSet, int copies) {
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : ruleSet.files()) {
            if (!file.isDrl()) {
                continue;
            }
            for (int copy = 0; copy < copies; copy++) {
                PackageDescr descr;
                try {
                    descr = new DrlParser().parse(false, file.text());
                } catch (DroolsParserException e) {
                    throw new IllegalStateException(file.path() + ": " + e.getMessage(), e);
                }
                descr.setName(descr.getName() + ".copy" + copy);
                String entryPoint = entryPoint(copy);
                for (RuleDescr rule : descr.getRules()) {
                    readFrom(rule.getLhs(), entryPoint);
                    rule.setConsequence(INSERT.matcher(rule.getConsequence().toString()).replaceAll(
                            Matcher.quoteReplacement("kcontext.getKieRuntime().getEntryPoint(\"" + entryPoint + "\").insert(")));
                }
                builder.addPackage(descr);
            }
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException("the copied rule set does not compile: " + builder.getErrors());
        }
        return builder.newKieBase();
    }

    private static void readFrom(BaseDescr element, String entryPoint) {
        if (element instanceof PatternDescr pattern) {
            if (pattern.getSource() == null) {
                pattern.setSource(new EntryPointDescr(entryPoint));
            } else if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                readFrom(accumulate.getInput(), entryPoint);
            } else if (pattern.getSource() instanceof CollectDescr collect) {
                readFrom(collect.getInputPattern(), entryPoint);
            }
        } else if (element instanceof ConditionalElementDescr group) {
            for (BaseDescr child : group.getDescrs()) {
                readFrom(child, entryPoint);
            }
        }
    }

    /** Assesses the applications in groups of {@link #applicationsPerSession()}, each group fired once; in their order. */
    public List<Assessment> assessAll(List<? extends Application> applications) {
        List<Assessment> assessments = new ArrayList<>(applications.size());
        for (int start = 0; start < applications.size(); start += applicationsPerSession) {
            assessGroup(applications.subList(start, Math.min(applications.size(), start + applicationsPerSession)), assessments);
        }
        return assessments;
    }

    private void assessGroup(List<? extends Application> group, List<Assessment> assessments) {
        CallTerms[] terms = new CallTerms[group.size()];
        EntryPoint[] facts = new EntryPoint[group.size()];
        for (int i = 0; i < group.size(); i++) {
            Application application = Objects.requireNonNull(group.get(i), "application must not be null");
            terms[i] = ruleBase.termsOf(application);
            facts[i] = session.getEntryPoint(entryPoint(i));
            DroolsFundingRules.insertFacts(facts[i], application, terms[i]);
        }
        session.fireAllRules();
        for (int i = 0; i < group.size(); i++) {
            assessments.add(Assembler.assessment(group.get(i), terms[i], ruleBase.id(), facts[i].getObjects(), fired.ids(i)));
        }
        reset();
    }

    /**
     * Empties the session for the next group. A session's reset empties only the default entry
     * point's object store (Drools 10.1, NamedEntryPointsManager.reset), so each named entry
     * point is reset as well; without it the next group reads the last group's results.
     */
    private void reset() {
        fired.clear();
        ((StatefulKnowledgeSessionImpl) session).reset();
        for (EntryPoint entryPoint : session.getEntryPoints()) {
            ((InternalWorkingMemoryEntryPoint) entryPoint).reset();
        }
        if (!session.getAgendaEventListeners().contains(fired)) {
            session.addEventListener(fired);
        }
    }

    /** The rules fired for each application of a group, told apart by their copy's package. */
    private static final class FiredByApplication extends DefaultAgendaEventListener {
        private final List<Set<String>> ids = new ArrayList<>();

        FiredByApplication(int copies) {
            for (int i = 0; i < copies; i++) {
                ids.add(new LinkedHashSet<>());
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            String pkg = event.getMatch().getRule().getPackageName();
            int copy = Integer.parseInt(pkg.substring(pkg.lastIndexOf(".copy") + ".copy".length()));
            ids.get(copy).add(Findings.ruleId(event.getMatch().getRule()));
        }

        List<String> ids(int copy) {
            return List.copyOf(ids.get(copy));
        }

        void clear() {
            ids.forEach(Set::clear);
        }
    }
}
