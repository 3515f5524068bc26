package dev.podnet.providers.internal;

import dev.podnet.api.internal.allowed.AllowedValueRow;
import dev.podnet.api.internal.allowed.AllowedValueTable;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of rule gates ({@code id: "VersionRange"}, e.g. {@code cluster.podCIDR-required: ">=1.28"}) read
 * through the facts loader: a range that does not parse fails at load with the file and the row, and a
 * gate a rule asks for that the table lacks fails when the rule's class is initialised. A provider's table
 * also holds the rows of its fields in the table of allowed values ({@link AllowedValueTable}): each row is
 * a gate with its values ({@link #allowedValues}), so a check of allowed values and the releases it
 * belongs to come from that one row. Immutable.
 */
public final class RuleGates {
    /** podnet's table of allowed values, immutable data read once like the gate tables that merge its rows. */
    private static final AllowedValueTable ALLOWED = AllowedValueTable.load();

    private final String resource;
    private final Map<String, Gate> gates;
    private final Map<String, List<String>> allowed;

    private RuleGates(String resource, Map<String, Gate> gates, Map<String, List<String>> allowed) {
        this.resource = resource;
        this.gates = Collections.unmodifiableMap(new LinkedHashMap<>(gates));
        this.allowed = Collections.unmodifiableMap(new LinkedHashMap<>(allowed));
    }

    /** Reads the {@code gates} mapping of classpath resource {@code resource} (no rows of allowed values). */
    public static RuleGates load(ClassLoader loader, String resource) {
        return of(FactDocument.load(loader, resource).root(), List.of());
    }

    /**
     * The gate table of {@code folder} ({@code cluster} or a provider's folder):
     * {@code dev/podnet/providers/<folder>/rule-gates.yaml} and the folder's rows of allowed values.
     */
    public static RuleGates ofFolder(String folder) {
        return of(FactDocument.load(RuleGates.class.getClassLoader(), resourceOf(folder)).root(), folder);
    }

    /** Where the gate table of {@code folder} ({@code cluster} or a provider's folder) sits on the class path. */
    public static String resourceOf(String folder) {
        return "dev/podnet/providers/" + folder + "/rule-gates.yaml";
    }

    /**
     * Reads the {@code gates} mapping of a document already loaded (whose other tables its reader reads), with
     * the rows of allowed values of {@code folder}'s fields.
     */
    public static RuleGates of(FactNode root, String folder) {
        return of(root, ALLOWED.ofProvider(folder));
    }

    /** Reads the {@code gates} mapping of a document already loaded, with the given rows of allowed values (tests). */
    public static RuleGates of(FactNode root, List<AllowedValueRow> allowedRows) {
        FactNode table = root.get("gates");
        Map<String, Gate> gates = new LinkedHashMap<>();
        for (String id : table.keys()) gates.put(id, new Gate(id, table.text(id).trim(), table.rangeText(id)));
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        for (AllowedValueRow row : allowedRows) {
            if (gates.containsKey(row.gate())) {
                throw table.get(row.gate()).fail("gate " + row.gate() + " is a row of " + AllowedValueTable.RESOURCE + " (one home)");
            }
            gates.put(row.gate(), new Gate(row.gate(), row.label(), row.releases()));
            allowed.put(row.gate(), row.values());
        }
        return new RuleGates(root.resource(), gates, allowed);
    }

    /** Every gate of the table, in table order (the rows of allowed values last). */
    public Collection<Gate> all() {
        return gates.values();
    }

    /** The gate {@code id}. */
    public Gate gate(String id) {
        Gate g = gates.get(id);
        if (g == null) throw new IllegalStateException(resource + ": no gate " + id);
        return g;
    }

    /** The values the row of allowed values {@code id} accepts; a gate without values fails. */
    public List<String> allowedValues(String id) {
        List<String> v = allowed.get(id);
        if (v == null) throw new IllegalStateException(AllowedValueTable.RESOURCE + ": no row " + id + " for " + resource);
        return v;
    }
}
