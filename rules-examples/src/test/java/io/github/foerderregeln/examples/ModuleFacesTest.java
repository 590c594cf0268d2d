package io.github.foerderregeln.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.testing.diff.PolicyDiff;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules as a user sees them on the module path: {@code rules-api} exports every package but
 * its helpers, which only the project's own modules may read; {@code rules-testing} exports all of
 * its packages; and no exported signature of either shows a Jackson type, except in the API's JSON
 * package, whose business is JSON.
 */
class ModuleFacesTest {
    private static final String INTERNAL = "io.github.foerderregeln.api.internal";
    private static final String JSON = "io.github.foerderregeln.api.json";

    /** The classes of the module that holds {@code anchor}: its output folder or its jar. */
    private record ModuleClasses(ModuleDescriptor descriptor, Set<String> packages, List<String> classNames) {
        static ModuleClasses of(Class<?> anchor) throws IOException, URISyntaxException {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return read(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return read(jar.getPath("/"));
            }
        }

        private static ModuleClasses read(Path root) throws IOException {
            ModuleDescriptor descriptor;
            try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
                descriptor = ModuleDescriptor.read(in);
            }
            List<String> classes;
            try (Stream<Path> files = Files.walk(root)) {
                classes = files.map(root::relativize).map(Path::toString).map(name -> name.replace('\\', '/'))
                        .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                                && !name.startsWith("META-INF/"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .sorted().toList();
            }
            Set<String> packages = classes.stream().map(name -> name.substring(0, name.lastIndexOf('.')))
                    .collect(Collectors.toCollection(TreeSet::new));
            return new ModuleClasses(descriptor, packages, classes);
        }

        Set<String> unqualifiedExports() {
            return descriptor.exports().stream().filter(e -> !e.isQualified()).map(Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void theApiExportsEveryPackageButItsHelpersAndNamesTheModulesThatMayReadThem() throws Exception {
        ModuleClasses api = ModuleClasses.of(FundingRules.class);

        assertThat(api.descriptor().name()).isEqualTo("io.github.foerderregeln.api");
        Set<String> expected = new TreeSet<>(api.packages());
        expected.remove(INTERNAL);
        assertThat(api.unqualifiedExports()).as("a new package must be exported or be part of the helpers")
                .isEqualTo(expected).contains("io.github.foerderregeln.api", JSON, "io.github.foerderregeln.api.spi");
        assertThat(api.descriptor().exports()).filteredOn(e -> e.source().equals(INTERNAL)).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactlyInAnyOrder("io.github.foerderregeln.drools",
                        "io.github.foerderregeln.testing", "io.github.foerderregeln.examples"));
        assertThat(api.descriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .as("no rule engine, no test framework").containsExactlyInAnyOrder("java.base",
                        "com.fasterxml.jackson.databind");
        assertThat(api.descriptor().uses()).containsExactly("io.github.foerderregeln.api.spi.FundingRulesProvider");
    }

    @Test
    void theTestingModuleExportsEveryPackage() throws Exception {
        ModuleClasses testing = ModuleClasses.of(PolicyDiff.class);

        assertThat(testing.descriptor().name()).isEqualTo("io.github.foerderregeln.testing");
        assertThat(testing.unqualifiedExports()).isEqualTo(testing.packages());
        assertThat(testing.descriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("io.github.foerderregeln.api").doesNotContain("io.github.foerderregeln.drools");
    }

    @Test
    void noExportedSignatureShowsAJacksonTypeOutsideTheJsonPackage() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (ModuleClasses module : List.of(ModuleClasses.of(FundingRules.class), ModuleClasses.of(PolicyDiff.class))) {
            Set<String> exported = module.unqualifiedExports();
            exported.remove(JSON);
            for (String name : module.classNames()) {
                if (exported.contains(name.substring(0, name.lastIndexOf('.')))) {
                    leaks.addAll(jacksonIn(Class.forName(name, false, getClass().getClassLoader())));
                }
            }
        }

        assertThat(leaks).isEmpty();
    }

    /** Every public or protected member of a public type whose signature names a Jackson type. */
    private static List<String> jacksonIn(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        if (!Modifier.isPublic(type.getModifiers()) || !visible(type.getEnclosingClass())) {
            return leaks;
        }
        List<Type> types = new ArrayList<>();
        types.add(type.getGenericSuperclass());
        types.addAll(List.of(type.getGenericInterfaces()));
        check(type.getName(), types, leaks);
        for (Method method : type.getDeclaredMethods()) {
            if (exposed(method.getModifiers()) && !method.isSynthetic()) {
                List<Type> signature = new ArrayList<>(List.of(method.getGenericParameterTypes()));
                signature.add(method.getGenericReturnType());
                signature.addAll(List.of(method.getGenericExceptionTypes()));
                check(type.getName() + "." + method.getName(), signature, leaks);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (exposed(constructor.getModifiers())) {
                check(type.getName() + ".<init>", List.of(constructor.getGenericParameterTypes()), leaks);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (exposed(field.getModifiers())) {
                check(type.getName() + "." + field.getName(), List.of(field.getGenericType()), leaks);
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                check(type.getName() + "." + component.getName(), List.of(component.getGenericType()), leaks);
            }
        }
        return leaks;
    }

    private static boolean visible(Class<?> enclosing) {
        return enclosing == null || Modifier.isPublic(enclosing.getModifiers()) && visible(enclosing.getEnclosingClass());
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(String member, List<Type> types, List<String> leaks) {
        for (Type type : types) {
            if (type != null && type.getTypeName().contains("com.fasterxml.")) {
                leaks.add(member + ": " + type.getTypeName());
            }
        }
    }
}
