package io.github.foerderregeln.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.FundingRules;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Every command takes its shared options from one mixin each and knows nothing of the command
 * above it: an option written twice would drift, and an arrow back up would tie every command to
 * the top one.
 */
class CommandStructureTest {
    private static final Set<String> SHARED = Set.of("-h", "--help", "--lang", "--rules");

    @Test
    void noCommandDeclaresASharedOptionOfItsOwnOrKnowsTheTopCommand() {
        CommandLine commandLine = FoerderregelnCommand.commandLine(FundingRules::load, Map.of());

        for (CommandLine sub : commandLine.getSubcommands().values()) {
            Class<?> type = sub.getCommand().getClass();
            if (type.getName().startsWith("picocli.")) {
                // help and generate-completion are picocli's own, with its own options.
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                assertThat(field.getType()).as(type.getSimpleName() + "." + field.getName())
                        .isNotEqualTo(FoerderregelnCommand.class);
                Option option = field.getAnnotation(Option.class);
                if (option != null) {
                    assertThat(List.of(option.names())).as(type.getSimpleName() + "." + field.getName())
                            .doesNotContainAnyElementsOf(SHARED);
                }
            }
            assertThat(sub.getCommandSpec().options()).extracting(OptionSpec::longestName).as(sub.getCommandName())
                    .contains("--help");
        }
    }

    @Test
    void theCommandsThatAssessShareLanguageAndRuleOptions() {
        CommandLine commandLine = FoerderregelnCommand.commandLine(FundingRules::load, Map.of());

        for (String name : List.of("assess", "explain", "test")) {
            assertThat(commandLine.getSubcommands().get(name).getCommandSpec().mixins()).as(name)
                    .containsKeys("lang", "rulesOption", "help");
        }
        assertThat(commandLine.getSubcommands().get("generate").getCommandSpec().mixins()).containsKeys("rulesOption");
        assertThat(commandLine.getSubcommands().get("diff").getCommandSpec().mixins()).containsKeys("lang");
    }
}
