package dev.podnet.insight.explain;

/** Where a value of the completed spec came from. */
public enum ValueSource {
    /** Written by the user and kept by completion. */
    USER,
    /** Set by a default of the release's completion, which names its rule. */
    DEFAULT,
    /** Set during completion by a step that records no rule for it (reported so that nothing is hidden). */
    COMPLETION
}
