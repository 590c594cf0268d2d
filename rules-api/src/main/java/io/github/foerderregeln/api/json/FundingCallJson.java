package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Dated;
import io.github.foerderregeln.api.DatedValues;
import io.github.foerderregeln.api.DeMinimisRegulation;
import io.github.foerderregeln.api.DeMinimisWindow;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.GrantRounding;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.internal.BoundedInput;
import io.github.foerderregeln.api.internal.Checks;
import io.github.foerderregeln.api.internal.JsonTree;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import io.github.foerderregeln.api.settlement.LateUseStart;
import io.github.foerderregeln.api.settlement.RetentionStart;
import io.github.foerderregeln.api.settlement.SettlementParameters;

/**
 * Reads a funding call's data file: its parameters, each a list of dated values with a source,
 * and its de-minimis regulations. Rule authors edit these files; every problem is reported with
 * its field.
 *
 * <pre>{@code
 * { "id": "rdz-lsa-2018", "title": "...", "version": "2018.1",
 *   "parameters": { "fundingRate": [ { "validFrom": "2017-12-01", "value": "0.80", "source": "..." } ], ... },
 *   "deMinimisRegulations": [ { "id": "(EU) 1407/2013", "validFrom": "2014-01-01", "validUntil": "2023-12-31",
 *       "ceiling": "200000.00", "window": "CALENDAR_YEARS", "windowYears": 3, "source": "..." } ] }
 * }</pre>
 */
public final class FundingCallJson {
    /** The names of the parameters every call file has. */
    public static final List<String> PARAMETERS = List.of("fundingRate", "maxGrant", "maxDurationMonths",
            "eligibleCostCategories", "eligibleLegalForms", "seatState", "districts", "grantRounding", "minGrant");

    private FundingCallJson() {
    }

    /**
     * Reads a call file.
     *
     * @param json the file's content; not null
     * @param source the file's name, for errors; not null
     * @throws InvalidCallException naming every problem
     */
    public static FundingCall read(byte[] json, String source) {
        JsonTree t = new JsonTree();
        JsonNode root = t.parse(json);
        FundingCall call = root == null ? null : call(t, root);
        if (!t.problems.isEmpty()) {
            throw new InvalidCallException(source, t.problems);
        }
        return call;
    }

    private static FundingCall call(JsonTree t, JsonNode root) {
        if (!t.object(root, "", "id", "title", "version", "parameters", "deMinimisRegulations", "settlementParameters")) {
            return null;
        }
        String id = t.text(root, "", "id", true);
        String title = t.text(root, "", "title", true);
        String version = t.text(root, "", "version", true);
        JsonNode parameters = t.field(root, "", "parameters", true);
        FundingCall call = null;
        if (parameters != null && t.object(parameters, "parameters", PARAMETERS.toArray(String[]::new))) {
            DatedValues<BigDecimal> rate = dated(t, parameters, "fundingRate", (v, p) -> rate(t, v, p));
            DatedValues<BigDecimal> maxGrant = dated(t, parameters, "maxGrant", (v, p) -> t.money(v, p, false));
            DatedValues<Integer> months = dated(t, parameters, "maxDurationMonths",
                    (v, p) -> between(t, v, p, Checks.MAX_DURATION_MONTHS));
            DatedValues<Set<CostCategory>> categories = dated(t, parameters, "eligibleCostCategories",
                    (v, p) -> t.codeSet(v, p, CostCategory.class));
            DatedValues<Set<LegalForm>> forms = dated(t, parameters, "eligibleLegalForms",
                    (v, p) -> t.codeSet(v, p, LegalForm.class));
            DatedValues<String> state = dated(t, parameters, "seatState", t::text);
            DatedValues<Set<String>> districts = dated(t, parameters, "districts", (v, p) -> textSet(t, v, p));
            DatedValues<GrantRounding> rounding = dated(t, parameters, "grantRounding", (v, p) -> rounding(t, v, p));
            DatedValues<BigDecimal> minGrant = dated(t, parameters, "minGrant", (v, p) -> t.money(v, p, false));
            List<DeMinimisRegulation> regulations = regulations(t, root);
            SettlementParameters settlement = settlement(t, root);
            if (t.problems.isEmpty()) {
                call = new FundingCall(id, title, version, rate, maxGrant, months, categories, forms, state, districts,
                        rounding, minGrant, regulations, settlement);
            }
        }
        return call;
    }

    /** The names of the parameters of a call's optional {@code settlementParameters} block. */
    public static final List<String> SETTLEMENT_PARAMETERS = List.of("tolerance", "useMonths", "retentionYears",
            "retentionFrom", "interestPoints", "lateUseFrom", "dayCountBasis", "finalGrantRounding");

    /** The call's settlement parameters, or null when it has none (it then settles nothing). */
    private static SettlementParameters settlement(JsonTree t, JsonNode root) {
        String block = "settlementParameters";
        JsonNode node = t.field(root, "", block, false);
        if (node == null || !t.object(node, block, SETTLEMENT_PARAMETERS.toArray(String[]::new))) {
            return null;
        }
        DatedValues<BigDecimal> tolerance = dated(t, node, block, "tolerance", (v, p) -> share(t, v, p));
        DatedValues<Integer> useMonths = dated(t, node, block, "useMonths",
                (v, p) -> between(t, v, p, Checks.MAX_DURATION_MONTHS));
        DatedValues<Integer> retention = dated(t, node, block, "retentionYears",
                (v, p) -> between(t, v, p, Checks.MAX_WINDOW_YEARS));
        DatedValues<RetentionStart> retentionFrom = dated(t, node, block, "retentionFrom",
                (v, p) -> t.code(v, p, RetentionStart.class));
        DatedValues<BigDecimal> points = dated(t, node, block, "interestPoints", (v, p) -> points(t, v, p));
        DatedValues<LateUseStart> lateUse = dated(t, node, block, "lateUseFrom", (v, p) -> t.code(v, p, LateUseStart.class));
        DatedValues<Integer> basis = dated(t, node, block, "dayCountBasis", (v, p) -> dayBasis(t, v, p));
        DatedValues<GrantRounding> rounding = dated(t, node, block, "finalGrantRounding", (v, p) -> rounding(t, v, p));
        if (tolerance == null || useMonths == null || retention == null || retentionFrom == null || points == null
                || lateUse == null || basis == null || rounding == null) {
            return null;
        }
        return new SettlementParameters(tolerance, useMonths, retention, retentionFrom, points, lateUse, basis, rounding);
    }

    /** A share of at least 0 and at most 1 with at most six decimals (a tolerance of 0.20). */
    private static BigDecimal share(JsonTree t, JsonNode value, String path) {
        BigDecimal share = t.decimal(value, path);
        if (share == null) {
            return null;
        }
        String problem = share.signum() == 0 ? null : Checks.rate(share);
        if (problem != null) {
            t.problem(path, problem);
            return null;
        }
        return share;
    }

    /** Percentage points above the Basiszinssatz: 0 to 100, at most two decimals. */
    private static BigDecimal points(JsonTree t, JsonNode value, String path) {
        BigDecimal points = t.decimal(value, path);
        if (points == null) {
            return null;
        }
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0 || points.stripTrailingZeros().scale() > 2) {
            t.problem(path, "must be percentage points from 0 to 100 with at most two decimals (was "
                    + BoundedInput.show(points) + ")");
            return null;
        }
        return points;
    }

    /** The days of an interest year: 360, 365 or 366. */
    private static Integer dayBasis(JsonTree t, JsonNode value, String path) {
        if (!value.isIntegralNumber() || !(value.intValue() == 360 || value.intValue() == 365 || value.intValue() == 366)) {
            t.problem(path, "must be 360, 365 or 366 (was " + BoundedInput.show(value) + ")");
            return null;
        }
        return value.intValue();
    }

    private static <T> DatedValues<T> dated(JsonTree t, JsonNode parameters, String name,
            BiFunction<JsonNode, String, T> value) {
        return dated(t, parameters, "parameters", name, value);
    }

    private static <T> DatedValues<T> dated(JsonTree t, JsonNode parameters, String block, String name,
            BiFunction<JsonNode, String, T> value) {
        String path = block + "." + name;
        JsonNode values = t.array(parameters, block, name, true, 100);
        if (values == null) {
            return null;
        }
        if (values.isEmpty()) {
            t.problem(path, "needs at least one dated value");
            return null;
        }
        List<Dated<T>> dated = new ArrayList<>();
        Set<LocalDate> seen = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String vp = path + "[" + i + "]";
            JsonNode entry = values.get(i);
            if (!t.object(entry, vp, "validFrom", "value", "source")) {
                continue;
            }
            LocalDate from = t.date(entry, vp, "validFrom", true);
            String source = t.text(entry, vp, "source", true);
            JsonNode raw = t.field(entry, vp, "value", true);
            T parsed = raw == null ? null : value.apply(raw, vp + ".value");
            boolean duplicate = from != null && !seen.add(from);
            if (duplicate) {
                t.problem(vp + ".validFrom", "a second value from " + from);
            }
            // a duplicate is left out, or DatedValues would throw outside the collected problems
            if (!duplicate && from != null && source != null && parsed != null) {
                dated.add(new Dated<>(from, parsed, source));
            }
        }
        return dated.size() == values.size() ? new DatedValues<>(name, dated) : null;
    }

    private static BigDecimal rate(JsonTree t, JsonNode value, String path) {
        BigDecimal rate = t.decimal(value, path);
        String problem = rate == null ? null : io.github.foerderregeln.api.internal.Checks.rate(rate);
        if (problem != null) {
            t.problem(path, problem);
            return null;
        }
        return rate;
    }

    /** A whole number from 1 to {@code max}: a call's durations and windows are small (a window of 2,147,483,647 years is absurd). */
    private static Integer between(JsonTree t, JsonNode value, String path, int max) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1 || value.intValue() > max) {
            t.problem(path, "must be a whole number from 1 to " + max + " (was " + BoundedInput.show(value) + ")");
            return null;
        }
        return value.intValue();
    }

    private static Set<String> textSet(JsonTree t, JsonNode value, String path) {
        List<String> texts = t.texts(value, path);
        return texts == null ? null : Set.copyOf(texts);
    }

    private static GrantRounding rounding(JsonTree t, JsonNode value, String path) {
        if (!t.object(value, path, "scale", "mode")) {
            return null;
        }
        // Any whole number: GrantRounding names the scales it allows.
        Integer scale = t.integer(value, path, "scale", Integer.MIN_VALUE);
        RoundingMode mode = t.code(value, path, "mode", RoundingMode.class, true);
        if (scale == null || mode == null) {
            return null;
        }
        try {
            return new GrantRounding(scale, mode);
        } catch (IllegalArgumentException e) {
            t.problem(path, e.getMessage());
            return null;
        }
    }

    private static List<DeMinimisRegulation> regulations(JsonTree t, JsonNode root) {
        List<DeMinimisRegulation> regulations = new ArrayList<>();
        JsonNode entries = t.array(root, "", "deMinimisRegulations", true, 100);
        if (entries == null) {
            return regulations;
        }
        for (int i = 0; i < entries.size(); i++) {
            String p = "deMinimisRegulations[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!t.object(entry, p, "id", "validFrom", "validUntil", "ceiling", "window", "windowYears", "source")) {
                continue;
            }
            String id = t.text(entry, p, "id", true);
            LocalDate from = t.date(entry, p, "validFrom", true);
            LocalDate until = t.date(entry, p, "validUntil", false);
            BigDecimal ceiling = t.money(entry, p, "ceiling", true, false);
            DeMinimisWindow window = t.code(entry, p, "window", DeMinimisWindow.class, true);
            JsonNode yearsNode = t.field(entry, p, "windowYears", true);
            Integer years = yearsNode == null ? null : between(t, yearsNode, p + ".windowYears", Checks.MAX_WINDOW_YEARS);
            String source = t.text(entry, p, "source", true);
            if (from != null && until != null && until.isBefore(from)) {
                t.problem(p + ".validUntil", "must not be before validFrom " + from);
            } else if (id != null && from != null && ceiling != null && window != null && years != null && source != null) {
                regulations.add(new DeMinimisRegulation(id, from, until, ceiling, window, years, source));
            }
        }
        return regulations;
    }

    /** A call file that cannot be read: every problem, each naming its field. */
    public static final class InvalidCallException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        InvalidCallException(String source, List<Problem> problems) {
            super(source + ": invalid call data\n  " + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        /** Every problem found. */
        public List<Problem> problems() {
            return problems;
        }
    }
}
