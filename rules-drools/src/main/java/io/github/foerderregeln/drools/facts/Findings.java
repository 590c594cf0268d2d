package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.Finding;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.Rounding;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Severity;
import io.github.foerderregeln.api.internal.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds the result facts of a rule from its metadata, so that rule id, severity, messages and
 * legal reference are written once, in the DRL, beside the rule:
 *
 * <pre>
 * rule "RDZ-APPLICANT-FORM legal form is not eligible"
 *     &#64;id("RDZ-APPLICANT-FORM") &#64;severity("ERROR") &#64;reference("...")
 *     &#64;message_de("Die Rechtsform {legalForm} ist nicht antragsberechtigt.")
 *     &#64;message_en("The legal form {legalForm} may not apply.")
 * when ... then
 *     Findings.report(kcontext, Findings.of(kcontext, "legalForm", $form));
 * end
 * </pre>
 *
 * <p>A finding is reported, not inserted: no rule matches a finding, so it is kept beside working
 * memory ({@link Reported}). An inserted finding is read back too; {@code validate} warns of it.
 */
public final class Findings {
    /** Metadata key of the stable rule id. */
    public static final String ID = "id";
    /** Metadata key of the severity: ERROR, MISSING, WARNING or INFO. */
    public static final String SEVERITY = "severity";
    /** Metadata key of the legal or programme reference. */
    public static final String REFERENCE = "reference";
    /** Metadata key of the German message template. */
    public static final String MESSAGE_DE = "message_de";
    /** Metadata key of the English message template. */
    public static final String MESSAGE_EN = "message_en";
    /** Metadata key of the German hint template: what would have to change. Optional, with {@link #HINT_EN}. */
    public static final String HINT_DE = "hint_de";
    /** Metadata key of the English hint template. */
    public static final String HINT_EN = "hint_en";

    private Findings() {
    }

    /**
     * The finding of the rule now firing, with its figures given as name, value, name, value...
     * Messages, reference and the optional hints are templates filled with the same figures
     * ({@link Messages}); a figure only a hint needs is computed in the rule's consequence and
     * given here like any other.
     */
    public static Finding of(RuleContext drools, Object... figures) {
        Rule rule = drools.getRule();
        Map<String, Object> named = shown(rule, figures(rule, figures));
        String reference = Messages.render(meta(rule, REFERENCE), named, Language.DE);
        Object hintDe = rule.getMetaData().get(HINT_DE);
        Object hintEn = rule.getMetaData().get(HINT_EN);
        return new Finding(meta(rule, ID), Severity.valueOf(meta(rule, SEVERITY)),
                Messages.render(meta(rule, MESSAGE_DE), named, Language.DE),
                Messages.render(meta(rule, MESSAGE_EN), named, Language.EN),
                reference, named,
                hintDe == null ? null : Messages.render(hintDe.toString(), named, Language.DE),
                hintEn == null ? null : Messages.render(hintEn.toString(), named, Language.EN));
    }

    /** Reports {@code finding} for the assessment or settlement the session is deciding. */
    public static void report(RuleContext drools, Finding finding) {
        Reported.of(drools).add(finding);
    }

    /**
     * {@code finding} with its hint only when {@code true}: a hint to raise the grant is given only
     * where its change does raise it (docs/rules.md, "What would have to change"), which a rule may
     * know only from its figures (the next limit may lie within the same euro).
     */
    public static Finding hintIf(boolean raises, Finding finding) {
        return raises ? finding : new Finding(finding.ruleId(), finding.severity(), finding.messageDe(),
                finding.messageEn(), finding.reference(), finding.figures(), null, null);
    }

    /**
     * The least eligible costs, in whole cents, at which {@code rate} of them reaches {@code amount}.
     * Rounded up, never down: {@code amount / rate} need not terminate (a rate of 0.70), and
     * costs rounded down would leave the rate limit a fraction of a cent short of {@code amount}.
     */
    public static BigDecimal costsFor(BigDecimal amount, BigDecimal rate) {
        return amount.divide(rate, io.github.foerderregeln.api.internal.Checks.MONEY_SCALE, java.math.RoundingMode.CEILING);
    }

    /** The least grant above {@code grant} that the call's rounding gives: one euro more when it rounds to whole euros. */
    public static BigDecimal above(BigDecimal grant, io.github.foerderregeln.api.GrantRounding rounding) {
        return grant.add(BigDecimal.ONE.movePointLeft(rounding.scale()));
    }

    /** The codes of {@code values} in their declared order, comma-separated, for messages and hints. */
    public static String codes(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal)).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The German words of {@code values} in their declared order, comma-separated: German text names
     * a code by its word ("Personalausgaben, Sachausgaben"), never by the code.
     */
    public static <E extends Enum<E> & io.github.foerderregeln.api.GermanNamed> String germanNames(
            java.util.Collection<E> values) {
        return values.stream().sorted().map(io.github.foerderregeln.api.GermanNamed::germanName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A limit of the grant set by the rule now firing, carrying its id. */
    public static Limit limit(RuleContext drools, LimitKind kind, BigDecimal amount) {
        return new Limit(kind, amount, meta(drools.getRule(), ID));
    }

    /** The rule id of {@code rule}, from its metadata. */
    public static String ruleId(Rule rule) {
        return meta(rule, ID);
    }

    static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" in " + rule.getPackageName()
                    + " has no @" + key + " metadata");
        }
        return value.toString();
    }

    /**
     * The figures with every amount a template of the rule shows as money cut to the cent
     * ({@link Rounding#shown}): the finding's figures, in JSON too, are what its messages say.
     */
    private static Map<String, Object> shown(Rule rule, Map<String, Object> named) {
        for (Map.Entry<String, Object> figure : named.entrySet()) {
            if (figure.getValue() instanceof BigDecimal amount && showsAsMoney(rule, figure.getKey())) {
                figure.setValue(Rounding.shown(amount));
            }
        }
        return named;
    }

    private static boolean showsAsMoney(Rule rule, String name) {
        for (String key : new String[] {MESSAGE_DE, MESSAGE_EN, HINT_DE, HINT_EN, REFERENCE}) {
            Object template = rule.getMetaData().get(key);
            if (template != null && Messages.showsAsMoney(template.toString(), name)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> figures(Rule rule, Object[] figures) {
        if (figures.length % 2 != 0) {
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\" gives figures that are not name, value pairs");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < figures.length; i += 2) {
            named.put(String.valueOf(figures[i]), figures[i + 1]);
        }
        return named;
    }
}
