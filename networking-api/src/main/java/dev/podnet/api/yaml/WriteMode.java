package dev.podnet.api.yaml;

/** How {@link ClusterYaml#write(ClusterDocuments, WriteMode)} writes a stream back. */
public enum WriteMode {
    /**
     * kops' canonical form, as {@code kops get -o yaml} writes it: keys sorted at every level,
     * comments dropped, in the apiVersion the Cluster was read in.
     */
    KOPS,
    /**
     * The text as read, changed only where the Cluster changed: comments, key order, quoting and
     * indentation stay as the user wrote them, so an edit of one field changes only that field's
     * lines (a small diff for GitOps reviews). Other documents are kept byte for byte.
     */
    PRESERVE
}
