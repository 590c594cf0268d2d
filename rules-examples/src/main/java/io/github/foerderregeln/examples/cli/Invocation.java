package io.github.foerderregeln.examples.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * How the user started this command line, so that a hint names a command that works: the
 * launcher of the distribution ({@code bin/foerderregeln}, which says so in the system property
 * {@value #LAUNCHER_PROPERTY}), or {@code java -jar} with the path of the jar.
 */
final class Invocation {
    /** Set by the distribution's launchers to the name they are run by. */
    static final String LAUNCHER_PROPERTY = "foerderregeln.launcher";

    private Invocation() {
    }

    /** The command to type for another run of this tool, without a subcommand. */
    static String command() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher != null && !launcher.isBlank()) {
            return launcher;
        }
        Path jar = jar();
        if (jar != null) {
            String path = jar.toString();
            return "java -jar " + (path.matches("[\\w./:\\\\-]+") ? path : "\"" + path + "\"");
        }
        // From classes (tests, an IDE): the name the distribution installs.
        return "foerderregeln";
    }

    private static Path jar() {
        try {
            CodeSource source = Invocation.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
