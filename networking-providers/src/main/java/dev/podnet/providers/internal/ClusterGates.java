package dev.podnet.providers.internal;

/** The release gates of the cluster-level rules ({@code dev/podnet/providers/cluster/rule-gates.yaml}), read once. */
public final class ClusterGates {
    private static final RuleGates GATES = RuleGates.ofFolder("cluster");

    private ClusterGates() {
    }

    /** The whole table (for the single-field constraints of the cluster-level records, which name their rows). */
    public static RuleGates table() {
        return GATES;
    }

    /** The gate {@code id} of the table; a missing one fails the caller's class initialisation. */
    public static Gate gate(String id) {
        return GATES.gate(id);
    }
}
