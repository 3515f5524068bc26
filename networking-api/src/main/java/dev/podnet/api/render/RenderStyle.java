package dev.podnet.api.render;

/** How rendered objects are written. */
public enum RenderStyle {
    /** Exactly as kops writes them: kops labels, {@code creationTimestamp: null}, kops' key order and scalar style. */
    KOPS,
    /** Without kops' bookkeeping, for kubectl, Argo CD or Flux users. */
    CLEAN
}
