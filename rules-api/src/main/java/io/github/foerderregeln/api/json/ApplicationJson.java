package io.github.foerderregeln.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.foerderregeln.api.Applicant;
import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.BoardVote;
import io.github.foerderregeln.api.CentreTask;
import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.CostItem;
import io.github.foerderregeln.api.DeMinimisAid;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.OtherFunding;
import io.github.foerderregeln.api.PartnerSector;
import io.github.foerderregeln.api.Project;
import io.github.foerderregeln.api.internal.ApplicationLimits;
import io.github.foerderregeln.api.internal.ApplicationValidator;
import io.github.foerderregeln.api.internal.Checks;
import io.github.foerderregeln.api.internal.JsonTree;
import io.github.foerderregeln.api.internal.Subdivisions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads (and {@linkplain #toJson writes}) an application in the JSON form of {@code docs/json-format.md}. Every problem of the input
 * is collected and thrown as one {@link InvalidApplicationException}; an application is only
 * built when there is none.
 */
public final class ApplicationJson {
    private final Set<String> knownCalls;

    /**
     * The application as a file of the application format, which {@link #read} reads back to an
     * equal application: money as strings with two decimals, codes by name, tasks and partners in
     * the order of their codes so that the same application always gives the same text.
     */
    public static String toJson(Application application) {
        ObjectNode root = JsonTree.MAPPER.createObjectNode();
        root.put("id", application.id());
        root.put("call", application.callId());
        root.put("decisionDate", application.decisionDate().toString());
        Applicant applicant = application.applicant();
        ObjectNode a = root.putObject("applicant");
        a.put("name", applicant.name());
        a.put("legalForm", applicant.legalForm().name());
        a.put("state", applicant.state());
        a.put("district", applicant.district());
        a.put("economicActivity", applicant.economicActivity());
        ArrayNode aid = a.putArray("deMinimisAid");
        for (DeMinimisAid entry : applicant.deMinimisAid()) {
            aid.addObject().put("grantedOn", entry.grantedOn().toString()).put("amount", entry.amount().toPlainString());
        }
        Project project = application.project();
        ObjectNode p = root.putObject("project");
        p.put("title", project.title());
        p.put("start", project.start().toString());
        p.put("end", project.end().toString());
        ArrayNode tasks = p.putArray("tasks");
        project.tasks().stream().sorted().forEach(task -> tasks.add(task.name()));
        ArrayNode partners = p.putArray("partners");
        project.partners().stream().sorted().forEach(partner -> partners.add(partner.name()));
        p.put("sustainabilityConcept", project.sustainabilityConcept());
        p.put("earlyStartApprovedOn", project.earlyStartApprovedOn() == null ? null : project.earlyStartApprovedOn().toString());
        ArrayNode costs = root.putArray("costs");
        for (CostItem item : application.costs()) {
            costs.addObject().put("category", item.category().name()).put("amount", item.amount().toPlainString())
                    .put("description", item.description());
        }
        root.putObject("otherFunding").put("thirdParty", application.otherFunding().thirdParty().toPlainString())
                .put("otherPublic", application.otherFunding().otherPublic().toPlainString());
        root.put("requestedGrant", application.requestedGrant().toPlainString());
        root.put("boardVote", application.boardVote() == null ? null : application.boardVote().name());
        try {
            return JsonTree.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param knownCalls the call ids an application may name; an application naming another is
     *        invalid (docs/rules.md, Invalid input); not null
     */
    public ApplicationJson(Set<String> knownCalls) {
        this.knownCalls = Set.copyOf(knownCalls);
    }

    /**
     * Reads one application from a file: at most {@link ApplicationLimits#MAX_FILE_BYTES} of it,
     * whatever it is (a device or a pipe too).
     *
     * @throws InvalidApplicationException naming the file and every problem, also a file too large
     * @throws IOException when the file cannot be read
     */
    public Application read(Path file) throws IOException {
        JsonTree tree = new JsonTree();
        byte[] json = tree.read(file, "$");
        if (json == null) {
            throw new InvalidApplicationException(file.toString(), tree.problems);
        }
        return read(json, file.toString());
    }

    /** Reads one application from a stream; more than 1 MiB is invalid input (docs/input-and-trust.md, The bounds). */
    public Application read(InputStream in, String source) throws IOException {
        JsonTree tree = new JsonTree();
        byte[] json = tree.read(in, "$");
        if (json == null) {
            throw new InvalidApplicationException(source, tree.problems);
        }
        return read(json, source);
    }

    /**
     * Reads one application from UTF-8 JSON.
     *
     * @param json the JSON; not null
     * @param source what it was read from, for the error; may be null
     * @throws InvalidApplicationException naming every problem
     */
    public Application read(byte[] json, String source) {
        Objects.requireNonNull(json, "json must not be null");
        JsonTree tree = new JsonTree();
        JsonNode root = tree.parse(json);
        Application application = root == null ? null : application(tree, root);
        if (!tree.problems.isEmpty()) {
            throw new InvalidApplicationException(source, tree.problems);
        }
        return application;
    }

    private Application application(JsonTree t, JsonNode root) {
        // "$schema" names the JSON Schema an editor checks the file with (schemas/application.schema.json).
        if (!t.object(root, "", "$schema", "id", "call", "decisionDate", "applicant", "project", "costs", "otherFunding",
                "requestedGrant", "boardVote")) {
            return null;
        }
        String id = t.text(root, "", "id", true);
        String call = t.text(root, "", "call", true);
        if (call != null && !knownCalls.contains(call)) {
            t.problems.add(ApplicationValidator.unknownCall(call, knownCalls));
        }
        LocalDate decisionDate = t.date(root, "", "decisionDate", true);
        Applicant applicant = applicant(t, t.field(root, "", "applicant", true));
        Project project = project(t, t.field(root, "", "project", true));
        List<CostItem> costs = costs(t, root);
        OtherFunding otherFunding = otherFunding(t, t.field(root, "", "otherFunding", false));
        BigDecimal requested = t.money(root, "", "requestedGrant", true, false);
        BoardVote vote = t.code(root, "", "boardVote", BoardVote.class, false);
        if (!t.problems.isEmpty()) {
            return null;
        }
        return new Application(id, call, decisionDate, applicant, project, costs, otherFunding, requested,
                vote == null ? BoardVote.PENDING : vote);
    }

    private static Applicant applicant(JsonTree t, JsonNode node) {
        String p = "applicant";
        if (node == null || !t.object(node, p, "name", "legalForm", "state", "district", "economicActivity", "deMinimisAid")) {
            return null;
        }
        String name = t.text(node, p, "name", true);
        LegalForm form = t.code(node, p, "legalForm", LegalForm.class, true);
        String state = t.text(node, p, "state", true);
        if (state != null && Subdivisions.problem(state) != null) {
            t.problem(p + ".state", Subdivisions.problem(state));
            // Recorded as a problem: the record would throw on it before every problem is reported.
            state = null;
        }
        String district = t.text(node, p, "district", false);
        // Absent, it follows the legal form: a GmbH is an undertaking whether or not it says so.
        boolean economic = t.bool(node, p, "economicActivity", form != null && form.undertakingByForm());
        List<DeMinimisAid> aid = new ArrayList<>();
        JsonNode entries = t.array(node, p, "deMinimisAid", false, ApplicationLimits.MAX_DE_MINIMIS_AID);
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                String ep = p + ".deMinimisAid[" + i + "]";
                JsonNode entry = entries.get(i);
                if (t.object(entry, ep, "grantedOn", "amount")) {
                    LocalDate grantedOn = t.date(entry, ep, "grantedOn", true);
                    BigDecimal amount = t.money(entry, ep, "amount", true, false);
                    if (grantedOn != null && amount != null) {
                        aid.add(new DeMinimisAid(grantedOn, amount));
                    }
                }
            }
        }
        return name == null || form == null || state == null ? null
                : new Applicant(name, form, state, district, economic, aid);
    }

    private static Project project(JsonTree t, JsonNode node) {
        String p = "project";
        if (node == null || !t.object(node, p, "title", "start", "end", "tasks", "partners", "sustainabilityConcept",
                "earlyStartApprovedOn")) {
            return null;
        }
        String title = t.text(node, p, "title", false);
        LocalDate start = t.date(node, p, "start", true);
        LocalDate end = t.date(node, p, "end", true);
        String order = Checks.period(start, end);
        if (order != null) {
            t.problem(p + ".end", order);
        }
        List<CentreTask> tasks = t.codes(node, p, "tasks", CentreTask.class);
        List<PartnerSector> partners = t.codes(node, p, "partners", PartnerSector.class);
        boolean concept = t.bool(node, p, "sustainabilityConcept", false);
        LocalDate earlyStart = t.date(node, p, "earlyStartApprovedOn", false);
        return start == null || end == null || order != null ? null
                : new Project(title == null ? "" : title, start, end, Set.copyOf(tasks), Set.copyOf(partners), concept, earlyStart);
    }

    private static List<CostItem> costs(JsonTree t, JsonNode root) {
        List<CostItem> costs = new ArrayList<>();
        JsonNode items = t.array(root, "", "costs", true, ApplicationLimits.MAX_COST_ITEMS);
        if (items == null) {
            return costs;
        }
        if (items.isEmpty()) {
            t.problem("costs", "must have at least one item");
        }
        for (int i = 0; i < items.size(); i++) {
            String ip = "costs[" + i + "]";
            JsonNode item = items.get(i);
            if (t.object(item, ip, "category", "amount", "description")) {
                CostCategory category = t.code(item, ip, "category", CostCategory.class, true);
                BigDecimal amount = t.money(item, ip, "amount", true, false);
                String description = t.text(item, ip, "description", false);
                if (category != null && amount != null) {
                    costs.add(new CostItem(category, amount, description == null ? "" : description));
                }
            }
        }
        return costs;
    }

    private static OtherFunding otherFunding(JsonTree t, JsonNode node) {
        String p = "otherFunding";
        if (node == null) {
            return OtherFunding.NONE;
        }
        if (!t.object(node, p, "thirdParty", "otherPublic")) {
            return null;
        }
        BigDecimal thirdParty = t.money(node, p, "thirdParty", false, true);
        BigDecimal otherPublic = t.money(node, p, "otherPublic", false, true);
        return new OtherFunding(thirdParty == null ? BigDecimal.ZERO : thirdParty,
                otherPublic == null ? BigDecimal.ZERO : otherPublic);
    }
}
