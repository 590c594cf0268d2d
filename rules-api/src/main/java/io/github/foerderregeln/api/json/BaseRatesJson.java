package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.foerderregeln.api.Dated;
import io.github.foerderregeln.api.internal.BoundedInput;
import io.github.foerderregeln.api.internal.JsonTree;
import io.github.foerderregeln.api.settlement.BaseRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the Basiszinssatz file of a rule set ({@code data/basiszinssatz.json}): its source, the
 * last day it is known for, and its values in percent, each valid from its day until the next.
 *
 * <pre>{@code
 * { "source": "Deutsche Bundesbank, Basiszinssatz nach § 247 BGB", "knownUntil": "2025-12-31",
 *   "values": [ { "validFrom": "2023-01-01", "value": "1.62" }, { "validFrom": "2023-07-01", "value": "3.12" } ] }
 * }</pre>
 */
public final class BaseRatesJson {
    /** Where the file lies in a rule set. */
    public static final String PATH = "data/basiszinssatz.json";

    private BaseRatesJson() {
    }

    /**
     * Reads a Basiszinssatz file.
     *
     * @throws FundingCallJson.InvalidCallException naming every problem with its field
     */
    public static BaseRates read(byte[] json, String source) {
        JsonTree t = new JsonTree();
        JsonNode root = t.parse(json);
        BaseRates rates = root == null ? null : rates(t, root);
        if (!t.problems.isEmpty()) {
            throw new FundingCallJson.InvalidCallException(source, t.problems);
        }
        return rates;
    }

    private static BaseRates rates(JsonTree t, JsonNode root) {
        if (!t.object(root, "", "source", "knownUntil", "values")) {
            return null;
        }
        String source = t.text(root, "", "source", true);
        LocalDate knownUntil = t.date(root, "", "knownUntil", true);
        JsonNode values = t.array(root, "", "values", true, 1_000);
        List<Dated<BigDecimal>> rates = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        LocalDate last = null;
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String p = "values[" + i + "]";
                JsonNode entry = values.get(i);
                if (!t.object(entry, p, "validFrom", "value")) {
                    continue;
                }
                LocalDate from = t.date(entry, p, "validFrom", true);
                JsonNode raw = t.field(entry, p, "value", true);
                BigDecimal rate = raw == null ? null : t.decimal(raw, p + ".value");
                if (rate != null && (rate.abs().compareTo(BigDecimal.valueOf(100)) > 0 || rate.stripTrailingZeros().scale() > 2)) {
                    t.problem(p + ".value", "must be a rate in percent from -100 to 100 with at most two decimals (was "
                            + BoundedInput.show(rate) + ")");
                    rate = null;
                }
                if (from != null && !seen.add(from)) {
                    t.problem(p + ".validFrom", "a second value from " + from);
                } else if (from != null && rate != null && source != null) {
                    rates.add(new Dated<>(from, rate, source));
                    last = last == null || from.isAfter(last) ? from : last;
                }
            }
        }
        if (knownUntil != null && last != null && knownUntil.isBefore(last)) {
            t.problem("knownUntil", "must not be before the last value's day " + last);
        }
        return t.problems.isEmpty() ? new BaseRates(source, rates, knownUntil) : null;
    }
}
