package io.github.foerderregeln.testing.diff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.foerderregeln.api.GermanNamed;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.FindingChange;
import io.github.foerderregeln.testing.diff.PolicyDiffResult.InvalidApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a policy diff as one JSON object, pretty-printed. Money is a JSON number with exactly
 * two decimals ({@code 250000.00}, never an exponent); outcomes and severities are their enum
 * codes; messages are in the result's language.
 *
 * <pre>{@code
 * {
 *   "language": "EN",                   // language of the messages: DE or EN
 *   "summary": {
 *     "baselineRuleSet": "baseline@3f2a9c01be47", // identity of the baseline rule set
 *     "candidateRuleSet": "candidate@8d1e07a4c2f5", // identity of the candidate rule set
 *     "applications": 6,                // applications read
 *     "assessed": 5,                    // applications both rule sets assessed
 *     "invalid": 1,                     // applications at least one rule set could not assess
 *     "changed": 2,                     // assessed applications whose outcome, grant or findings changed
 *     "eligibilityGained": 0,           // not ELIGIBLE before, ELIGIBLE after
 *     "eligibilityLost": 0,             // ELIGIBLE before, not after
 *     "totalGrantBefore": 280000.00,    // sum of the grants under the baseline (assessed applications)
 *     "totalGrantAfter": 340000.00,     // the same under the candidate
 *     "totalGrantChange": 60000.00,     // after - before, negative when the candidate grants less
 *     "material": 1,                    // of the changed: outcome or grant differs
 *     "explanatoryOnly": 1              // of the changed: only findings differ
 *   },
 *   "transitions": [                    // applications whose outcome changed, per pair of outcomes
 *     { "from": "INELIGIBLE", "to": "ELIGIBLE", "count": 1 }
 *   ],
 *   "changed": [                        // material first, the largest grant change first; then the rest by id
 *     {
 *       "applicationId": "a-17",
 *       "material": true,               // outcome or grant changed
 *       "outcomeBefore": "ELIGIBLE",    // ELIGIBLE, INELIGIBLE, INCOMPLETE or PENDING_BOARD_VOTE
 *       "outcomeAfter": "ELIGIBLE",
 *       "grantBefore": 200000.00,
 *       "grantAfter": 250000.00,
 *       "grantChange": 50000.00,        // grantAfter - grantBefore
 *       "findingsAdded": [              // findings only the candidate gives
 *         { "ruleId": "RDZ-GRANT-CEILING", "severity": "INFO", "message": "..." }
 *       ],
 *       "findingsRemoved": [ ... ]      // findings only the baseline gives, same fields
 *     }
 *   ],
 *   "invalid": [                        // in the order compared
 *     {
 *       "applicationId": "a-3",
 *       "invalidUnder": "BOTH",         // BASELINE, CANDIDATE or BOTH: which rule set rejected it
 *       "problems": [                   // every problem either rule set found
 *         { "field": "decisionDate", "message": "..." }
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>A settlement diff has the same structure with {@code settlementId} for {@code applicationId};
 * in its summary {@code settlements} and {@code settled} for {@code applications} and {@code assessed},
 * no eligibility counts, and {@code total<Figure>Before}, {@code ...After} and {@code ...Change} for
 * each of the five figures {@code FinalGrant}, {@code Refund}, {@code RemainingPayment},
 * {@code RefundInterest} and {@code LateUseInterest}; in each change {@code <figure>Before},
 * {@code <figure>After} and {@code <figure>Change} ({@code finalGrantBefore}, ...) and
 * {@code balanceChange}, the change of the remaining payment less the refund and both interests;
 * outcomes are {@code REFUND}, {@code FINAL_PAYMENT}, {@code BALANCED} or {@code INCOMPLETE}.
 */
public final class PolicyDiffJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final int MONEY_SCALE = 2;

    private PolicyDiffJson() {
    }

    /** The report as one JSON string. */
    public static String toJson(PolicyDiffResult result) {
        return ReportText.of(result, PolicyDiffJson::write);
    }

    /** The report of a settlement diff as one JSON string. */
    public static String toJson(SettlementDiffResult result) {
        return ReportText.of(result, PolicyDiffJson::write);
    }

    /** Writes the report to {@code out}; does not close it. */
    public static void write(PolicyDiffResult result, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, DiffView.of(result));
        }
    }

    /** Writes the report of a settlement diff to {@code out}; does not close it. */
    public static void write(SettlementDiffResult result, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, DiffView.of(result));
        }
    }

    /** Writes the report to {@code out} in UTF-8; does not close it. */
    public static void write(PolicyDiffResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(json, DiffView.of(result));
        }
    }

    private static <O extends Enum<O> & GermanNamed, C extends Change<O>> void write(JsonGenerator json,
            DiffView<O, C> view) throws IOException {
        json.useDefaultPrettyPrinter();
        DiffLabels.Kind kind = view.kindLabels();
        json.writeStartObject();
        json.writeStringField("language", view.language().name());
        json.writeObjectFieldStart("summary");
        json.writeStringField("baselineRuleSet", view.baselineRuleSet());
        json.writeStringField("candidateRuleSet", view.candidateRuleSet());
        for (DiffView.Count count : view.counts()) {
            json.writeNumberField(count.name(), count.value());
        }
        for (DiffView.Count count : view.moreCounts()) {
            json.writeNumberField(count.name(), count.value());
        }
        for (DiffView.Total total : view.totals()) {
            money(json, "total" + total.name() + "Before", total.before());
            money(json, "total" + total.name() + "After", total.after());
            money(json, "total" + total.name() + "Change", total.change());
        }
        json.writeNumberField("material", view.material().size());
        json.writeNumberField("explanatoryOnly", view.explanatory().size());
        json.writeEndObject();
        json.writeArrayFieldStart("transitions");
        for (var from : view.transitions().entrySet()) {
            for (var to : from.getValue().entrySet()) {
                json.writeStartObject();
                json.writeStringField("from", from.getKey().name());
                json.writeStringField("to", to.getKey().name());
                json.writeNumberField("count", to.getValue());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changed");
        for (C change : view.ordered()) {
            json.writeStartObject();
            json.writeStringField(kind.idName(), change.id());
            json.writeBooleanField("material", change.material());
            json.writeStringField("outcomeBefore", change.outcomeBefore().name());
            json.writeStringField("outcomeAfter", change.outcomeAfter().name());
            for (DiffView.Amount amount : view.amounts().apply(change)) {
                money(json, amount.name() + "Before", amount.before());
                money(json, amount.name() + "After", amount.after());
                money(json, amount.name() + "Change", amount.change());
            }
            if (kind.moneyChangeName() != null) {
                money(json, kind.moneyChangeName(), change.moneyChange());
            }
            findings(json, "findingsAdded", change.findingsAdded());
            findings(json, "findingsRemoved", change.findingsRemoved());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("invalid");
        for (InvalidApplication invalid : view.invalid()) {
            json.writeStartObject();
            json.writeStringField(kind.idName(), invalid.applicationId());
            json.writeStringField("invalidUnder", invalid.invalidUnder().name());
            json.writeArrayFieldStart("problems");
            for (Problem problem : invalid.problems()) {
                json.writeStartObject();
                json.writeStringField("field", problem.field());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private static void findings(JsonGenerator json, String name, List<FindingChange> findings) throws IOException {
        json.writeArrayFieldStart(name);
        for (FindingChange finding : findings) {
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("message", finding.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Two decimals; an amount with more (never a grant, which is rounded to cents or euros) keeps them all. */
    private static void money(JsonGenerator json, String name, BigDecimal amount) throws IOException {
        json.writeFieldName(name);
        boolean cents = amount.scale() <= MONEY_SCALE || amount.stripTrailingZeros().scale() <= MONEY_SCALE;
        json.writeNumber(cents ? amount.setScale(MONEY_SCALE) : amount);
    }
}
