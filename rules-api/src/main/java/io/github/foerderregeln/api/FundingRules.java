package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.BundledRules;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The façade: assesses funding applications against a rule set.
 *
 * <pre>{@code
 * FundingRules rules = FundingRules.load();
 * Assessment assessment = rules.assess(application);
 * }</pre>
 *
 * <p>Implementations are thread-safe: one instance serves any number of threads. The rule base
 * behind {@link #load()} is built once per process and shared.
 */
public interface FundingRules {

    /**
     * The bundled rule set, built on first use and shared for the life of the process. Each
     * assessment is bounded by {@link EvaluationLimits#configured()}, read when it is built.
     *
     * @throws IllegalStateException when no engine is on the classpath (add {@code rules-drools})
     */
    static FundingRules load() {
        return BundledRules.get();
    }

    /**
     * The rule set in {@code directory}: its DRL files (any depth) and its call data files
     * ({@code calls/*.json}). A rule directory is code (DRL can call any Java on the class
     * path): load only directories from a trusted source. Each assessment is bounded by
     * {@link EvaluationLimits#configured()}.
     *
     * @throws RuleSetException listing every problem with file, line and column
     */
    static FundingRules fromDirectory(java.nio.file.Path directory) {
        return BundledRules.provider().fromDirectory(directory);
    }

    /**
     * As {@link #fromDirectory(java.nio.file.Path)}, with each assessment bounded by {@code limits}
     * instead of {@link EvaluationLimits#configured()}: a rule that does not come to an end fails
     * that assessment with a {@link RulesEvaluationException} naming it.
     *
     * @throws RuleSetException listing every problem with file, line and column
     */
    static FundingRules fromDirectory(java.nio.file.Path directory, EvaluationLimits limits) {
        return BundledRules.provider().fromDirectory(directory, java.util.Objects.requireNonNull(limits, "limits must not be null"));
    }

    /**
     * Assesses one application.
     *
     * @param application the application; not null
     * @return the assessment; never null
     * @throws InvalidApplicationException when the application cannot be assessed (unknown call,
     *         a decision date before the call's parameters apply, too many items); no rule has run
     * @throws RulesEvaluationException when the engine fails, also when the rules do not come to
     *         an end within {@link EvaluationLimits} (the message names the rule)
     */
    Assessment assess(Application application);

    /**
     * Assesses a collection of applications. Every application is validated before the first is
     * assessed, so an invalid one leaves nothing assessed.
     *
     * @param applications the applications; not null
     * @return one assessment per application, in the same order
     * @throws InvalidApplicationException for the first invalid application, naming its id
     */
    List<Assessment> assessAll(Collection<? extends Application> applications);

    /**
     * Assesses a stream of applications lazily, one at a time, so that any number fits in a
     * bounded heap. An invalid application ends the stream with an {@link InvalidApplicationException},
     * and an exception of the source itself (a file that cannot be read) ends it with that exception;
     * either way every valid application before it is assessed and delivered first.
     *
     * @param applications the applications; not null
     * @return the assessments, in the order of the applications
     */
    Stream<Assessment> assessAll(Stream<? extends Application> applications);

    /**
     * Explains the decision on one application: its assessment, every limit with the one that
     * binds, the rules that fired with their references, and what would have to change. This
     * default builds it from {@link #assess(Application)} and the findings' references; an engine
     * that knows the reference of every rule gives them for rules without findings too.
     *
     * @param application the application; not null
     * @return the explanation; never null
     * @throws InvalidApplicationException as {@link #assess(Application)}
     * @throws RulesEvaluationException as {@link #assess(Application)}
     */
    default Explanation explain(Application application) {
        return Explanation.of(assess(application), java.util.Map.of());
    }

    /**
     * The grant decision (Zuwendungsbescheid) of an application assessed {@link Outcome#ELIGIBLE}:
     * the grant, the funding rate (grant / eligible costs, rounded up to four decimals so that
     * spending exactly as planned earns the whole grant), the approved expenditure by eligible
     * category, the planned other funding, the approval period (the project period), and for an
     * undertaking the de-minimis statement of the regulation in force on the decision date.
     *
     * @param application the application; not null
     * @return the decision; never null
     * @throws InvalidApplicationException when the application is invalid, or is not eligible (its
     *         outcome is named as the problem of the field {@code outcome})
     */
    default io.github.foerderregeln.api.settlement.GrantDecision decide(Application application) {
        Assessment assessment = assess(application);
        CallTerms terms = call(application.callId()).flatMap(c -> c.termsOn(application.decisionDate())).orElseThrow();
        return io.github.foerderregeln.api.settlement.GrantDecision.of(application, assessment, terms);
    }

    /**
     * Settles a proof of use: the recognised expenditure, the final grant with its limits, the
     * refund or remaining payment, the interest of § 49a VwVfG line by line, findings and rules fired.
     *
     * @param settlement the settlement; not null
     * @return the result; never null
     * @throws io.github.foerderregeln.api.settlement.InvalidSettlementException when the settlement
     *         names an unknown call, or one without settlement parameters on its decision date; no rule has run
     * @throws RulesEvaluationException when the engine fails
     * @throws UnsupportedOperationException when this engine does not settle
     */
    default io.github.foerderregeln.api.settlement.SettlementResult settle(
            io.github.foerderregeln.api.settlement.Settlement settlement) {
        throw new UnsupportedOperationException("this engine does not settle");
    }

    /**
     * Explains a settlement: its result, and each rule that fired with its reference and the
     * figures it used. This default builds it from {@link #settle} and the findings' references;
     * an engine that knows the reference of every rule gives them for rules without findings too.
     *
     * @param settlement the settlement; not null
     * @return the explanation; never null
     * @throws io.github.foerderregeln.api.settlement.InvalidSettlementException as {@link #settle}
     * @throws RulesEvaluationException as {@link #settle}
     * @throws UnsupportedOperationException when this engine does not settle
     */
    default io.github.foerderregeln.api.settlement.SettlementExplanation explain(
            io.github.foerderregeln.api.settlement.Settlement settlement) {
        return io.github.foerderregeln.api.settlement.SettlementExplanation.of(settle(settlement), java.util.Map.of());
    }

    /** The funding calls this rule set knows, by id. */
    Set<String> callIds();

    /** The funding call with {@code id}, if this rule set knows it. */
    Optional<FundingCall> call(String id);

    /** The identity of this rule set: its name and a digest of its files. */
    String ruleSetId();
}
