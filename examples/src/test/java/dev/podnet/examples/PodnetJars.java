package dev.podnet.examples;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The entries of this test's class path that a consumer of podnet gets: podnet's jars (or class
 * directories, when Maven runs only up to the test phase) and their run-time dependencies; no
 * test library and no build-time-only jar (Immutables).
 */
final class PodnetJars {
    private static final List<String> SHIPPED = List.of("networking-api", "networking-providers", "networking-manifests",
            "snakeyaml-engine", "jakarta.validation-api");

    private PodnetJars() {
    }

    /** podnet's modules and their dependencies, without this module's own classes. */
    static List<Path> library() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> SHIPPED.stream().anyMatch(name -> p.toString().contains(File.separator + name)))
                .toList();
    }

    /** This module's compiled classes (the example). */
    static Path examples() {
        return Path.of(System.getProperty("user.dir"), "target", "classes");
    }

    static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
