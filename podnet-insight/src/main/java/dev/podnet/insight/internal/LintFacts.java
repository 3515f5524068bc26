package dev.podnet.insight.internal;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.version.VersionRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The advisory lints' facts (lints.yaml), read and checked once per instance. */
public final class LintFacts {
    private static final String RESOURCE = "dev/podnet/insight/internal/lints.yaml";

    /** A lint's documentation row. */
    public record Rule(String id, String title, String reason, String source) {
    }

    /** A number with the source that states it. */
    public record Fact(int value, String source) {
    }

    /** Fields of one provider that its manifest ignores at some releases. */
    public record Ignored(String provider, List<String> keys, VersionRange releases, String source) {
    }

    private final List<Rule> rules;
    private final Map<String, Fact> cloudMtu;
    private final Map<String, Fact> overhead;
    private final Map<String, String> mtuEncapsulation;
    private final Map<String, Fact> reserved;
    private final Fact nodeMask;
    private final List<String> podsInNetwork;
    private final List<Ignored> ignored;

    private LintFacts(FactNode root) {
        rules = root.rows("lints", n -> new Rule(n.text("id"), n.text("title"), n.text("reason"), n.text("source")));
        cloudMtu = facts(root.get("cloudMtu"), "mtu");
        overhead = facts(root.get("encapsulation"), "overhead");
        mtuEncapsulation = new LinkedHashMap<>();
        FactNode mtu = root.get("mtuProviders");
        for (String k : mtu.keys()) mtuEncapsulation.put(k, mtu.get(k).text("encapsulation"));
        reserved = facts(root.get("subnetReserved"), "count");
        nodeMask = new Fact(root.get("nodeCidrMaskSize").integer("ipv4"), root.get("nodeCidrMaskSize").text("source"));
        podsInNetwork = root.texts("podsInNetwork");
        ignored = root.rows("ignoredOptions", n -> new Ignored(n.text("provider"), n.texts("keys"), n.range(), n.text("source")));
        for (String e : mtuEncapsulation.values()) {
            if (!e.equals("from-spec") && !overhead.containsKey(e)) throw mtu.fail("unknown encapsulation " + e);
        }
    }

    private static Map<String, Fact> facts(FactNode table, String key) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (String k : table.keys()) out.put(k, new Fact(table.get(k).integer(key), table.get(k).text("source")));
        return java.util.Collections.unmodifiableMap(out);
    }

    public static LintFacts load() {
        return new LintFacts(FactDocument.load(LintFacts.class.getClassLoader(), RESOURCE).root());
    }

    public List<Rule> rules() { return rules; }

    public Optional<Fact> cloudMtu(String cloud) { return Optional.ofNullable(cloudMtu.get(cloud)); }

    public Optional<Fact> overhead(String encapsulation) { return Optional.ofNullable(overhead.get(encapsulation)); }

    /** The encapsulation of a provider's MTU field ({@code from-spec} for Calico), if it has one. */
    public Optional<String> mtuEncapsulation(String providerKey) { return Optional.ofNullable(mtuEncapsulation.get(providerKey)); }

    public Fact reserved(String cloud) { return reserved.getOrDefault(cloud, reserved.get("other")); }

    public Fact nodeMask() { return nodeMask; }

    public boolean podsInNetwork(String providerKey) { return podsInNetwork.contains(providerKey); }

    public List<Ignored> ignored() { return ignored; }
}
