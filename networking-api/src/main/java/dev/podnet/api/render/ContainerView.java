package dev.podnet.api.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of one container (or init container) of a rendered workload: what
 * {@code KubeObject.withImage}, {@code withEnv}, {@code withArgs} and {@code withResources} set.
 * Immutable.
 */
public final class ContainerView {
    private final Map<String, Object> tree;
    private final boolean init;

    ContainerView(Map<String, Object> tree, boolean init) {
        this.tree = tree;
        this.init = init;
    }

    /** @return the container's {@code name} */
    public String name() {
        return ObjectView.string(tree.get("name")).orElse("");
    }

    /** @return true for an entry of {@code initContainers} */
    public boolean isInit() {
        return init;
    }

    /** @return the container's {@code image}, if set */
    public Optional<String> image() {
        return ObjectView.string(tree.get("image"));
    }

    /** @return the container's {@code command}, empty if unset */
    public List<String> command() {
        return ObjectView.strings(tree.get("command"));
    }

    /** @return the container's {@code args}, empty if unset */
    public List<String> args() {
        return ObjectView.strings(tree.get("args"));
    }

    /**
     * The literal environment: each {@code env} entry that has a {@code value}, in order (entries
     * with {@code valueFrom} are in {@link #envVars()}).
     *
     * @return variable name to value
     */
    public Map<String, String> env() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> e : envVars()) {
            Optional<String> name = ObjectView.string(e.get("name"));
            Optional<String> value = ObjectView.string(e.get("value"));
            if (name.isPresent() && value.isPresent()) out.put(name.get(), value.get());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * @param name an environment variable
     * @return its literal value, if the container sets one
     */
    public Optional<String> env(String name) {
        return Optional.ofNullable(env().get(name));
    }

    /** @return the {@code env} entries as written ({@code name} with {@code value} or {@code valueFrom}) */
    public List<Map<String, Object>> envVars() {
        return ObjectView.maps(tree.get("env"));
    }

    /** @return the container's {@code volumeMounts} */
    public List<Map<String, Object>> volumeMounts() {
        return ObjectView.maps(tree.get("volumeMounts"));
    }

    /** @return the container's {@code ports} */
    public List<Map<String, Object>> ports() {
        return ObjectView.maps(tree.get("ports"));
    }

    /** @return the container's {@code resources}, empty if unset */
    public Map<String, Object> resources() {
        return ObjectView.map(tree.get("resources"));
    }

    /** @return the whole container as an unmodifiable tree */
    public Map<String, Object> tree() {
        return tree;
    }

    static List<ContainerView> list(Object containers, boolean init) {
        List<ContainerView> out = new ArrayList<>();
        for (Map<String, Object> c : ObjectView.maps(containers)) out.add(new ContainerView(c, init));
        return out;
    }

    @Override
    public String toString() {
        return "ContainerView[" + name() + "]";
    }
}
