package dev.podnet.providers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads the release tables under {@code dev/podnet/providers/<provider>/} once. Tables are plain
 * YAML (snakeyaml-engine); callers turn them into immutable structures at class-initialisation
 * time, so no I/O happens per call.
 */
public final class Data {
    private Data() {
    }

    /** The YAML document of a classpath resource as a read-only tree. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(String resource) {
        try (InputStream in = Data.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing podnet data table " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Object doc = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromString(text);
            return doc == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>((Map<String, Object>) doc));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> rows(Map<String, Object> table, String key) {
        Object v = table.get(key);
        if (v == null) return List.of();
        return List.copyOf((List<Map<String, Object>>) v);
    }

    public static String str(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
