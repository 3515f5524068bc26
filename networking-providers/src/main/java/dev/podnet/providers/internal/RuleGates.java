package dev.podnet.providers.internal;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table of rule gates ({@code id: "VersionRange"}, e.g. {@code cluster.podCIDR-required: ">=1.28"}) read
 * through the facts loader: a range that does not parse fails at load with the file and the row, and a
 * gate a rule asks for that the table lacks fails when the rule's class is initialised. Immutable.
 */
public final class RuleGates {
    private final String resource;
    private final Map<String, Gate> gates;

    private RuleGates(String resource, Map<String, Gate> gates) {
        this.resource = resource;
        this.gates = Collections.unmodifiableMap(new LinkedHashMap<>(gates));
    }

    /** Reads the {@code gates} mapping of classpath resource {@code resource}. */
    public static RuleGates load(ClassLoader loader, String resource) {
        return read(FactDocument.load(loader, resource).root(), resource);
    }

    /** The gate table of {@code folder} ({@code cluster} or a provider's folder): {@code dev/podnet/providers/<folder>/rule-gates.yaml}. */
    public static RuleGates ofFolder(String folder) {
        return load(RuleGates.class.getClassLoader(), resourceOf(folder));
    }

    /** Where the gate table of {@code folder} ({@code cluster} or a provider's folder) sits on the class path. */
    public static String resourceOf(String folder) {
        return "dev/podnet/providers/" + folder + "/rule-gates.yaml";
    }

    /** Reads the {@code gates} mapping of a document already loaded (whose other tables its reader reads). */
    public static RuleGates of(FactNode root) {
        return read(root, root.resource());
    }

    static RuleGates read(FactNode root, String resource) {
        FactNode table = root.get("gates");
        Map<String, Gate> gates = new LinkedHashMap<>();
        for (String id : table.keys()) gates.put(id, new Gate(id, table.text(id).trim(), table.rangeText(id)));
        return new RuleGates(resource, gates);
    }

    /** Every gate of the table, in table order. */
    public Collection<Gate> all() {
        return gates.values();
    }

    /** The gate {@code id}. */
    public Gate gate(String id) {
        Gate g = gates.get(id);
        if (g == null) throw new IllegalStateException(resource + ": no gate " + id);
        return g;
    }
}
