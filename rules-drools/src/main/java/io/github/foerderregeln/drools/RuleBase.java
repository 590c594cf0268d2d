package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RuleSetException;
import io.github.foerderregeln.api.json.FundingCallJson;
import io.github.foerderregeln.api.json.JsonLocations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * A compiled rule set: the Drools rule base of its DRL files and the calls of its data files.
 * Built once and shared; a {@link KieBase} is thread-safe.
 */
record RuleBase(RuleSet ruleSet, String id, KieBase kieBase, Map<String, FundingCall> calls) {
    private static final String RESOURCES = "src/main/resources/";
    /** The bundled rule set's executable model, written at build time by {@link ExecutableModelWriter}. */
    static final String EXECUTABLE_MODEL = RuleSet.BUNDLED_ROOT + "executable-model.jar";
    /** The id of the rule set {@link #EXECUTABLE_MODEL} was compiled from. */
    static final String EXECUTABLE_MODEL_ID = RuleSet.BUNDLED_ROOT + "executable-model.id";

    /** The terms of the application's call in force on its decision date; the application has passed validation, so there are some. */
    CallTerms termsOf(Application application) {
        return calls.get(application.callId()).termsOn(application.decisionDate()).orElseThrow();
    }

    /** Every problem of {@code ruleSet}: compile and data errors, then lint warnings; empty when clean. */
    static List<RuleProblem> validate(RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        try {
            build(ruleSet);
        } catch (RuleSetException e) {
            problems.addAll(e.problems());
        }
        RuleLints.check(ruleSet).stream().filter(p -> !p.error()).forEach(problems::add);
        return problems;
    }

    /**
     * Compiles {@code ruleSet}.
     *
     * @throws RuleSetException listing every problem of every file with its line and column
     */
    static RuleBase build(RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleLints.check(ruleSet).stream().filter(RuleProblem::error).forEach(problems::add);
        Map<String, FundingCall> calls = readCalls(ruleSet, problems);
        String id = ruleSet.id();
        KieServices kie = KieServices.Factory.get();
        KieFileSystem sources = sources(kie, ruleSet);
        ReleaseId release = release(kie, ruleSet);
        KieBuilder builder = kie.newKieBuilder(sources).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "?" : message.getPath().replaceFirst("^" + RESOURCES, "");
            problems.add(new RuleProblem(path, message.getLine(), message.getColumn(), true, message.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(id, problems);
        }
        KieContainer container = kie.newKieContainer(release);
        try {
            return new RuleBase(ruleSet, id, container.getKieBase(), Map.copyOf(calls));
        } finally {
            // The rule base lives on; the global repository must not keep every compiled version.
            kie.getRepository().removeKieModule(release);
        }
    }

    /**
     * The bundled rule set, from the executable model compiled at build time when it was compiled
     * from exactly these files; otherwise (a build without that step, a class path with other DRL)
     * compiled from the DRL like any rule set. The two give the same assessments: the differential
     * test runs against both.
     */
    static RuleBase bundled() {
        RuleSet ruleSet = RuleSet.bundled();
        byte[] model = resourceBytes(EXECUTABLE_MODEL);
        byte[] modelId = resourceBytes(EXECUTABLE_MODEL_ID);
        if (model == null || modelId == null || !ruleSet.id().equals(new String(modelId, StandardCharsets.UTF_8))) {
            return build(ruleSet);
        }
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, FundingCall> calls = readCalls(ruleSet, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(ruleSet.id(), problems);
        }
        KieServices kie = KieServices.Factory.get();
        KieModule module = kie.getRepository().addKieModule(kie.getResources().newByteArrayResource(model));
        KieContainer container = kie.newKieContainer(module.getReleaseId());
        try {
            return new RuleBase(ruleSet, ruleSet.id(), container.getKieBase(), Map.copyOf(calls));
        } finally {
            kie.getRepository().removeKieModule(module.getReleaseId());
        }
    }

    /** The DRL files of {@code ruleSet} as a Drools project with its own release id. */
    static KieFileSystem sources(KieServices kie, RuleSet ruleSet) {
        KieFileSystem sources = kie.newKieFileSystem();
        sources.generateAndWritePomXML(release(kie, ruleSet));
        for (RuleFile file : ruleSet.files()) {
            if (file.isDrl()) {
                sources.write(RESOURCES + file.path(), file.content());
            }
        }
        return sources;
    }

    private static ReleaseId release(KieServices kie, RuleSet ruleSet) {
        String id = ruleSet.id();
        return kie.newReleaseId("io.github.foerderregeln.rulesets", ruleSet.name(), "0-" + id.substring(id.indexOf('@') + 1));
    }

    private static byte[] resourceBytes(String path) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calls of the rule set's data files by id; the problems of a file that cannot be read go to {@code problems}. */
    private static Map<String, FundingCall> readCalls(RuleSet ruleSet, List<RuleProblem> problems) {
        Map<String, FundingCall> calls = new LinkedHashMap<>();
        for (RuleFile file : ruleSet.files()) {
            if (file.isCall()) {
                readCall(file, calls, problems);
            }
        }
        return calls;
    }

    private static void readCall(RuleFile file, Map<String, FundingCall> calls, List<RuleProblem> problems) {
        try {
            FundingCall call = FundingCallJson.read(file.content(), file.path());
            if (calls.putIfAbsent(call.id(), call) != null) {
                problems.add(new RuleProblem(file.path(), 0, 0, true, "a second call with id " + call.id()));
            }
        } catch (FundingCallJson.InvalidCallException e) {
            JsonLocations locations = JsonLocations.of(file.content());
            for (Problem problem : e.problems()) {
                int[] at = locations.find(problem.field());
                problems.add(new RuleProblem(file.path(), at[0], at[1], true, problem.toString()));
            }
        }
    }
}
