package io.github.foerderregeln.drools.reference;

import io.github.foerderregeln.api.Limit;
import io.github.foerderregeln.api.LimitKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The limits of the grant, exact and unrounded, one field per {@link LimitKind} so that the
 * reference allocates no map per assessment.
 *
 * @param rate the funding rate times the eligible costs; null only when read from an engine that set none
 * @param ceiling the call's highest grant; null only when read from an engine that set none
 * @param requested the amount requested; null only when read from an engine that set none
 * @param noDoubleFunding eligible costs less other funding; null only when read from an engine that set none
 * @param deMinimis the de-minimis headroom; null unless the applicant is an undertaking and a regulation is in force
 */
public record Limits(BigDecimal rate, BigDecimal ceiling, BigDecimal requested, BigDecimal noDoubleFunding,
        BigDecimal deMinimis) {

    /** The limits an assessment reports, by kind. */
    public static Limits of(List<Limit> limits) {
        BigDecimal[] byKind = new BigDecimal[LimitKind.values().length];
        for (Limit limit : limits) {
            if (byKind[limit.kind().ordinal()] != null) {
                throw new IllegalArgumentException("two limits of kind " + limit.kind() + ": " + limits);
            }
            byKind[limit.kind().ordinal()] = limit.amount();
        }
        return new Limits(byKind[0], byKind[1], byKind[2], byKind[3], byKind[4]);
    }

    /** The limit of {@code kind}, or null when none was set. */
    public BigDecimal amount(LimitKind kind) {
        return switch (kind) {
            case RATE -> rate;
            case CEILING -> ceiling;
            case REQUESTED -> requested;
            case NO_DOUBLE_FUNDING -> noDoubleFunding;
            case DEMINIMIS -> deMinimis;
        };
    }
}
