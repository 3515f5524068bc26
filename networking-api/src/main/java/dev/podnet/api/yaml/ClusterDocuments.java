package dev.podnet.api.yaml;

import dev.podnet.api.Cluster;
import dev.podnet.api.diag.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kops document stream as read: the Cluster, the other documents (InstanceGroups, ...) kept as
 * written and in their places, and the findings the reader made (a second provider, an unknown
 * provider key) that validation will report too.
 */
public final class ClusterDocuments {
    private final Cluster cluster;
    private final String apiVersion;
    private final int clusterIndex;
    private final List<Map<String, Object>> others;
    private final Diagnostics findings;
    /** The text read, for {@link WriteMode#PRESERVE}: where the Cluster's node is among its documents, and the limits read with. */
    private final Source source;

    record Source(String text, int clusterNode, YamlLimits limits) {
    }

    ClusterDocuments(Cluster cluster, String apiVersion, int clusterIndex, List<Map<String, Object>> others,
            Diagnostics findings, Source source) {
        this.cluster = Objects.requireNonNull(cluster);
        this.apiVersion = apiVersion;
        this.clusterIndex = clusterIndex;
        this.others = List.copyOf(others);
        this.findings = findings;
        this.source = source;
    }

    Source source() { return source; }

    /** {@return the Cluster document, read into the model} */
    public Cluster cluster() { return cluster; }

    /**
     * The apiVersion the Cluster was written in ({@code kops.k8s.io/v1alpha2} or {@code v1alpha3}).
     *
     * @return the document's {@code apiVersion} as read
     */
    public String apiVersion() { return apiVersion; }

    /**
     * The position of the Cluster among all documents.
     *
     * @return the 0-based index of the Cluster document
     */
    public int clusterIndex() { return clusterIndex; }

    /**
     * Every other document (InstanceGroups, keysets, ...) as plain YAML values, in order.
     *
     * @return the other documents; empty when the stream holds only the Cluster
     */
    public List<Map<String, Object>> otherDocuments() { return others; }

    /** {@return what reading found that does not stop it; {@link Diagnostics#isEmpty() empty} when nothing} */
    public Diagnostics findings() { return findings; }

    /**
     * The same stream with another Cluster (e.g. the completed one) in the Cluster's place.
     *
     * @param replacement the new Cluster
     * @return the same stream with the Cluster replaced
     */
    public ClusterDocuments withCluster(Cluster replacement) {
        return new ClusterDocuments(replacement, apiVersion, clusterIndex, others, findings, source);
    }
}
