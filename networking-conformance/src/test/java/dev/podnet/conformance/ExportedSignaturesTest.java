package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a caller of an exported package sees names only types the caller can use: a public type of an
 * exported package mentions, in its supertypes and in its public and protected members' signatures,
 * only podnet types of packages some podnet module exports to everyone, JDK types, and types of the
 * modules it {@code requires transitive}. javac's {@code -Xlint:exports} checks the same when podnet
 * compiles; this check also covers the value types whose Immutables annotations (build time only)
 * make that lint be suppressed on them.
 */
class ExportedSignaturesTest {
    private static final List<String> MODULES = List.of("networking-api", "networking-providers", "networking-manifests",
            "networking-testkit", "podnet-insight");

    @ParameterizedTest
    @ValueSource(strings = {"networking-api", "networking-manifests", "networking-testkit", "podnet-insight"})
    void exportedSignaturesNameOnlyTypesACallerCanUse(String module) throws IOException {
        Set<String> exportedEverywhere = new HashSet<>();
        for (String m : MODULES) exportedEverywhere.addAll(unqualifiedExports(PublicApiListingTest.descriptor(
                PublicApiListingTest.classPathEntry(m))));
        var entry = PublicApiListingTest.classPathEntry(module);
        ModuleDescriptor descriptor = PublicApiListingTest.descriptor(entry);
        Set<String> transitive = new TreeSet<>();
        descriptor.requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .forEach(r -> transitive.add(r.name()));
        Set<String> exported = unqualifiedExports(descriptor);

        List<String> leaks = new ArrayList<>();
        int types = 0;
        for (String file : PublicApiListingTest.classFiles(entry)) {
            if (file.equals("module-info.class") || file.endsWith("package-info.class")) continue;
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            if (!exported.contains(name.substring(0, name.lastIndexOf('.')))) continue;
            Class<?> type = load(name);
            if (!PublicApiListingTest.visible(type)) continue;
            types++;
            for (Type t : signature(type)) {
                for (Class<?> used : classes(t, new HashSet<>())) {
                    if (!usable(used, exportedEverywhere, transitive)) leaks.add(type.getName() + " -> " + used.getName());
                }
            }
        }
        assertThat(types).as("public types of %s's exported packages", module).isPositive();
        assertThat(new TreeSet<>(leaks)).as("types a caller of %s cannot use", module).isEmpty();
    }

    private static Set<String> unqualifiedExports(ModuleDescriptor descriptor) {
        Set<String> out = new TreeSet<>();
        descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> out.add(e.source()));
        return out;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ExportedSignaturesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    /** Supertypes, and the generic signatures of the public and protected members a caller sees. */
    private static List<Type> signature(Class<?> type) {
        List<Type> out = new ArrayList<>();
        List<Type> supertypes = new ArrayList<>(List.of(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) supertypes.add(type.getGenericSuperclass());
        for (Type s : supertypes) {
            // a package-private supertype of the same package (a generated Immutables builder) is an
            // implementation detail: its public methods are checked as the subtype's own
            Class<?> raw = (Class<?>) (s instanceof ParameterizedType p ? p.getRawType() : s);
            if (PublicApiListingTest.visible(raw) || !raw.getPackageName().equals(type.getPackageName())) out.add(s);
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (api(c.getModifiers())) addExecutable(out, c);
        }
        for (Method m : type.getMethods()) {
            if (!m.isSynthetic() && !m.isBridge()) addMethod(out, m);
        }
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isProtected(m.getModifiers()) && !m.isSynthetic()) addMethod(out, m);
        }
        for (Field f : type.getFields()) out.add(f.getGenericType());
        return out;
    }

    private static void addMethod(List<Type> out, Method m) {
        if (m.getDeclaringClass() == Object.class) return;
        out.add(m.getGenericReturnType());
        addExecutable(out, m);
    }

    private static void addExecutable(List<Type> out, Executable e) {
        out.addAll(List.of(e.getGenericParameterTypes()));
        out.addAll(List.of(e.getGenericExceptionTypes()));
    }

    private static boolean api(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The classes a type names (type arguments, bounds, array components), each type variable once. */
    private static Set<Class<?>> classes(Type t, Set<TypeVariable<?>> seen) {
        Set<Class<?>> out = new HashSet<>();
        if (t instanceof Class<?> c) {
            Class<?> base = c;
            while (base.isArray()) base = base.getComponentType();
            if (!base.isPrimitive()) out.add(base);
        } else if (t instanceof ParameterizedType p) {
            out.addAll(classes(p.getRawType(), seen));
            if (p.getOwnerType() != null) out.addAll(classes(p.getOwnerType(), seen));
            for (Type a : p.getActualTypeArguments()) out.addAll(classes(a, seen));
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) out.addAll(classes(b, seen));
            for (Type b : w.getLowerBounds()) out.addAll(classes(b, seen));
        } else if (t instanceof TypeVariable<?> v) {
            if (seen.add(v)) {
                for (Type b : v.getBounds()) out.addAll(classes(b, seen));
            }
        } else if (t instanceof GenericArrayType a) {
            out.addAll(classes(a.getGenericComponentType(), seen));
        }
        return out;
    }

    /** A public JDK type, a public podnet type of a package exported to everyone, or a type of a transitive requirement. */
    private static boolean usable(Class<?> used, Set<String> exportedEverywhere, Set<String> transitive) {
        if (!PublicApiListingTest.visible(used)) return false;
        String pkg = used.getPackageName();
        if (pkg.startsWith("java.") || pkg.startsWith("javax.")) return true;
        if (pkg.equals("dev.podnet") || pkg.startsWith("dev.podnet.")) return exportedEverywhere.contains(pkg);
        return transitive.stream().anyMatch(m -> pkg.equals(m) || pkg.startsWith(m + "."));
    }
}
