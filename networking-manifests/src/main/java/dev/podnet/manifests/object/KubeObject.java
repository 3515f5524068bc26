package dev.podnet.manifests.object;

import dev.podnet.manifests.yaml.internal.Frozen;
import dev.podnet.manifests.yaml.internal.FrozenList;
import dev.podnet.manifests.yaml.internal.FrozenMap;
import dev.podnet.manifests.yaml.internal.GoYamlEmitter;
import dev.podnet.manifests.yaml.internal.StoredDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One Kubernetes object of a manifest, immutable, with typed edits.
 *
 * <p>The object is its tree: ordered, unmodifiable {@code Map<String, Object>} and
 * {@code List<Object>} nodes with String, Boolean, Integer, Long, BigInteger, Double or null
 * leaves. Every edit returns a new object that shares all subtrees the edit does not touch;
 * an edit that changes nothing returns the same object. That is what lets a renderer load the
 * upstream objects once and hand them to every render: objects no edit touched keep their
 * rendered text ({@link #toYaml()}), so writing them again costs nothing. An object podnet reads from its
 * stored upstream objects reads its tree when first asked for more than its kind, name and namespace.
 *
 * <p>Edits that cannot apply (a container that is not there, a ConfigMap edit on a DaemonSet,
 * a path through a string) throw {@link IllegalArgumentException} naming the object
 * ({@code DaemonSet kube-system/calico-node}) and what was missing, because such a miss is a
 * bug in the renderer or its data and should say where to look.
 *
 * <p>Instances are thread-safe.
 */
public final class KubeObject {

    // The tree; for an object read from a stored pool (StoredDocument), read on first use. Racy single-check
    // over the document's own once-only read: every thread gets the same instance.
    private FrozenMap tree;
    // The stored document the tree is read from on first use; null when the tree was given.
    private final StoredDocument stored;
    private final String apiVersion;
    private final String kind;
    // metadata.name ("" when absent) and metadata.namespace (null when absent), read once: a manifest
    // looks objects up by kind and name for every edit of a render
    private final String name;
    private final String namespace;
    // Rendered text, computed on first use. Racy single-check: every thread computes the same
    // String, and a String is safely published through a data race, so no lock is needed.
    private String yaml;
    // The same, unfolded (kops 1.19-1.20); as racy and as safe.
    private String unfoldedYaml;

    private KubeObject(FrozenMap tree) {
        this.tree = tree;
        this.stored = null;
        this.apiVersion = requiredString(tree, "apiVersion");
        this.kind = requiredString(tree, "kind");
        Object metadata = tree.get("metadata");
        if (metadata != null && !(metadata instanceof Map)) {
            throw new IllegalArgumentException(kind + ": metadata is not a mapping");
        }
        this.name = metadataString(tree, "name");
        this.namespace = metadataString(tree, "namespace");
    }

    /**
     * An object with a copy of {@code tree} (maps with String keys, lists, strings, booleans,
     * numbers, nulls; key order is kept for reading and sorted for writing).
     *
     * @param tree the object as parsed YAML or built maps; copied, so later changes to it are not seen
     * @return the object, frozen
     * @throws NullPointerException if {@code tree} is null
     * @throws IllegalArgumentException if {@code apiVersion} or {@code kind} is missing or not a
     *     string, or the tree holds another type
     */
    public static KubeObject of(Map<String, ?> tree) {
        Objects.requireNonNull(tree, "tree");
        if (tree instanceof StoredDocument d) {
            return new KubeObject(d);
        }
        return new KubeObject(Frozen.freezeMap(tree));
    }

    /** An object whose tree is read when first used: its kind, name and namespace come from the document's header. */
    private KubeObject(StoredDocument document) {
        this.stored = document;
        FrozenMap header = document.header();
        this.apiVersion = requiredString(header, "apiVersion");
        this.kind = requiredString(header, "kind");
        if (header.get("metadata") != null && !(header.get("metadata") instanceof Map)) {
            throw new IllegalArgumentException(kind + ": metadata is not a mapping");
        }
        this.name = metadataString(header, "name");
        this.namespace = metadataString(header, "namespace");
    }

    /** The tree, read from the stored document on first use. */
    private FrozenMap frozen() {
        FrozenMap t = tree;
        if (t == null) {
            t = stored.tree();
            tree = t;
        }
        return t;
    }

    private static String requiredString(Map<String, Object> tree, String field) {
        Object v = tree.get(field);
        if (!(v instanceof String s) || s.isEmpty()) {
            throw new IllegalArgumentException("a Kubernetes object needs a string " + field
                    + (tree.get("kind") instanceof String k ? " (kind " + k + ")" : ""));
        }
        return s;
    }

    // ------------------------------------------------------------------ reading

    /** {@return {@code apiVersion}, e.g. {@code apps/v1}} */
    public String apiVersion() {
        return apiVersion;
    }

    /** {@return {@code kind}, e.g. {@code DaemonSet}} */
    public String kind() {
        return kind;
    }

    /** {@return {@code metadata.name}, or the empty string when the object has none} */
    public String name() {
        return name == null ? "" : name;
    }

    /** {@return {@code metadata.namespace}; empty for cluster-scoped objects} */
    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    private static String metadataString(Map<String, Object> tree, String field) {
        Object metadata = tree.get("metadata");
        if (metadata instanceof Map<?, ?> m && m.get(field) instanceof String s) {
            return s;
        }
        return null;
    }

    /** {@return the whole object as an unmodifiable tree, keys in the order they were read} */
    public Map<String, Object> tree() {
        return frozen();
    }

    /**
     * The value at {@code path} (see {@link #with(String, Object)} for the syntax); empty when
     * the path is absent or its value is null.
     *
     * @param path a dotted path such as {@code spec.template.spec.containers[0].image}
     * @return the value there (a map, list or leaf of the tree); empty when absent or null
     * @throws IllegalArgumentException if {@code path} is not a valid path
     */
    public Optional<Object> get(String path) {
        return Optional.ofNullable(TreeNodes.getIn(frozen(), Paths.parse(path)));
    }

    /**
     * The container (or init container) named {@code name} of this workload's pod template.
     *
     * @param name the container's {@code name}
     * @return the container as an unmodifiable tree; empty when the pod template has no such container
     * @throws IllegalArgumentException if this kind has no pod template
     */
    public Optional<Map<String, Object>> container(String name) {
        List<Object> at = PodTemplates.findContainer(this, name);
        return at == null ? Optional.empty() : Optional.of(TreeNodes.asMap(TreeNodes.getIn(frozen(), at)));
    }

    /**
     * The names of the containers, then of the init containers, of this workload's pod template.
     *
     * @return the names in template order
     * @throws IllegalArgumentException if this kind has no pod template
     */
    public List<String> containerNames() {
        return PodTemplates.containerNames(this);
    }

    /**
     * This object in kops' YAML form: one document, mappings sorted, ending with one line break.
     * Computed once per object and then reused.
     *
     * @return the YAML text of this object, as kops writes it
     */
    public String toYaml() {
        String text = yaml;
        if (text == null) {
            text = GoYamlEmitter.emit(frozen());
            yaml = text;
        }
        return text;
    }

    /**
     * This object as {@link #toYaml()} writes it, but with long lines never folded, as kops
     * 1.19-1.20 write manifests (go-yaml v2.3.0). Computed once per object and then reused.
     *
     * @return the object's YAML text with no line folded, ending in a newline
     */
    public String toUnfoldedYaml() {
        String text = unfoldedYaml;
        if (text == null) {
            text = GoYamlEmitter.emit(frozen(), GoYamlEmitter.UNLIMITED_WIDTH);
            unfoldedYaml = text;
        }
        return text;
    }

    // ------------------------------------------------------------------ generic edits

    /**
     * This object with {@code value} at {@code path}, creating missing mappings on the way.
     *
     * <p>A path is keys separated by dots, with {@code [n]} for a list index and
     * {@code ["key"]} for a key that contains dots: {@code spec.template.spec.hostNetwork},
     * {@code spec.template.spec.containers[0].image},
     * {@code metadata.annotations["prometheus.io/scrape"]}. A list index must exist.
     *
     * @param path the dotted path to set
     * @param value a tree value as accepted by {@link #of(Map)}; {@code null} writes YAML null
     * @return the edited object; this object when the value was already there
     * @throws IllegalArgumentException if the path is invalid, goes through a leaf or names a list
     *     index that does not exist, or {@code value} holds a type a tree cannot
     */
    public KubeObject with(String path, Object value) {
        return with(Paths.parse(path), value);
    }

    /**
     * As {@link #with(String, Object)}, with the path given as keys (String) and list indexes
     * (Integer), for keys that no string path can spell.
     *
     * @param path the keys and list indexes, outermost first; not empty
     * @param value a tree value as accepted by {@link #of(Map)}; {@code null} writes YAML null
     * @return the edited object; this object when the value was already there
     * @throws IllegalArgumentException if the path is empty, goes through a leaf or names a list
     *     index that does not exist, or {@code value} holds a type a tree cannot
     */
    public KubeObject with(List<?> path, Object value) {
        List<Object> p = Paths.check(path);
        if (p.isEmpty()) {
            throw new IllegalArgumentException(this + ": the path is empty");
        }
        return replaceTree(TreeNodes.setIn(this, frozen(), p, 0, value, true));
    }

    /**
     * This object without the value at {@code path}.
     *
     * @param path the dotted path to remove
     * @return the edited object; this object if the path is absent
     * @throws IllegalArgumentException if {@code path} is not a valid path
     */
    public KubeObject without(String path) {
        return without(Paths.parse(path));
    }

    /**
     * As {@link #without(String)}, with the path given as keys and list indexes.
     *
     * @param path the keys (String) and list indexes (Integer), outermost first; not empty
     * @return the edited object; this object if the path is absent
     * @throws IllegalArgumentException if the path is empty or holds something else than keys and indexes
     */
    public KubeObject without(List<?> path) {
        List<Object> p = Paths.check(path);
        if (p.isEmpty()) {
            throw new IllegalArgumentException(this + ": the path is empty");
        }
        return replaceTree(TreeNodes.removeIn(frozen(), p, 0));
    }

    // ------------------------------------------------------------------ metadata edits

    /**
     * This object with label {@code key} set on the object itself.
     *
     * @param key the label key, e.g. {@code app.kubernetes.io/name}
     * @param value the label value
     * @return the edited object; this object when the label already had that value
     * @throws NullPointerException if {@code value} is null
     */
    public KubeObject withLabel(String key, String value) {
        return with(List.of("metadata", "labels", key), Objects.requireNonNull(value, "value"));
    }

    /**
     * This object with annotation {@code key} set on the object itself.
     *
     * @param key the annotation key
     * @param value the annotation value
     * @return the edited object; this object when the annotation already had that value
     * @throws NullPointerException if {@code value} is null
     */
    public KubeObject withAnnotation(String key, String value) {
        return with(List.of("metadata", "annotations", key), Objects.requireNonNull(value, "value"));
    }

    /**
     * This workload with label {@code key} set on its pod template (the pods it creates).
     *
     * @param key the label key
     * @param value the label value
     * @return the edited workload; this object when the label already had that value
     * @throws IllegalArgumentException if this kind has no pod template
     */
    public KubeObject withPodLabel(String key, String value) {
        return with(PodTemplates.append(PodTemplates.podMetadataPath(this), "labels", key),
                Objects.requireNonNull(value, "value"));
    }

    /**
     * This workload with annotation {@code key} set on its pod template.
     *
     * @param key the annotation key
     * @param value the annotation value
     * @return the edited workload; this object when the annotation already had that value
     * @throws IllegalArgumentException if this kind has no pod template
     */
    public KubeObject withPodAnnotation(String key, String value) {
        return with(PodTemplates.append(PodTemplates.podMetadataPath(this), "annotations", key),
                Objects.requireNonNull(value, "value"));
    }

    // ------------------------------------------------------------------ container edits

    /**
     * This workload with the image of container {@code container} set.
     *
     * @param container the container's (or init container's) name
     * @param image the full image reference, e.g. {@code docker.io/calico/node:v3.29.3}
     * @return the edited workload; this object when the container already had that image
     * @throws IllegalArgumentException if this kind has no pod template or it has no such container
     */
    public KubeObject withImage(String container, String image) {
        Objects.requireNonNull(image, "image");
        return editContainer(container, c -> c.with("image", image));
    }

    /**
     * This workload with the image of each named container set, as {@link #withImage} container by
     * container in the map's order, with the path down to the pod spec copied once for all of them.
     *
     * @param imageByContainer the image of each container (or init container), by its name
     * @return the edited workload; this object when every container had its image already
     * @throws IllegalArgumentException if this kind has no pod template or it has no such container
     */
    public KubeObject withImages(Map<String, String> imageByContainer) {
        if (imageByContainer.size() < 2) {
            KubeObject out = this;
            for (Map.Entry<String, String> e : imageByContainer.entrySet()) {
                out = out.withImage(e.getKey(), e.getValue());
            }
            return out;
        }
        List<Object> specPath = PodTemplates.podSpecPath(this);
        FrozenMap before = TreeNodes.asMap(TreeNodes.getIn(frozen(), specPath));
        FrozenMap spec = before;
        for (Map.Entry<String, String> e : imageByContainer.entrySet()) {
            Objects.requireNonNull(e.getValue(), "image");
            // the container's place (list and index) is found as editContainer finds it; setting an
            // image moves no container, so the places found in the edited spec are the same
            List<Object> at = PodTemplates.findContainer(this, e.getKey());
            if (at == null) {
                throw new IllegalArgumentException(this + " has no container \"" + e.getKey() + "\" ("
                        + PodTemplates.describeContainers(this) + ")");
            }
            String list = (String) at.get(at.size() - 2);
            int index = (Integer) at.get(at.size() - 1);
            FrozenList containers = (FrozenList) spec.get(list);
            FrozenMap container = TreeNodes.asMap(containers.get(index));
            FrozenMap edited = container.with("image", e.getValue());
            if (edited != container) {
                spec = spec.with(list, containers.with(index, edited));
            }
        }
        return spec == before ? this : replaceTree(TreeNodes.setIn(this, frozen(), specPath, 0, spec, false));
    }

    /**
     * This workload with environment variable {@code name} of container {@code container} set to
     * {@code value}: replaced where it is (a {@code valueFrom} it had is dropped), appended
     * otherwise. Other variables, including those with {@code valueFrom}, are kept as they are.
     *
     * @param container the container's (or init container's) name
     * @param name the variable's name
     * @param value its literal value
     * @return the edited workload; this object when the variable already had exactly that value
     * @throws IllegalArgumentException if this kind has no pod template or it has no such container
     */
    public KubeObject withEnv(String container, String name, String value) {
        Objects.requireNonNull(value, "value");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("value", value);
        return editContainer(container, c -> PodTemplates.setEnv(c, name, entry));
    }

    /**
     * This workload with environment variable {@code name} of container {@code container} taken
     * from {@code valueFrom} (e.g. {@code {fieldRef: {fieldPath: spec.nodeName}}}), replaced where
     * it is or appended.
     *
     * @param container the container's (or init container's) name
     * @param name the variable's name
     * @param valueFrom the {@code valueFrom} mapping, copied into the tree
     * @return the edited workload; this object when the variable was already exactly that
     * @throws IllegalArgumentException if this kind has no pod template or it has no such container
     */
    public KubeObject withEnvValueFrom(String container, String name, Map<String, ?> valueFrom) {
        Objects.requireNonNull(valueFrom, "valueFrom");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("valueFrom", valueFrom);
        return editContainer(container, c -> PodTemplates.setEnv(c, name, entry));
    }

    /**
     * This workload without environment variable {@code name} in container {@code container}.
     *
     * @param container the container's (or init container's) name
     * @param name the variable's name
     * @return the edited workload; this object if the container has no such variable
     * @throws IllegalArgumentException if this kind has no pod template or it has no such container
     */
    public KubeObject withoutEnv(String container, String name) {
        return editContainer(container, c -> {
            if (!(c.get("env") instanceof FrozenList env)) {
                return c;
            }
            int i = PodTemplates.indexByName(env, name);
            return i < 0 ? c : c.with("env", env.minus(i));
        });
    }

    /**
     * This workload with the {@code args} of container {@code container} replaced by {@code args}.
     *
     * @param container the container's (or init container's) name
     * @param args the new arguments, in order; copied
     * @return the edited workload; this object when the container already had exactly these args
     * @throws IllegalArgumentException if this kind has no pod template or it has no such container
     */
    public KubeObject withArgs(String container, List<String> args) {
        List<String> copy = List.copyOf(args);
        return editContainer(container, c -> c.with("args", copy));
    }

    /**
     * This workload with the {@code resources} of container {@code container} replaced, e.g.
     * {@code Map.of("requests", Map.of("cpu", "100m", "memory", "100Mi"))}.
     *
     * @param container the container's (or init container's) name
     * @param resources the new {@code resources} mapping, copied into the tree
     * @return the edited workload; this object when the container already had exactly these resources
     * @throws IllegalArgumentException if this kind has no pod template or it has no such container
     */
    public KubeObject withResources(String container, Map<String, ?> resources) {
        Objects.requireNonNull(resources, "resources");
        return editContainer(container, c -> c.with("resources", resources));
    }

    // ------------------------------------------------------------------ ConfigMap edits

    /**
     * This ConfigMap with {@code data[key]} set.
     *
     * @param key the data key, e.g. {@code cni_network_config}
     * @param value the text to store under it
     * @return the edited ConfigMap; this object when the key already held that text
     * @throws IllegalArgumentException if this object is not a ConfigMap
     */
    public KubeObject withData(String key, String value) {
        requireKind("ConfigMap");
        return with(List.of("data", key), Objects.requireNonNull(value, "value"));
    }

    /**
     * This ConfigMap without {@code data[key]}.
     *
     * @param key the data key
     * @return the edited ConfigMap; this object if the key is absent
     * @throws IllegalArgumentException if this object is not a ConfigMap
     */
    public KubeObject withoutData(String key) {
        requireKind("ConfigMap");
        return without(List.of("data", key));
    }

    // ------------------------------------------------------------------ internals

    private void requireKind(String expected) {
        if (!kind.equals(expected)) {
            throw new IllegalArgumentException(this + " is not a " + expected);
        }
    }

    private KubeObject replaceTree(Object newTree) {
        return newTree == frozen() ? this : new KubeObject((FrozenMap) newTree);
    }

    private KubeObject editContainer(String container, UnaryOperator<FrozenMap> edit) {
        Objects.requireNonNull(container, "container");
        List<Object> at = PodTemplates.findContainer(this, container);
        if (at == null) {
            throw new IllegalArgumentException(this + " has no container \"" + container + "\" ("
                    + PodTemplates.describeContainers(this) + ")");
        }
        FrozenMap before = TreeNodes.asMap(TreeNodes.getIn(frozen(), at));
        FrozenMap after = edit.apply(before);
        return after == before ? this : replaceTree(TreeNodes.setIn(this, frozen(), at, 0, after, false));
    }


    // ------------------------------------------------------------------ Object

    /** Objects are equal when their trees are (key order does not matter, as in YAML). */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof KubeObject other && frozen().equals(other.frozen()));
    }

    @Override
    public int hashCode() {
        return frozen().hashCode();
    }

    /** {@code Kind namespace/name}, e.g. {@code DaemonSet kube-system/calico-node}. */
    @Override
    public String toString() {
        Optional<String> ns = namespace();
        return kind + " " + (ns.isPresent() ? ns.get() + "/" : "") + name();
    }
}
