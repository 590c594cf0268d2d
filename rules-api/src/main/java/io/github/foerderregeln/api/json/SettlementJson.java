package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.Language;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.Rounding;
import io.github.foerderregeln.api.internal.ApplicationValidator;
import io.github.foerderregeln.api.internal.Checks;
import io.github.foerderregeln.api.internal.JsonTree;
import io.github.foerderregeln.api.settlement.AidRegulation;
import io.github.foerderregeln.api.settlement.Conditions;
import io.github.foerderregeln.api.settlement.DeMinimisStatement;
import io.github.foerderregeln.api.settlement.Expenditure;
import io.github.foerderregeln.api.settlement.GrantDecision;
import io.github.foerderregeln.api.settlement.InterestLine;
import io.github.foerderregeln.api.settlement.InvalidSettlementException;
import io.github.foerderregeln.api.settlement.Payment;
import io.github.foerderregeln.api.settlement.Recipient;
import io.github.foerderregeln.api.settlement.Settlement;
import io.github.foerderregeln.api.settlement.SettlementAmounts;
import io.github.foerderregeln.api.settlement.SettlementLimit;
import io.github.foerderregeln.api.settlement.SettlementResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads grant decisions and settlements, and writes grant decisions and settlement results, in the
 * JSON form of {@code docs/json-format.md}: money exact, every problem of an input collected and
 * thrown as one {@link InvalidSettlementException} naming each field, unknown fields refused.
 */
public final class SettlementJson {
    private final Set<String> knownCalls;

    /**
     * @param knownCalls the call ids a grant decision may name; not null
     */
    public SettlementJson(Set<String> knownCalls) {
        this.knownCalls = Set.copyOf(knownCalls);
    }

    /**
     * Reads one settlement from a file, at most 1 MiB of it.
     *
     * @throws InvalidSettlementException naming the file and every problem
     * @throws IOException when the file cannot be read
     */
    public Settlement readSettlement(Path file) throws IOException {
        JsonTree tree = new JsonTree();
        byte[] json = tree.read(file, "$");
        if (json == null) {
            throw new InvalidSettlementException(file.toString(), tree.problems);
        }
        return readSettlement(json, file.toString());
    }

    /** Reads one settlement from UTF-8 JSON; {@code source} names it in the error (may be null). */
    public Settlement readSettlement(byte[] json, String source) {
        Objects.requireNonNull(json, "json must not be null");
        JsonTree tree = new JsonTree();
        JsonNode root = tree.parse(json);
        Settlement settlement = root == null ? null : build(tree, () -> settlement(tree, root));
        if (!tree.problems.isEmpty()) {
            throw new InvalidSettlementException(source, tree.problems);
        }
        return settlement;
    }

    /** Reads one grant decision from UTF-8 JSON; {@code source} names it in the error (may be null). */
    public GrantDecision readDecision(byte[] json, String source) {
        Objects.requireNonNull(json, "json must not be null");
        JsonTree tree = new JsonTree();
        JsonNode root = tree.parse(json);
        GrantDecision decision = root == null ? null : build(tree, () -> decision(tree, root, ""));
        if (!tree.problems.isEmpty()) {
            throw new InvalidSettlementException(source, tree.problems);
        }
        return decision;
    }

    /** Runs a record's constructor, recording its problems (cross-field ones the reader does not check itself). */
    private static <T> T build(JsonTree t, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidSettlementException e) {
            t.problems.addAll(e.problems());
            return null;
        }
    }

    private Settlement settlement(JsonTree t, JsonNode root) {
        // "$schema" names the JSON Schema an editor checks the file with (schemas/settlement.schema.json).
        if (!t.object(root, "", "$schema", "id", "grantDecision", "overrunApproved", "payments", "expenditure",
                "otherFundingReceived", "proofSubmittedOn", "settlementDate")) {
            return null;
        }
        String id = t.text(root, "", "id", true);
        JsonNode decisionNode = t.field(root, "", "grantDecision", true);
        GrantDecision decision = null;
        if (decisionNode != null) {
            decision = decision(t, decisionNode, "grantDecision");
        }
        Set<CostCategory> overrun = EnumSet.noneOf(CostCategory.class);
        JsonNode overrunNode = t.array(root, "", "overrunApproved", false, CostCategory.values().length * 10);
        if (overrunNode != null) {
            for (int i = 0; i < overrunNode.size(); i++) {
                CostCategory c = t.code(overrunNode.get(i), "overrunApproved[" + i + "]", CostCategory.class);
                if (c != null) {
                    overrun.add(c);
                }
            }
        }
        List<Payment> payments = new ArrayList<>();
        JsonNode paymentNodes = t.array(root, "", "payments", false, Settlement.MAX_ITEMS);
        if (paymentNodes != null) {
            for (int i = 0; i < paymentNodes.size(); i++) {
                String p = "payments[" + i + "]";
                JsonNode node = paymentNodes.get(i);
                if (t.object(node, p, "paidOn", "amount")) {
                    LocalDate paidOn = t.date(node, p, "paidOn", true);
                    BigDecimal amount = t.money(node, p, "amount", true, false);
                    if (paidOn != null && amount != null) {
                        payments.add(new Payment(paidOn, amount));
                    }
                }
            }
        }
        List<Expenditure> expenditure = new ArrayList<>();
        JsonNode items = t.array(root, "", "expenditure", true, Settlement.MAX_ITEMS);
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                String p = "expenditure[" + i + "]";
                JsonNode node = items.get(i);
                if (t.object(node, p, "category", "amount", "paidOn", "description")) {
                    CostCategory category = t.code(node, p, "category", CostCategory.class, true);
                    BigDecimal amount = t.money(node, p, "amount", true, false);
                    LocalDate paidOn = t.date(node, p, "paidOn", true);
                    String description = t.text(node, p, "description", false);
                    if (category != null && amount != null && paidOn != null) {
                        expenditure.add(new Expenditure(category, amount, paidOn, description == null ? "" : description));
                    }
                }
            }
        }
        BigDecimal other = t.money(root, "", "otherFundingReceived", false, true);
        LocalDate submitted = t.date(root, "", "proofSubmittedOn", true);
        LocalDate settlementDate = t.date(root, "", "settlementDate", true);
        if (settlementDate != null) {
            // Also when other fields are wrong: every problem is named at once.
            for (int i = 0; paymentNodes != null && i < paymentNodes.size(); i++) {
                after(t, "payments[" + i + "]", paymentNodes.get(i), settlementDate);
            }
            for (int i = 0; items != null && i < items.size(); i++) {
                after(t, "expenditure[" + i + "]", items.get(i), settlementDate);
            }
            if (submitted != null && submitted.isAfter(settlementDate)) {
                t.problem("proofSubmittedOn", afterSettlement(submitted, settlementDate));
            }
        }
        if (!t.problems.isEmpty()) {
            return null;
        }
        return new Settlement(id, decision, overrun, payments, expenditure,
                other == null ? BigDecimal.ZERO : other, submitted, settlementDate);
    }

    private static void after(JsonTree t, String path, JsonNode node, LocalDate settlementDate) {
        JsonNode day = node == null || !node.isObject() ? null : node.get("paidOn");
        LocalDate paidOn = day == null || !day.isTextual() ? null : io.github.foerderregeln.api.internal.BoundedInput.date(day.textValue());
        if (paidOn != null && paidOn.isAfter(settlementDate)) {
            t.problem(path + ".paidOn", afterSettlement(paidOn, settlementDate));
        }
    }

    /** The words of {@link Settlement}'s own check, so that both name the problem alike. */
    private static String afterSettlement(LocalDate date, LocalDate settlementDate) {
        return "must not be after the settlement date " + settlementDate + " (was " + date + ")";
    }

    private GrantDecision decision(JsonTree t, JsonNode node, String p) {
        if (!t.object(node, p, "id", "call", "decisionDate", "recipient", "grant", "fundingRate", "approvedExpenditure",
                "plannedOtherFunding", "period", "proofDue", "conditions", "deMinimis")) {
            return null;
        }
        String id = t.text(node, p, "id", true);
        String call = t.text(node, p, "call", true);
        if (call != null && !knownCalls.contains(call)) {
            Problem unknown = ApplicationValidator.unknownCall(call, knownCalls);
            t.problem(JsonTree.join(p, "call"), unknown.message());
        }
        LocalDate decisionDate = t.date(node, p, "decisionDate", true);
        Recipient recipient = null;
        String rp = JsonTree.join(p, "recipient");
        JsonNode r = t.field(node, p, "recipient", true);
        if (r != null && t.object(r, rp, "name", "legalForm")) {
            String name = t.text(r, rp, "name", true);
            LegalForm form = t.code(r, rp, "legalForm", LegalForm.class, true);
            recipient = name == null || form == null ? null : new Recipient(name, form);
        }
        BigDecimal grant = t.money(node, p, "grant", true, false);
        BigDecimal rate = null;
        JsonNode rateNode = t.field(node, p, "fundingRate", true);
        if (rateNode != null) {
            rate = t.decimal(rateNode, JsonTree.join(p, "fundingRate"));
            String problem = rate == null ? null : GrantDecision.fundingRateProblem(rate);
            if (problem != null) {
                t.problem(JsonTree.join(p, "fundingRate"), problem);
            }
        }
        Map<CostCategory, BigDecimal> approved = null;
        String ap = JsonTree.join(p, "approvedExpenditure");
        JsonNode a = t.field(node, p, "approvedExpenditure", true);
        if (a != null && t.object(a, ap, "PERSONNEL", "MATERIAL", "INVESTMENT", "OTHER")) {
            approved = new EnumMap<>(CostCategory.class);
            for (CostCategory c : CostCategory.values()) {
                BigDecimal amount = t.money(a, ap, c.name(), false, true);
                if (amount != null) {
                    approved.put(c, amount);
                }
            }
        }
        BigDecimal planned = t.money(node, p, "plannedOtherFunding", true, true);
        LocalDate start = null;
        LocalDate end = null;
        String pp = JsonTree.join(p, "period");
        JsonNode period = t.field(node, p, "period", true);
        if (period != null && t.object(period, pp, "start", "end")) {
            start = t.date(period, pp, "start", true);
            end = t.date(period, pp, "end", true);
            String order = Checks.period(start, end);
            if (order != null) {
                t.problem(JsonTree.join(pp, "end"), order);
            }
        }
        LocalDate proofDue = t.date(node, p, "proofDue", false);
        Conditions conditions = t.code(node, p, "conditions", Conditions.class, false);
        DeMinimisStatement deMinimis = null;
        String dp = JsonTree.join(p, "deMinimis");
        JsonNode d = t.field(node, p, "deMinimis", false);
        if (d != null && t.object(d, dp, "regulation", "amount")) {
            AidRegulation regulation = t.code(d, dp, "regulation", AidRegulation.class, true);
            BigDecimal amount = t.money(d, dp, "amount", true, false);
            deMinimis = regulation == null || amount == null ? null : new DeMinimisStatement(regulation, amount);
        }
        if (!t.problems.isEmpty()) {
            return null;
        }
        try {
            return new GrantDecision(id, call, decisionDate, recipient, grant, rate, approved, planned, start, end,
                    proofDue, conditions, deMinimis);
        } catch (InvalidSettlementException e) {
            for (Problem problem : e.problems()) {
                t.problem(JsonTree.join(p, problem.field()), problem.message());
            }
            return null;
        }
    }

    /** A grant decision in the form {@link #readDecision} reads back to an equal decision, every field written. */
    public static String toJson(GrantDecision decision) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonTree.MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            writeDecision(json, decision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    static void writeDecision(JsonGenerator json, GrantDecision d) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", d.id());
        json.writeStringField("call", d.callId());
        json.writeStringField("decisionDate", d.decisionDate().toString());
        json.writeObjectFieldStart("recipient");
        json.writeStringField("name", d.recipient().name());
        json.writeStringField("legalForm", d.recipient().legalForm().name());
        json.writeEndObject();
        json.writeStringField("grant", d.grant().toPlainString());
        json.writeStringField("fundingRate", d.fundingRate().setScale(4).toPlainString());
        json.writeObjectFieldStart("approvedExpenditure");
        for (Map.Entry<CostCategory, BigDecimal> e : d.approvedExpenditure().entrySet()) {
            json.writeStringField(e.getKey().name(), e.getValue().toPlainString());
        }
        json.writeEndObject();
        json.writeStringField("plannedOtherFunding", d.plannedOtherFunding().toPlainString());
        json.writeObjectFieldStart("period");
        json.writeStringField("start", d.periodStart().toString());
        json.writeStringField("end", d.periodEnd().toString());
        json.writeEndObject();
        json.writeStringField("proofDue", d.proofDue().toString());
        json.writeStringField("conditions", d.conditions().name());
        if (d.deMinimis() == null) {
            json.writeNullField("deMinimis");
        } else {
            json.writeObjectFieldStart("deMinimis");
            json.writeStringField("regulation", d.deMinimis().regulation().name());
            json.writeStringField("amount", d.deMinimis().amount().toPlainString());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** A settlement as a settlement file that {@link #readSettlement} reads back to an equal settlement. */
    public static String toJson(Settlement s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonTree.MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeFieldName("grantDecision");
            writeDecision(json, s.decision());
            json.writeArrayFieldStart("overrunApproved");
            for (CostCategory c : EnumSet.copyOf(s.overrunApproved().isEmpty() ? EnumSet.noneOf(CostCategory.class)
                    : EnumSet.copyOf(s.overrunApproved()))) {
                json.writeString(c.name());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("payments");
            for (Payment payment : s.payments()) {
                json.writeStartObject();
                json.writeStringField("paidOn", payment.paidOn().toString());
                json.writeStringField("amount", payment.amount().toPlainString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("expenditure");
            for (Expenditure item : s.expenditure()) {
                json.writeStartObject();
                json.writeStringField("category", item.category().name());
                json.writeStringField("amount", item.amount().toPlainString());
                json.writeStringField("paidOn", item.paidOn().toString());
                json.writeStringField("description", item.description());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("otherFundingReceived", s.otherFundingReceived().toPlainString());
            json.writeStringField("proofSubmittedOn", s.proofSubmittedOn().toString());
            json.writeStringField("settlementDate", s.settlementDate().toString());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Writes a JSON array of settlement results, findings in {@code language}. */
    public static void writeAll(List<SettlementResult> results, Language language, Writer out) throws IOException {
        try (JsonGenerator json = JsonTree.MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartArray();
            for (SettlementResult result : results) {
                writeResult(json, result, language);
            }
            json.writeEndArray();
        }
    }

    /** One settlement result as a JSON object, findings in {@code language}. */
    public static String toJson(SettlementResult result, Language language) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonTree.MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            writeResult(json, result, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    static void writeResult(JsonGenerator json, SettlementResult r, Language language) throws IOException {
        SettlementAmounts a = r.amounts();
        json.writeStartObject();
        json.writeStringField("settlementId", r.settlementId());
        json.writeStringField("call", r.callId());
        json.writeStringField("outcome", r.outcome().name());
        json.writeObjectFieldStart("amounts");
        money(json, "declared", a.declared());
        money(json, "recognised", a.recognised());
        money(json, "notRecognised", a.notRecognised());
        json.writeObjectFieldStart("recognisedByCategory");
        for (Map.Entry<CostCategory, BigDecimal> e : a.recognisedByCategory().entrySet()) {
            money(json, e.getKey().name(), e.getValue());
        }
        json.writeEndObject();
        money(json, "finalGrant", a.finalGrant());
        money(json, "paid", a.paid());
        money(json, "refund", a.refund());
        money(json, "remainingPayment", a.remainingPayment());
        money(json, "refundInterest", a.refundInterest());
        money(json, "lateUseInterest", a.lateUseInterest());
        json.writeEndObject();
        json.writeArrayFieldStart("interest");
        for (InterestLine line : r.interest()) {
            json.writeStartObject();
            json.writeStringField("kind", line.kind().name());
            json.writeFieldName("amount");
            json.writeNumber(line.amount().setScale(Checks.MONEY_SCALE, RoundingMode.HALF_UP));
            json.writeStringField("from", line.from().toString());
            json.writeStringField("to", line.to().toString());
            json.writeNumberField("days", line.days());
            json.writeFieldName("ratePercent");
            json.writeNumber(line.ratePercent().setScale(2, RoundingMode.HALF_UP));
            json.writeFieldName("interest");
            json.writeNumber(line.interest().setScale(Checks.MONEY_SCALE, RoundingMode.HALF_UP));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("limits");
        for (SettlementLimit limit : r.limits()) {
            json.writeStartObject();
            json.writeStringField("kind", limit.kind().name());
            json.writeStringField("ruleId", limit.ruleId());
            json.writeFieldName("amount");
            json.writeNumber(Rounding.shown(limit.amount()));
            json.writeBooleanField("binding", limit.binding());
            json.writeEndObject();
        }
        json.writeEndArray();
        AssessmentJson.findings(json, r.findings(), language);
        json.writeArrayFieldStart("rulesFired");
        for (String rule : r.rulesFired()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeStringField("callVersion", r.callVersion());
        json.writeStringField("ruleSet", r.ruleSet());
        json.writeEndObject();
    }

    private static void money(JsonGenerator json, String name, BigDecimal amount) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(amount.setScale(Checks.MONEY_SCALE));
    }
}
