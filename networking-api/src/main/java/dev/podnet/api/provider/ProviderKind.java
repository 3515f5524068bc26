package dev.podnet.api.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every networking provider kops has offered, with the YAML keys it is written under.
 *
 * <p>{@code key} is the v1alpha2 key (what users write and what kops prints); {@code modernKey} is
 * the v1alpha3 / internal name from kops 1.26 on, which validation paths use on those releases.
 */
public enum ProviderKind {
    /** Amazon VPC CNI (AWS only). */
    AMAZON_VPC("amazonvpc", "amazonVPC"),
    /** Calico. */
    CALICO("calico", "calico"),
    /** Canal: Calico policy with flannel networking. */
    CANAL("canal", "canal"),
    /** Cilium. */
    CILIUM("cilium", "cilium"),
    /** flannel. */
    FLANNEL("flannel", "flannel"),
    /** kopeio-networking. */
    KOPEIO("kopeio", "kopeio"),
    /** kube-router. */
    KUBE_ROUTER("kuberouter", "kubeRouter"),
    /** kubenet: the kubelet's bridge networking; kops renders no addon. */
    KUBENET("kubenet", "kubenet"),
    /** Lyft's VPC CNI (AWS only). */
    LYFT_VPC("lyftvpc", "lyftvpc"),
    /** Romana. */
    ROMANA("romana", "romana"),
    /** Weave Net. */
    WEAVE("weave", "weave"),
    /** A CNI the user installs; kops renders no addon. */
    CNI("cni", "cni"),
    /** Networking set up outside kops; kops renders no addon. */
    EXTERNAL("external", "external"),
    /** GCE IP aliases (GCE only). */
    GCP("gce", "gcp"),
    /** kindnet. */
    KINDNET("kindnet", "kindnet"),
    /** Classic networking: every release podnet models rejects it as not supported. */
    CLASSIC("classic", "classic");

    private final String key;
    private final String modernKey;

    ProviderKind(String key, String modernKey) {
        this.key = key;
        this.modernKey = modernKey;
    }

    /**
     * The v1alpha2 key under {@code spec.networking}: {@code amazonvpc}, {@code kuberouter}, {@code gce}.
     *
     * @return the v1alpha2 key
     */
    public String key() { return key; }

    /**
     * The v1alpha3 / internal key (kops 1.26+): {@code amazonVPC}, {@code kubeRouter}, {@code gcp}.
     *
     * @return the v1alpha3 key
     */
    public String modernKey() { return modernKey; }

    /**
     * Finds a provider by any YAML key it was ever written under (case-sensitive, as kops is).
     *
     * @param yamlKey a v1alpha2 or v1alpha3 key
     * @return the provider; empty when no provider was written under that key
     */
    public static Optional<ProviderKind> byKey(String yamlKey) {
        for (ProviderKind k : values()) {
            if (k.key.equals(yamlKey) || k.modernKey.equals(yamlKey)) return Optional.of(k);
        }
        return Optional.empty();
    }

    /**
     * Every key any provider was ever written under, for error messages.
     *
     * @return the v1alpha2 keys, in declaration order
     */
    public static List<String> allKeys() {
        return Arrays.stream(values()).map(ProviderKind::key).toList();
    }
}
