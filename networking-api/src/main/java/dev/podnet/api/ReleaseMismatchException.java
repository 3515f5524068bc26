package dev.podnet.api;

import dev.podnet.api.version.KopsVersion;

/** A value made by one kops release's rules was handed to another release's facade. */
public final class ReleaseMismatchException extends PodnetException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception naming both releases.
     *
     * @param made the release that made the value
     * @param used the release of the facade it was handed to
     */
    public ReleaseMismatchException(KopsVersion made, KopsVersion used) {
        super("this completion was made by kops " + made + "'s rules and cannot be rendered by kops " + used
                + ": complete the cluster with Podnet.forRelease(\"" + used + "\") first");
    }
}
