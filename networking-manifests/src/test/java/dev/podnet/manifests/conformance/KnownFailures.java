package dev.podnet.manifests.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test-resources list of cases that do not yet match kops: one {@code case id <TAB> reason} per
 * line, {@code #} comments. Conformance tests assert that a listed case still fails (so the list
 * shrinks when a fix lands) instead of skipping it.
 */
public final class KnownFailures {
    private KnownFailures() {
    }

    /** The list in {@code resource} (absolute classpath path); empty if the file is absent. */
    public static Map<String, String> load(String resource) {
        Map<String, String> m = new TreeMap<>();
        try (InputStream in = KnownFailures.class.getResourceAsStream(resource)) {
            if (in == null) {
                return m;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t", 2);
                m.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
