package io.github.foerderregeln.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project cites only what it ships: no text file of the repository points to the team's desk
 * next to it, to a numbered section of a specification users never get, or to a Markdown file
 * that is not in the repository; every relative Markdown link leads to a file of the repository,
 * and to a heading of it when the link names one.
 */
class RepositoryReferencesTest {
    /** The repository root: surefire runs the tests of a module in the module's directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    /** Directories that hold no file of the repository: build output, Git's own, IDE settings. */
    private static final Set<String> NOT_TRACKED = Set.of("target", ".git", ".idea", ".vscode", ".settings");
    private static final Set<String> NOT_TRACKED_FILES = Set.of(".jqwik-database", ".classpath", ".project");

    /** The team's desk beside the repository, however the path is written. */
    private static final Pattern DESK = Pattern.compile("\\.\\./+shared\\b");
    /** A section of a specification, which the repository does not ship; its pages have named headings. */
    private static final Pattern SPEC_SECTION = Pattern.compile("(?i)\\bspec(ification)?'?s?\\s+sections?\\b");
    /** The name of a Markdown file, as text or in a link. */
    private static final Pattern MARKDOWN_NAME = Pattern.compile("(?<![\\w.-])([\\w.-]+\\.md)\\b");
    /** A public address, whose path may end in {@code .md} without naming a file of the repository. */
    private static final Pattern URL = Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");
    /** A Markdown link or image: {@code [text](target)} or {@code [text](target "title")}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    @Test
    void noTextFilePointsOutsideTheRepositoryAndEveryRelativeLinkLeadsToAFileOfIt() throws IOException {
        assertThat(ROOT.resolve("pom.xml")).as("the repository root").isRegularFile();
        assertThat(ROOT.resolve("README.md")).as("the repository root").isRegularFile();
        List<Path> files = textFiles();
        Set<String> markdownNames = new HashSet<>();
        files.stream().map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                .forEach(markdownNames::add);

        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Optional<String> text = text(file);
            if (text.isEmpty()) {
                continue;
            }
            List<String> lines = text.get().lines().toList();
            boolean markdown = file.getFileName().toString().endsWith(".md");
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String at = ROOT.relativize(file) + ":" + (i + 1) + ": ";
                if (DESK.matcher(line).find()) {
                    problems.add(at + "points to the team's desk outside the repository: " + line.strip());
                }
                if (SPEC_SECTION.matcher(line).find()) {
                    problems.add(at + "cites a numbered section of a specification the repository does not ship: " + line.strip());
                }
                Matcher name = MARKDOWN_NAME.matcher(URL.matcher(line).replaceAll(" "));
                while (name.find()) {
                    if (!markdownNames.contains(name.group(1))) {
                        problems.add(at + "names " + name.group(1) + ", which the repository does not have");
                    }
                }
                if (markdown && line.strip().startsWith("```")) {
                    fenced = !fenced;
                }
                if (markdown && !fenced) {
                    Matcher link = LINK.matcher(line);
                    while (link.find()) {
                        linkProblem(file, link.group(1)).ifPresent(problem -> problems.add(at + problem));
                    }
                }
            }
        }
        assertThat(problems).as("references that leave the repository").isEmpty();
    }

    /** What is wrong with the link {@code target} of {@code file}, if anything. */
    private static Optional<String> linkProblem(Path file, String target) {
        if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return Optional.empty(); // https:, mailto:: a public address, not a file
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!linked.startsWith(ROOT)) {
            return Optional.of("links " + target + ", outside the repository");
        }
        if (!Files.exists(linked)) {
            return Optional.of("links " + target + ", which does not exist");
        }
        if (anchor != null && linked.getFileName().toString().endsWith(".md")
                && !anchors(linked).contains(anchor)) {
            return Optional.of("links " + target + ", but " + ROOT.relativize(linked) + " has no heading #" + anchor);
        }
        return Optional.empty();
    }

    /** The anchors of the headings of a Markdown page, made as GitHub makes them. */
    private static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        boolean fenced = false;
        for (String line : text(page).orElse("").lines().toList()) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.matches("#{1,6} .*")) {
                String heading = line.replaceFirst("^#+ ", "").strip();
                String slug = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
                String unique = slug;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = slug + "-" + n;
                }
            }
        }
        return anchors;
    }

    /** The files of the repository, without descending into the directories that hold none of them. */
    private static List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return NOT_TRACKED.contains(dir.getFileName().toString()) && !dir.equals(ROOT)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                if (attributes.isRegularFile() && !NOT_TRACKED_FILES.contains(name) && !name.endsWith(".iml")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /** The file as UTF-8 text, or empty when it is binary. */
    private static Optional<String> text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
