package io.github.foerderregeln.drools.facts;

import io.github.foerderregeln.api.GrantRounding;
import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.LimitKind;
import io.github.foerderregeln.api.Rounding;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The last stage: the grant, the lowest limit rounded as the call says, with every limit that
 * equals the lowest (they bind together: raising one alone raises nothing) and the next limit
 * above them (where the grant stops when the binding ones are raised).
 *
 * @param amount the grant in EUR, two decimals; not null
 * @param binding the limit it is bound by, the first in {@link LimitKind} order on a tie; not null
 * @param bindingLimits every limit equal to the lowest, {@code binding} among them, in {@link LimitKind}
 *        order; not null, copied. Derived here once, so that no rule collects the limits again
 *        to name the ones binding together (docs/PERFORMANCE.md, "Derived once")
 * @param next the lowest limit above the binding ones, the first in {@link LimitKind} order on a
 *        tie; null when every limit binds
 */
public record Grant(BigDecimal amount, Limit binding, List<Limit> bindingLimits, Limit next) {
    private static final Comparator<Limit> LOWEST_FIRST = Comparator.comparing(Limit::amount).thenComparing(Limit::kind);

    public Grant {
        bindingLimits = bindingLimits.stream().sorted(Comparator.comparing(Limit::kind)).toList();
    }

    /**
     * The grant of {@code limits} (every limit of the application, each of a different kind),
     * rounded as {@code rounding} says.
     */
    public static Grant of(Collection<?> limits, GrantRounding rounding) {
        List<Limit> sorted = limits.stream().map(Limit.class::cast).sorted(LOWEST_FIRST).toList();
        Limit lowest = sorted.get(0);
        List<Limit> binding = sorted.stream().filter(l -> l.amount().compareTo(lowest.amount()) == 0).toList();
        Limit next = sorted.stream().filter(l -> l.amount().compareTo(lowest.amount()) > 0).findFirst().orElse(null);
        return new Grant(Rounding.grant(lowest.amount(), rounding), lowest, binding, next);
    }

    /** Whether the limit of {@code kind} is one the grant is bound by. */
    public boolean binds(LimitKind kind) {
        for (Limit limit : bindingLimits) {
            if (limit.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Whether the limit of {@code kind} alone binds the grant: no other limit equals it. */
    public boolean bindsAlone(LimitKind kind) {
        return bindingLimits.size() == 1 && binding.kind() == kind;
    }

    /**
     * Whether the limit of {@code kind} binds, alone or together with {@code rising} only: a limit
     * that rises with it. More eligible costs raise the rate limit and the costs not funded otherwise
     * alike, so a tie of the two is raised by that one change.
     */
    public boolean bindsAloneOrWith(LimitKind kind, LimitKind rising) {
        return binds(kind) && bindingLimits.stream().allMatch(l -> l.kind() == kind || l.kind() == rising);
    }

    /** The rule ids of the limits binding together with {@code kind}, in {@link LimitKind} order: "RDZ-GRANT-REQUESTED". */
    public String othersBinding(LimitKind kind) {
        return bindingLimits.stream().filter(l -> l.kind() != kind).map(Limit::ruleId).collect(Collectors.joining(", "));
    }

    /**
     * The same limits in German words, each with its rule id: "„beantragter Betrag“ (RDZ-GRANT-REQUESTED)";
     * German text names a limit by its word, not by a code.
     */
    public String othersBindingNames(LimitKind kind) {
        return bindingLimits.stream().filter(l -> l.kind() != kind).map(Grant::germanName).collect(Collectors.joining(", "));
    }

    /** The next limit in German words: "„Förderquote“". */
    public String nextName() {
        return "„" + next.kind().germanName() + "“";
    }

    private static String germanName(Limit limit) {
        return "„" + limit.kind().germanName() + "“ (" + limit.ruleId() + ")";
    }

    /**
     * Whether raising the binding limit to the next one raises the grant: not when the next limit
     * lies within the same euro (72,313.40 binding, 72,313.80 next), nor when every limit binds.
     */
    public boolean raisedByNext(GrantRounding rounding) {
        return next != null && nextGrant(rounding).compareTo(amount) > 0;
    }

    /** The grant the next limit would give, rounded as the call says. */
    public BigDecimal nextGrant(GrantRounding rounding) {
        return Rounding.grant(next.amount(), rounding);
    }
}
