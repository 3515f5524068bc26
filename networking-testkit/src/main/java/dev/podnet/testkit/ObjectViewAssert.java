package dev.podnet.testkit;

import dev.podnet.api.render.ContainerView;
import dev.podnet.api.render.ObjectView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one rendered object ({@link ObjectView}): values by path, config data, labels,
 * annotations, volumes, and its containers (each opened as a {@link ContainerViewAssert}). A
 * failure names the object and shows the values next to the one asserted.
 */
public final class ObjectViewAssert extends AbstractAssert<ObjectViewAssert, ObjectView> {
    private final String where;

    ObjectViewAssert(ObjectView actual, String manifest) {
        super(actual, ObjectViewAssert.class);
        this.where = actual == null ? "the object" : actual.kind() + " " + actual.namespace().map(n -> n + "/").orElse("")
                + actual.name() + (manifest.isEmpty() ? "" : " (" + manifest + ")");
    }

    /**
     * @param name a container or init container name
     * @return assertions on it; fails if the pod template has none of that name
     */
    public ContainerViewAssert container(String name) {
        isNotNull();
        Optional<ContainerView> found = actual.container(name);
        if (found.isEmpty()) {
            List<String> names = new ArrayList<>();
            actual.containers().forEach(c -> names.add("container " + c.name()));
            actual.initContainers().forEach(c -> names.add("init container " + c.name()));
            failWithMessage("%s", "Expecting " + where + " to have a container named " + name + " but it has:\n"
                    + Shown.window(names, -1));
        }
        return new ContainerViewAssert(found.get(), this, where);
    }

    /**
     * @param path a path as {@link ObjectView#get(String)} reads it, e.g. {@code spec.replicas}
     * @param expected the value (numbers compare by value)
     * @return this, after checking the value at {@code path}; a failure shows the keys beside it
     */
    public ObjectViewAssert hasValue(String path, Object expected) {
        isNotNull();
        Optional<Object> value = actual.get(path);
        if (value.isEmpty() || !Shown.same(value.get(), expected)) {
            failWithMessage("%s", "Expecting " + path + " of " + where + "\n  to be " + Shown.value(expected)
                    + "\n  but " + value.map(v -> "was " + Shown.value(v)).orElse("it is not set") + neighbours(path));
        }
        return this;
    }

    /**
     * @param path a path as {@link ObjectView#get(String)} reads it
     * @return this, after checking nothing (or null) is at {@code path}
     */
    public ObjectViewAssert doesNotHaveValue(String path) {
        isNotNull();
        actual.get(path).ifPresent(v -> failWithMessage("%s", "Expecting " + path + " of " + where
                + " not to be set\n  but was " + Shown.value(v) + neighbours(path)));
        return this;
    }

    /**
     * @param key a key of a ConfigMap's or Secret's {@code data}
     * @param expected its text
     * @return this, after checking it; a failure shows the other keys and values
     */
    public ObjectViewAssert hasData(String key, String expected) {
        return hasEntry("data", actual.data(), key, expected);
    }

    /**
     * @param key a label key
     * @param expected its value
     * @return this, after checking {@code metadata.labels}
     */
    public ObjectViewAssert hasLabel(String key, String expected) {
        return hasEntry("metadata.labels", actual.labels(), key, expected);
    }

    /**
     * @param key an annotation key
     * @param expected its value
     * @return this, after checking {@code metadata.annotations}
     */
    public ObjectViewAssert hasAnnotation(String key, String expected) {
        return hasEntry("metadata.annotations", actual.annotations(), key, expected);
    }

    /**
     * @param name a volume of the pod template
     * @return this, after checking the pod template has it; a failure lists the volumes there are
     */
    public ObjectViewAssert hasVolume(String name) {
        isNotNull();
        if (actual.volume(name).isEmpty()) {
            List<String> names = actual.volumes().stream().map(v -> String.valueOf(v.get("name"))).toList();
            failWithMessage("%s", "Expecting " + where + " to have a volume named " + name + " but its volumes are:\n"
                    + Shown.window(names, -1));
        }
        return this;
    }

    /**
     * @param image a full image reference
     * @return this, after checking a container or init container of the object uses it
     */
    public ObjectViewAssert usesImage(String image) {
        isNotNull();
        if (!actual.images().contains(image)) {
            failWithMessage("%s", "Expecting " + where + " to use image " + image + " but its images are:\n"
                    + Shown.window(actual.images(), -1));
        }
        return this;
    }

    private ObjectViewAssert hasEntry(String what, Map<String, String> entries, String key, String expected) {
        isNotNull();
        String value = entries.get(key);
        if (!expected.equals(value)) {
            List<String> keys = new ArrayList<>(entries.keySet());
            List<String> lines = keys.stream().map(k -> k + ": " + Shown.value(entries.get(k))).toList();
            failWithMessage("%s", "Expecting " + what + "[" + key + "] of " + where + "\n  to be " + Shown.value(expected)
                    + "\n  but " + (value == null ? "it is not set" : "was " + Shown.value(value))
                    + "\n  " + what + ":\n" + Shown.window(lines, keys.indexOf(key)));
        }
        return this;
    }

    /** The keys beside {@code path}: the entries of its parent map (or the parent list's size). */
    private String neighbours(String path) {
        Optional<String> parent = parent(path);
        if (parent.isEmpty()) return "";
        Object p = actual.get(parent.get()).orElse(null);
        if (p instanceof Map<?, ?> m) {
            List<String> lines = new ArrayList<>();
            m.forEach((k, v) -> lines.add(k + ": " + Shown.value(v)));
            String last = lastKey(path);
            List<String> keys = m.keySet().stream().map(String::valueOf).toList();
            return "\n  " + parent.get() + ":\n" + Shown.window(lines, keys.indexOf(last));
        }
        if (p instanceof List<?> l) return "\n  " + parent.get() + " is a list of " + l.size();
        return "\n  " + parent.get() + (p == null ? " is not set either" : " is " + Shown.value(p));
    }

    /** {@code a.b[0].c} → {@code a.b[0]}; {@code a["x.y"]} → {@code a}; a top-level key has none. */
    static Optional<String> parent(String path) {
        int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
        return cut > 0 ? Optional.of(path.substring(0, cut)) : Optional.empty();
    }

    private static String lastKey(String path) {
        Optional<String> parent = parent(path);
        String last = parent.map(p -> path.substring(p.length())).orElse(path);
        if (last.startsWith(".")) last = last.substring(1);
        if (last.startsWith("[\"") || last.startsWith("['")) last = last.substring(2, last.length() - 2);
        return last;
    }
}
