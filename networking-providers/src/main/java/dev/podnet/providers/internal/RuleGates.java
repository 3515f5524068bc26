package dev.podnet.providers.internal;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
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
        this.gates = Map.copyOf(gates);
    }

    /** Reads the {@code gates} mapping of classpath resource {@code resource}. */
    public static RuleGates load(ClassLoader loader, String resource) {
        return read(FactDocument.load(loader, resource).root(), resource);
    }

    static RuleGates read(FactNode root, String resource) {
        FactNode table = root.get("gates");
        Map<String, Gate> gates = new LinkedHashMap<>();
        for (String id : table.keys()) gates.put(id, new Gate(id, table.text(id).trim(), table.rangeText(id)));
        return new RuleGates(resource, gates);
    }

    /** The gate {@code id}. */
    public Gate gate(String id) {
        Gate g = gates.get(id);
        if (g == null) throw new IllegalStateException(resource + ": no gate " + id);
        return g;
    }
}
