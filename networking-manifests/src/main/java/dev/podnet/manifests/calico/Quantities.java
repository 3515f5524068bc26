package dev.podnet.manifests.calico;

/**
 * kops' templates write {@code cpuRequest} (a Kubernetes {@code resource.Quantity}) in its
 * canonical form ({@link dev.podnet.api.internal.Quantities}): {@code 0.5} is written {@code 500m},
 * {@code 1000m} {@code 1}.
 */
public final class Quantities {
    private Quantities() {
    }

    /**
     * The canonical form as the template writes it, unquoted: a whole number of cores is a YAML
     * integer ({@code cpu: 1}), any other form a string.
     */
    public static Object written(String quantity) {
        String c = canonical(quantity);
        return dev.podnet.manifests.internal.Edits.digits(c, 9) ? (Object) Integer.valueOf(c) : c;
    }

    /** The canonical form, e.g. {@code 0.5} → {@code 500m} (networking-api's shared helper). */
    public static String canonical(String quantity) {
        return dev.podnet.api.internal.Quantities.canonical(quantity);
    }
}
