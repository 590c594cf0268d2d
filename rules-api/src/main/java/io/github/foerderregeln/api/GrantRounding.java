package io.github.foerderregeln.api;

import io.github.foerderregeln.api.internal.Checks;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a call rounds its grant: to {@code scale} decimals with {@code mode}. The call
 * {@code rdz-lsa-2018} rounds down to whole euros (scale 0, {@link RoundingMode#DOWN}).
 *
 * @param scale decimals kept, 0 to 2
 * @param mode the rounding mode; not null, and never one that rounds up
 */
public record GrantRounding(int scale, RoundingMode mode) {
    public GrantRounding {
        Objects.requireNonNull(mode, "mode must not be null");
        if (scale < 0 || scale > Checks.MONEY_SCALE) {
            throw new IllegalArgumentException("scale must be 0, 1 or 2 (was " + scale + ")");
        }
        if (mode != RoundingMode.DOWN && mode != RoundingMode.FLOOR) {
            throw new IllegalArgumentException("a grant is never rounded up: mode must be DOWN or FLOOR (was " + mode + ")");
        }
    }
}
