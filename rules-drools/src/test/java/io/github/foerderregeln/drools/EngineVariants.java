package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.EvaluationLimits;
import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.ReferenceSettler;
import io.github.foerderregeln.drools.reference.Result;
import io.github.foerderregeln.drools.reference.Settled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
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
    /**
     * The rule base made immutable (KieBaseMutabilityOption.DISABLED), which Drools recommends where
     * no rule is added at run time. Not a candidate: it loses the interest a settlement rule inserts
     * (EngineVariantsTest), so it is measured for the record only.
     */
    public static final String IMMUTABLE_RULE_BASE = "immutable-rule-base";
    /** Drools' alpha-network compiler (drools.alphaNetworkCompiler=INMEMORY): the alpha network compiled to Java. */
    public static final String ALPHA_NETWORK_COMPILER = "alpha-network-compiler";
    /** A rule base of the assessment rules alone: the settlement rules in a rule base of their own. */
    public static final String ASSESSMENT_RULES_ONLY = "assessment-rules-only";
    /**
     * The rules that only record a check that passed left out: not a candidate (rulesFired would
     * lose their ids, and the differential test says so), but the bound on what folding each pass
     * rule into its fail rule could save.
     */
    public static final String PASS_RULES_DROPPED = "pass-rules-dropped";
    /**
     * Cost items and prior de-minimis aid read with {@code from} from the application instead of
     * inserted one fact each (the engine inserts only facts of a type some rule matches).
     */
    public static final String ITEMS_FROM_APPLICATION = "items-from-application";
    /** Drools' sequential mode for stateless decisions: each rule fires once, in order, without re-evaluation. */
    public static final String SEQUENTIAL = "sequential";

    private EngineVariants() {
    }

    /** Every variant's name, {@link #CURRENT} first. */
    public static List<String> names() {
        return List.of(CURRENT, FINDINGS_INSERTED, LIMITS_COLLECTED_PER_RULE, IMMUTABLE_RULE_BASE, ALPHA_NETWORK_COMPILER,
                ASSESSMENT_RULES_ONLY, ITEMS_FROM_APPLICATION, PASS_RULES_DROPPED, SEQUENTIAL);
    }

    /** The variant {@code name} is measured against: the one it differs from in exactly one change. */
    public static String baseOf(String name) {
        return CURRENT;
    }

    /** Whether {@code name} settles at all: the rule base of the assessment rules alone has no settlement rules. */
    public static boolean settles(String name) {
        return !name.equals(ASSESSMENT_RULES_ONLY);
    }

    /**
     * The first five settlements (with what differs) that {@code rules} do not settle as the
     * plain-Java settlement does; empty when they agree on all. A failure of the engine counts as a mismatch.
     */
    public static List<String> settlementMismatches(FundingRules rules, List<Settlement> settlements) {
        ReferenceSettler reference = new ReferenceSettler();
        return mismatches(settlements, Settlement::id,
                settlement -> Settled.of(rules.settle(settlement)).differencesFrom(reference.settle(settlement)));
    }

    /** The first five inputs whose {@code differences} are not empty, and how many there were in all. */
    private static <T> List<String> mismatches(List<T> inputs, Function<T, String> id,
            Function<T, List<String>> differences) {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (T input : inputs) {
            List<String> found;
            try {
                found = differences.apply(input);
            } catch (RuntimeException e) {
                found = List.of("failed: " + e);
            }
            if (!found.isEmpty()) {
                count++;
                if (mismatches.size() < 5) {
                    mismatches.add(id.apply(input) + ": " + String.join("; ", found));
                }
            }
        }
        if (count > mismatches.size()) {
            mismatches.add("... " + count + " mismatches in all of " + inputs.size());
        }
        return mismatches;
    }

    /** Whether {@code name} is measured only as a bound: it is known not to give the same results. */
    public static boolean isBound(String name) {
        return name.equals(PASS_RULES_DROPPED) || name.equals(IMMUTABLE_RULE_BASE);
    }

    /** The rules of variant {@code name}, compiled now (a few seconds each). */
    public static FundingRules load(String name) {
        return switch (name) {
            case CURRENT -> compile(UnaryOperator.identity());
            case FINDINGS_INSERTED -> compile(EngineVariants::insertFindings);
            case LIMITS_COLLECTED_PER_RULE -> compile(EngineVariants::collectLimitsPerRule);
            case IMMUTABLE_RULE_BASE -> compile(UnaryOperator.identity(), KieBaseMutabilityOption.DISABLED);
            case ALPHA_NETWORK_COMPILER -> alphaNetworkCompiled();
            case ASSESSMENT_RULES_ONLY -> compile(file -> !file.startsWith("set/"), UnaryOperator.identity());
            case PASS_RULES_DROPPED -> compile(EngineVariants::dropPassRules);
            case ITEMS_FROM_APPLICATION -> compile(EngineVariants::itemsFromApplication);
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
        return mismatches(applications, Application::id,
                application -> Result.of(rules.assess(application)).differencesFrom(reference.assess(application)));
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

    /** Cost lines and prior aid read from the application and the applicant by {@code from}. */
    static String itemsFromApplication(String drl) {
        return drl
                .replace("    accumulate( CostLine($categories contains category, $amount : amount); $eligible : sum($amount) )",
                        "    $costsOf : Application()\n    accumulate( CostLine($categories contains category, $amount : amount)"
                                + " from io.github.foerderregeln.drools.VariantFacts.costLines($costsOf); $eligible : sum($amount) )")
                .replace("    CostLine($item : number, $category : category, $amount : amount, $description : description,\n"
                        + "            $categories not contains category)",
                        "    $costsOf : Application()\n    CostLine($item : number, $category : category, $amount : amount,"
                                + " $description : description,\n            $categories not contains category)"
                                + " from io.github.foerderregeln.drools.VariantFacts.costLines($costsOf)")
                .replace("    accumulate( DeMinimisAid(!grantedOn.isBefore($from), !grantedOn.isAfter($to), $amount : amount);",
                        "    $aidOf : Applicant()\n    accumulate( DeMinimisAid(!grantedOn.isBefore($from), !grantedOn.isAfter($to),"
                                + " $amount : amount) from $aidOf.deMinimisAid();");
    }

    /** Every rule whose consequence only records that its check passed, left out. */
    static String dropPassRules(String drl) {
        StringBuilder changed = new StringBuilder();
        for (String block : drl.split("(?=\nrule )")) {
            if (!block.contains("// The check passed; firing records it")) {
                changed.append(block);
            } else {
                // Keep what follows the rule's end (comments above the next rule).
                changed.append(block.substring(block.indexOf("\nend") + "\nend".length()));
            }
        }
        return changed.toString();
    }

    private static FundingRules alphaNetworkCompiled() {
        String property = "drools.alphaNetworkCompiler";
        String before = System.getProperty(property);
        System.setProperty(property, "INMEMORY");
        try {
            FundingRules rules = compile(UnaryOperator.identity());
            if (!compiledAlphaNetwork(rules)) {
                throw new IllegalStateException("the alpha-network compiler did not compile the rule base");
            }
            return rules;
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    /** Whether an object type node of {@code rules} propagates through a compiled alpha network. */
    private static boolean compiledAlphaNetwork(FundingRules rules) {
        KieBase kieBase = ((DroolsFundingRules) rules).ruleBase().kieBase();
        return ((org.drools.core.impl.InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                .anyMatch(node -> node.getObjectSinkPropagator().getClass().getName().contains("Compiled"));
    }

    private static FundingRules compile(UnaryOperator<String> change, KieBaseOption... options) {
        return compile(path -> true, change, options);
    }

    /** The bundled rule set's files {@code kept}, each DRL file's text changed by {@code change}, compiled with {@code options}. */
    private static FundingRules compile(java.util.function.Predicate<String> kept, UnaryOperator<String> change,
            KieBaseOption... options) {
        RuleSet bundled = RuleSet.bundled();
        Map<String, byte[]> changed = new LinkedHashMap<>();
        for (RuleFile file : bundled.files()) {
            if (!kept.test(file.path())) {
                continue;
            }
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
        try {
            KieBase kieBase = RuleBase.newKieBase(kie, container, options);
            RuleBase ruleBase = new RuleBase(ruleSet, ruleSet.id(), kieBase, RuleBase.bundled().calls());
            return new DroolsFundingRules(ruleBase, EngineMode.POOLED, EvaluationLimits.configured());
        } finally {
            kie.getRepository().removeKieModule(release);
        }
    }
}
