package dev.podnet.corpus;

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
 * shrinks when a fix lands) instead of skipping it; every entry must give its reason.
 */
public final class KnownFailures {
    private KnownFailures() {
    }

    /**
     * The list in {@code resource} (an absolute classpath path such as {@code /conformance/known-failures.tsv});
     * empty if the file is absent.
     *
     * @throws IllegalStateException if an entry gives no reason
     */
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
                if (p.length < 2 || p[1].isBlank()) {
                    throw new IllegalStateException(resource + ": known failure without a reason: " + line);
                }
                m.put(p[0].trim(), p[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
