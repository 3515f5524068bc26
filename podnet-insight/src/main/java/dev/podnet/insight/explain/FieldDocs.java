package dev.podnet.insight.explain;

import dev.podnet.api.internal.allowed.AllowedValueRow;
import dev.podnet.api.internal.allowed.AllowedValueTable;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.provider.ProviderKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documentation of every model field, read from podnet's data table once per instance (the
 * caller keeps the instance). Paths are the v1alpha2 places; {@link #find} also accepts list
 * indexes and the v1alpha3 and internal spellings kops prints.
 */
public final class FieldDocs {
    private static final String RESOURCE = "dev/podnet/insight/internal/fields.yaml";
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    /** Cluster-level fields v1alpha3 (kops 1.26+) and kops' internal paths keep under {@code spec.networking}. */
    private static final Set<String> CLUSTER_FIELDS = Set.of("networkID", "networkCIDR", "additionalNetworkCIDRs",
            "nonMasqueradeCIDR", "podCIDR", "serviceClusterIPRange", "subnets", "topology", "egressProxy", "tagSubnets",
            "isolateControlPlane");

    private final Map<String, FieldDoc> byPath;

    private FieldDocs(Map<String, FieldDoc> byPath) {
        this.byPath = byPath;
    }

    /**
     * Reads the field documentation table.
     *
     * @return the table
     */
    public static FieldDocs load() {
        FactNode root = FactDocument.load(FieldDocs.class.getClassLoader(), RESOURCE).root();
        AllowedValueTable allowed = AllowedValueTable.load();
        Map<String, FieldDoc> out = new LinkedHashMap<>();
        for (FieldDoc d : root.rows("fields", n -> read(n, allowed))) {
            if (out.put(d.path(), d) != null) throw root.fail("field documented twice: " + d.path());
        }
        return new FieldDocs(java.util.Collections.unmodifiableMap(out));
    }

    /**
     * One entry; its allowed values are the rows of the table of allowed values for the field whose rule the
     * entry names, each with the empty string (unset, which validation skips).
     */
    private static FieldDoc read(FactNode n, AllowedValueTable allowed) {
        FieldDoc.Builder b = FieldDoc.builder().path(n.text("path")).type(n.text("type")).meaning(n.text("meaning"))
                .source(n.text("source"));
        n.optionalText("kopsDefault").ifPresent(b::kopsDefault);
        n.optionalText("releases").ifPresent(b::releases);
        n.optionalText("deprecated").ifPresent(b::deprecated);
        if (n.has("manifest")) b.manifest(n.texts("manifest"));
        if (n.has("allowed")) throw n.fail("allowed values are rows of " + AllowedValueTable.RESOURCE + ", not of the documentation");
        List<String> rules = n.texts("rules");
        b.rules(rules);
        for (AllowedValueRow row : allowed.ofField(n.text("path"))) {
            if (!rules.contains(row.rule())) continue;
            List<String> values = new ArrayList<>(row.values());
            values.add("");
            b.addAllowed(AllowedValues.builder().releases(row.releases()).values(values).build());
        }
        return b.build();
    }

    /**
     * Every entry, in the table's order.
     *
     * @return every entry
     */
    public List<FieldDoc> all() { return List.copyOf(byPath.values()); }

    /**
     * The entry of a field path as kops or podnet prints it ({@code spec.subnets[2].cidr}, {@code spec.networking.amazonVPC.env}).
     *
     * @param path a field path
     * @return the entry; empty when the table has none for the path
     */
    public Optional<FieldDoc> find(String path) {
        return Optional.ofNullable(byPath.get(canonical(path)));
    }

    /**
     * The documented place of a path: list indexes become {@code []}; v1alpha3 provider keys, cluster
     * fields under {@code spec.networking} and the v1alpha2 names {@code isolateMasters},
     * {@code DisableSubnetTags} and {@code topology.controlPlane} map to the model's names.
     *
     * @param path a field path as kops or podnet prints it
     * @return the documented place
     */
    public static String canonical(String path) {
        String p = INDEX.matcher(path.trim()).replaceAll("[]");
        p = rename(p, "spec.isolateMasters", "spec.isolateControlPlane");
        p = rename(p, "spec.DisableSubnetTags", "spec.tagSubnets");
        p = rename(p, "spec.disableSubnetTags", "spec.tagSubnets");
        p = rename(p, "spec.topology.controlPlane", "spec.topology.masters");
        if (p.startsWith("spec.networking.")) {
            String rest = p.substring("spec.networking.".length());
            int dot = rest.indexOf('.');
            String head = dot < 0 ? rest : rest.substring(0, dot);
            String tail = dot < 0 ? "" : rest.substring(dot);
            String bare = head.replace("[]", "");
            if (CLUSTER_FIELDS.contains(bare)) return canonical("spec." + rest);
            for (ProviderKind k : ProviderKind.values()) {
                if (k.modernKey().equals(head)) return "spec.networking." + k.key() + tail;
            }
        }
        return p;
    }

    private static String rename(String p, String from, String to) {
        if (p.equals(from)) return to;
        if (p.startsWith(from + ".") || p.startsWith(from + "[")) return to + p.substring(from.length());
        return p;
    }
}
