package io.github.foerderregeln.drools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build step: compiles the bundled rule set into Drools' executable model and writes it, with the
 * rule set's id, beside the classes. {@link RuleBase#bundled()} loads it instead of compiling the
 * DRL at every start, as long as the id still matches the DRL it was made from. Public only
 * because the build runs it; not part of the API.
 *
 * <p>Arguments: the classes directory, and optionally the build's {@code project.build.outputTimestamp}
 * (ISO-8601 or seconds since the epoch). With it, the model's zip entries carry that time and come in
 * name order, so that two builds give the same bytes; Drools would stamp them with the time of the build.
 */
public final class ExecutableModelWriter {
    /** Drools' option (drools.parallelRulesBuildThreshold): how many rules a package needs to be built in parallel. */
    static final String PARALLEL_THRESHOLD = "drools.parallelRulesBuildThreshold";

    private ExecutableModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        // Drools generates the rules of a package in parallel above this many rules, numbering the
        // generated patterns in whatever order the threads run: the classes would differ from build
        // to build. One thread gives the same names, and the same bytes, every time.
        if (System.getProperty(PARALLEL_THRESHOLD) == null) {
            System.setProperty(PARALLEL_THRESHOLD, Integer.toString(Integer.MAX_VALUE));
        }
        RuleSet ruleSet = RuleSet.bundled();
        KieServices kie = KieServices.Factory.get();
        KieFileSystem sources = RuleBase.sources(kie, ruleSet);
        // Written out, so that the jar can be read back as a module of its own (an empty model
        // gives the default rule base, as for a rule directory).
        sources.writeKModuleXML(kie.newKieModuleModel().toXML());
        KieBuilder builder = kie.newKieBuilder(sources).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the bundled rule set does not compile to the executable model: "
                    + builder.getResults().getMessages(Message.Level.ERROR));
        }
        byte[] model = ((InternalKieModule) builder.getKieModule()).getBytes();
        if (args.length > 1 && !args[1].isBlank()) {
            model = normalized(model, timestamp(args[1]));
        }
        Path target = classes.resolve(RuleBase.EXECUTABLE_MODEL);
        Files.createDirectories(target.getParent());
        Files.write(target, model);
        Files.writeString(classes.resolve(RuleBase.EXECUTABLE_MODEL_ID), ruleSet.id(), StandardCharsets.UTF_8);
    }

    /** The build's output timestamp: an ISO-8601 instant or seconds since the epoch, as Maven accepts. */
    static Instant timestamp(String value) {
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(trimmed));
        }
        return java.time.OffsetDateTime.parse(trimmed).toInstant();
    }

    /** The same zip, entries in name order, each with the given time and nothing else varying. */
    static byte[] normalized(byte[] zip, Instant time) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        // The DOS time field only, in UTC: no extended-time field, and the same bytes in any time zone.
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(time, java.time.ZoneOffset.UTC);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry copy = new ZipEntry(entry.getKey());
                copy.setTimeLocal(local);
                out.putNextEntry(copy);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
