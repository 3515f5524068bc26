package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API of each shipped library module is recorded in {@code <module>/api/<module>.txt}:
 * every public type of a package its {@code module-info} exports to everyone, with its public and
 * protected constructors, methods and fields (inherited ones included, as a caller sees them). A
 * change to that API fails this test until the listing is regenerated and committed with it:
 * {@code mvn -B verify -Dpodnet.api.update=true} writes the new listings.
 */
class PublicApiListingTest {

    @ParameterizedTest
    @ValueSource(strings = {"networking-api", "networking-providers", "networking-manifests", "networking-testkit", "podnet-insight"})
    void publicApiIsRecorded(String module) throws IOException {
        Path jar = classPathEntry(module);
        String listing = listing(jar);
        Path recorded = Path.of(System.getProperty("user.dir")).resolveSibling(module).resolve("api").resolve(module + ".txt");
        if (Boolean.getBoolean("podnet.api.update")) {
            Files.createDirectories(recorded.getParent());
            Files.writeString(recorded, listing, StandardCharsets.UTF_8);
        }
        assertThat(recorded).as("the recorded API of %s (regenerate with -Dpodnet.api.update=true)", module).exists();
        assertThat(listing).as("the public API of %s against %s: record an API change by regenerating it with -Dpodnet.api.update=true",
                module, recorded).isEqualTo(Files.readString(recorded, StandardCharsets.UTF_8));
    }

    static Path classPathEntry(String module) {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.toString().contains(File.separator + module + File.separator)
                        && !p.toString().contains("test-classes"))
                .findFirst().orElseThrow(() -> new IllegalStateException(module + " is not on the class path"));
    }

    /** The class files of {@code entry} (a jar or a class directory), by name. */
    static List<String> classFiles(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                return files.map(p -> entry.relativize(p).toString().replace(File.separatorChar, '/'))
                        .filter(n -> n.endsWith(".class")).sorted().toList();
            }
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/")).sorted().toList();
        }
    }

    static ModuleDescriptor descriptor(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            try (InputStream in = Files.newInputStream(entry.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        }
        try (JarFile jar = new JarFile(entry.toFile()); InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    static String listing(Path entry) throws IOException {
        ModuleDescriptor module = descriptor(entry);
        Set<String> exported = new TreeSet<>();
        module.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
        StringBuilder out = new StringBuilder("module ").append(module.name()).append('\n');
        for (String pkg : exported) out.append("exports ").append(pkg).append('\n');
        for (String file : classFiles(entry)) {
            if (file.equals("module-info.class") || file.endsWith("package-info.class")) continue;
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            String pkg = name.substring(0, name.lastIndexOf('.'));
            if (!exported.contains(pkg)) continue;
            Class<?> type;
            try {
                type = Class.forName(name, false, PublicApiListingTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new UncheckedIOException(new IOException("cannot load " + name, e));
            }
            if (!visible(type)) continue;
            out.append('\n').append(type.toGenericString()).append('\n');
            List<String> members = new ArrayList<>();
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (api(c.getModifiers())) members.add("  " + c.toGenericString());
            }
            for (Method m : type.getMethods()) {
                if (!m.isSynthetic() && !m.isBridge() && m.getDeclaringClass() != Object.class) members.add("  " + m.toGenericString());
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isProtected(m.getModifiers()) && !m.isSynthetic()) members.add("  " + m.toGenericString());
            }
            for (Field f : type.getFields()) members.add("  " + f.toGenericString());
            members.stream().sorted().distinct().forEach(m -> out.append(m).append('\n'));
        }
        return out.toString();
    }

    /** Public, and (for a nested type) every enclosing type public too. */
    static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) return false;
        }
        return true;
    }

    private static boolean api(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
