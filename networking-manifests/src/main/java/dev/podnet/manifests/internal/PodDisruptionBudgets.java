package dev.podnet.manifests.internal;

import java.util.Optional;

/**
 * The PodDisruptionBudget API version kops' templates write: {@code policy/v1} from a Kubernetes minor (the
 * {@code pdbV1FromKubernetes} fact of a provider's releases.yaml), {@code policy/v1beta1} below it, and
 * {@code policy/v1} whatever the version where the release has no such fact (kops 1.30 on).
 */
public final class PodDisruptionBudgets {
    private PodDisruptionBudgets() {
    }

    /**
     * @param v1FromKubernetes the Kubernetes minor from which the template writes {@code policy/v1}, or empty
     * @param kubernetesMinor the cluster's Kubernetes minor
     * @return {@code policy/v1} or {@code policy/v1beta1}
     */
    public static String apiVersion(Optional<String> v1FromKubernetes, int kubernetesMinor) {
        return v1FromKubernetes.isEmpty() || kubernetesMinor >= Integer.parseInt(v1FromKubernetes.get())
                ? "policy/v1" : "policy/v1beta1";
    }
}
