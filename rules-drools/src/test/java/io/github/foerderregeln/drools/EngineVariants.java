package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.Assessment;
import io.github.foerderregeln.api.EvaluationLimits;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.conf.KieBaseOption;
import org.kie.api.conf.SequentialOption;
import org.kie.api.runtime.KieContainer;

/**
 * The ways of running the bundled rules that docs/PERFORMANCE.md weighs against each other ("How
 * the rules meet the facts"): each a {@link FundingRules} over the bundled rules with one thing
 * changed, the rules always compiled the same way (into the executable model, at run time, as the
 * build does), so that a difference in cost is that one change's. {@link #CURRENT} is the rule set
 * as shipped; the other variants either change the DRL's text or the rule base's options.
 *
 * <p>A variant is measured only after it has given the plain-Java reference's assessments
 * ({@link #mismatches}); the benchmark {@code EngineVariantRounds} (rules-examples) measures them
 * in alternating rounds, and {@code EngineVariantsTest} holds the kept ones equal to the reference.
 */
public final class EngineVariants {
    /** The bundled rules as they are. */
    public static final String CURRENT = "current";
    /** Findings inserted into working memory as facts, as every rule did before they were reported beside it. */
    public static final String FINDINGS_INSERTED = "findings-inserted";
    /**
     * The limits collected again by every rule that names the limits binding together, as they
     * were before the {@code Grant} stage derived them once.
     */
    public static final String LIMITS_COLLECTED_PER_RULE = "limits-collected-per-rule";
    /** The rule base made immutable (KieBaseMutabilityOption.DISABLED): no locks for rules added at run time. */
    public static final String IMMUTABLE_RULE_BASE = "immutable-rule-base";
    /** Drools' sequential mode for stateless decisions: each rule fires once, in order, without re-evaluation. */
    public static final String SEQUENTIAL = "sequential";

    private EngineVariants() {
    }

    /** Every variant's name, {@link #CURRENT} first. */
    public static List<String> names() {
        return List.of(CURRENT, FINDINGS_INSERTED, LIMITS_COLLECTED_PER_RULE, IMMUTABLE_RULE_BASE, SEQUENTIAL);
    }

    /** The rules of variant {@code name}, compiled now (a few seconds each). */
    public static FundingRules load(String name) {
        return switch (name) {
            case CURRENT -> compile(UnaryOperator.identity());
            case FINDINGS_INSERTED -> compile(EngineVariants::insertFindings);
            case LIMITS_COLLECTED_PER_RULE -> compile(EngineVariants::collectLimitsPerRule);
            case IMMUTABLE_RULE_BASE -> compile(UnaryOperator.identity(), KieBaseMutabilityOption.DISABLED);
            case SEQUENTIAL -> compile(UnaryOperator.identity(), SequentialOption.YES);
            default -> throw new IllegalArgumentException("no engine variant " + name + "; one of " + names());
        };
    }

    /**
     * The first five applications (with what differs) on which {@code rules} do not give the
     * reference's assessment; empty when they agree on all. A failure of the engine counts as a mismatch.
     */
    public static List<String> mismatches(FundingRules rules, List<Application> applications) {
        ReferenceAssessor reference = new ReferenceAssessor();
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (Application application : applications) {
            List<String> differences;
            try {
                Assessment assessment = rules.assess(application);
                differences = Result.of(assessment).differencesFrom(reference.assess(application));
            } catch (RuntimeException e) {
                differences = List.of("failed: " + e);
            }
            if (!differences.isEmpty()) {
                count++;
                if (mismatches.size() < 5) {
                    mismatches.add(application.id() + ": " + String.join("; ", differences));
                }
            }
        }
        if (count > mismatches.size()) {
            mismatches.add("... " + count + " mismatches in all of " + applications.size());
        }
        return mismatches;
    }

    /** {@code Findings.report(kcontext, X)} as {@code insert(X)}: the same finding, kept in working memory. */
    static String insertFindings(String drl) {
        return drl.replace("Findings.report(kcontext, ", "insert(");
    }

    /** Every rule naming the limits that bind together collects the limits once more, as a pattern of its own. */
    static String collectLimitsPerRule(String drl) {
        StringBuilder changed = new StringBuilder();
        for (String block : drl.split("(?=\nrule )")) {
            changed.append(block.contains("othersBinding(")
                    ? block.replace("\nthen\n", "\n    $limits : java.util.List() from collect( Limit() )\nthen\n") : block);
        }
        return changed.toString();
    }

    /** The bundled rule set with each DRL file's text changed by {@code change}, compiled with {@code options}. */
    private static FundingRules compile(UnaryOperator<String> change, KieBaseOption... options) {
        RuleSet bundled = RuleSet.bundled();
        Map<String, byte[]> changed = new LinkedHashMap<>();
        for (RuleFile file : bundled.files()) {
            changed.put(file.path(), file.isDrl() ? change.apply(file.text()).getBytes(StandardCharsets.UTF_8) : file.content());
        }
        RuleSet ruleSet = new RuleSet("variant", changed.entrySet().stream().map(e -> new RuleFile(e.getKey(), e.getValue())).toList());
        KieServices kie = KieServices.get();
        KieBuilder builder = kie.newKieBuilder(RuleBase.sources(kie, ruleSet)).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the variant does not compile: " + builder.getResults().getMessages(Message.Level.ERROR));
        }
        ReleaseId release = builder.getKieModule().getReleaseId();
        KieContainer container = kie.newKieContainer(release);
        KieBaseConfiguration configuration = kie.newKieBaseConfiguration();
        for (KieBaseOption option : options) {
            configuration.setOption(option);
        }
        try {
            KieBase kieBase = container.newKieBase(configuration);
            RuleBase ruleBase = new RuleBase(ruleSet, ruleSet.id(), kieBase, RuleBase.bundled().calls());
            return new DroolsFundingRules(ruleBase, EngineMode.POOLED, EvaluationLimits.configured());
        } finally {
            kie.getRepository().removeKieModule(release);
        }
    }
}
