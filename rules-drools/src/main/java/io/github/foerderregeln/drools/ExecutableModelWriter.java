package io.github.foerderregeln.drools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public final class ExecutableModelWriter {
    private ExecutableModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
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
        Path target = classes.resolve(RuleBase.EXECUTABLE_MODEL);
        Files.createDirectories(target.getParent());
        Files.write(target, model);
        Files.writeString(classes.resolve(RuleBase.EXECUTABLE_MODEL_ID), ruleSet.id(), StandardCharsets.UTF_8);
    }
}
