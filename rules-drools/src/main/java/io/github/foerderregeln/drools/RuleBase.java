package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.CallTerms;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.Problem;
import io.github.foerderregeln.api.RuleProblem;
import io.github.foerderregeln.api.RuleSetException;
import io.github.foerderregeln.api.json.BaseRatesJson;
import io.github.foerderregeln.api.json.FundingCallJson;
import io.github.foerderregeln.api.settlement.BaseRates;
import io.github.foerderregeln.api.internal.BoundedInput;
import io.github.foerderregeln.api.json.JsonLocations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseOption;
import org.kie.api.runtime.KieContainer;

/**
 * A compiled rule set: the Drools rule base of its DRL files and the calls of its data files.
 * Built once and shared; a {@link KieBase} is thread-safe.
 */
record RuleBase(RuleSet ruleSet, String id, KieBase kieBase, Map<String, FundingCall> calls, BaseRates baseRates) {
    private static final String RESOURCES = "src/main/resources/";
    /** The bundled rule set's executable model, written at build time by {@link ExecutableModelWriter}. */
    static final String EXECUTABLE_MODEL = RuleSet.BUNDLED_ROOT + "executable-model.jar";
    /** The id of the rule set {@link #EXECUTABLE_MODEL} was compiled from. */
    static final String EXECUTABLE_MODEL_ID = RuleSet.BUNDLED_ROOT + "executable-model.id";

    /**
     * A rule base with the Basiszinssatz of {@code ruleSet}'s data file ({@link BaseRates#NONE}
     * without one).
     *
     * @throws RuleSetException when the data file cannot be read
     */
    RuleBase(RuleSet ruleSet, String id, KieBase kieBase, Map<String, FundingCall> calls) {
        this(ruleSet, id, kieBase, calls, baseRatesOrThrow(ruleSet));
    }

    private static BaseRates baseRatesOrThrow(RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        BaseRates rates = readBaseRates(ruleSet, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(ruleSet.id(), problems);
        }
        return rates;
    }

    /** The Basiszinssatz of the rule set's data file, or {@link BaseRates#NONE}; its problems go to {@code problems}. */
    static BaseRates readBaseRates(RuleSet ruleSet, List<RuleProblem> problems) {
        for (RuleFile file : ruleSet.files()) {
            if (file.path().equals(BaseRatesJson.PATH)) {
                try {
                    return BaseRatesJson.read(file.content(), file.path());
                } catch (FundingCallJson.InvalidCallException e) {
                    JsonLocations locations = JsonLocations.of(file.content());
                    for (Problem problem : e.problems()) {
                        int[] at = locations.find(problem.field());
                        problems.add(new RuleProblem(file.path(), at[0], at[1], true, problem.toString()));
                    }
                    return BaseRates.NONE;
                }
            }
        }
        return BaseRates.NONE;
    }

    /** The terms of the application's call in force on its decision date; the application has passed validation, so there are some. */
    CallTerms termsOf(Application application) {
        return calls.get(application.callId()).termsOn(application.decisionDate()).orElseThrow();
    }

    /**
     * Every problem of {@code ruleSet}: compile and data errors (a missing stage or call among
     * them), then whether a rule set that compiles can decide an application of each call
     * ({@link Probe}), then lint warnings; empty when clean.
     */
    static List<RuleProblem> validate(RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleBase ruleBase = compile(ruleSet, problems);
        if (ruleBase != null) {
            problems.addAll(Probe.problems(ruleBase, ruleSet));
        }
        RuleLints.check(ruleSet).stream().filter(p -> !p.error()).forEach(problems::add);
        return bounded(problems);
    }

    /**
     * At most {@link BoundedInput#MAX_PROBLEMS} problems and a last one counting the rest, so that
     * a file of garbage gives a short report.
     */
    static List<RuleProblem> bounded(List<RuleProblem> problems) {
        if (problems.size() <= BoundedInput.MAX_PROBLEMS) {
            return problems;
        }
        List<RuleProblem> kept = new ArrayList<>(problems.subList(0, BoundedInput.MAX_PROBLEMS));
        int more = problems.size() - BoundedInput.MAX_PROBLEMS;
        kept.add(new RuleProblem(".", 0, 0, true, "... and " + more + (more == 1 ? " more problem" : " more problems")
                + " (only the first " + BoundedInput.MAX_PROBLEMS + " are listed)"));
        return kept;
    }

    /**
     * Compiles {@code ruleSet}.
     *
     * @throws RuleSetException listing every problem of every file with its line and column
     */
    static RuleBase build(RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleBase ruleBase = compile(ruleSet, problems);
        if (ruleBase == null) {
            throw new RuleSetException(ruleSet.id(), bounded(problems));
        }
        return ruleBase;
    }

    /** Compiles {@code ruleSet}, or returns null after adding every problem to {@code problems}. */
    private static RuleBase compile(RuleSet ruleSet, List<RuleProblem> problems) {
        RuleLints.check(ruleSet).stream().filter(RuleProblem::error).forEach(problems::add);
        Map<String, FundingCall> calls = readCalls(ruleSet, problems);
        BaseRates rates = readBaseRates(ruleSet, problems);
        String id = ruleSet.id();
        KieServices kie = KieServices.Factory.get();
        KieFileSystem sources = sources(kie, ruleSet);
        ReleaseId release = release(kie, ruleSet);
        KieBuilder builder = kie.newKieBuilder(sources).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "?" : message.getPath().replaceFirst("^" + RESOURCES, "");
            String text = message.getText().strip();
            int[] at = position(ruleSet, path, message.getLine(), message.getColumn(), text);
            problems.add(new RuleProblem(path, at[0], at[1], true, text));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        KieContainer container = kie.newKieContainer(release);
        try {
            return new RuleBase(ruleSet, id, newKieBase(kie, container), Map.copyOf(calls), rates);
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
            return new RuleBase(ruleSet, ruleSet.id(), newKieBase(kie, container), Map.copyOf(calls));
        } finally {
            kie.getRepository().removeKieModule(module.getReleaseId());
        }
    }

    /**
     * The rule base of {@code container}, with {@code options} for measuring others against it.
     * It stays mutable, Drools' default: an immutable one allocated ~10 % less per assessment, but
     * lost facts a rule inserted (docs/PERFORMANCE.md, "How the rules meet the facts").
     */
    static KieBase newKieBase(KieServices kie, KieContainer container, KieBaseOption... options) {
        KieBaseConfiguration configuration = kie.newKieBaseConfiguration();
        for (KieBaseOption option : options) {
            configuration.setOption(option);
        }
        return container.newKieBase(configuration);
    }

    /** Where the DRL parser puts a syntax error: {@code [ERR 102] Line 111:43 ...}, the column counted from 0. */
    private static final Pattern PARSER_POSITION = Pattern.compile("\\bLine (\\d+):(\\d+)\\b");
    /** A fragment of the rule a compiler message quotes: {@code in '$ceiling : maximumGrant'}. */
    private static final Pattern QUOTED = Pattern.compile("'([^']{2,})'");

    /**
     * The line and column (from 1) of a compiler message. Drools gives the column only inside the
     * text of a parser error; for other errors it is the column of the fragment the message quotes
     * on that line, else the first character of code on the line, so that an editor jumps there.
     */
    static int[] position(RuleSet ruleSet, String path, int line, int column, String text) {
        Matcher parser = PARSER_POSITION.matcher(text);
        if (parser.find()) {
            return new int[] {Integer.parseInt(parser.group(1)), Integer.parseInt(parser.group(2)) + 1};
        }
        if (column > 0 || line <= 0) {
            return new int[] {line, column};
        }
        String[] lines = ruleSet.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> f.text().split("\n", -1)).orElse(new String[0]);
        if (line > lines.length) {
            return new int[] {line, column};
        }
        String code = lines[line - 1];
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            int at = code.indexOf(quoted.group(1));
            if (at >= 0) {
                return new int[] {line, at + 1};
            }
        }
        int first = 0;
        while (first < code.length() && Character.isWhitespace(code.charAt(first))) {
            first++;
        }
        return new int[] {line, first + 1};
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
