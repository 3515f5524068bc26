package dev.podnet.manifests.cilium;

import dev.podnet.manifests.object.KubeObject;
import java.util.List;

/**
 * The object order of kops' Cilium template from kops 1.34 on, generated with Helm: Helm's install
 * order by kind, then the kinds Helm does not list (Certificate, Endpoints, GatewayClass), by kind
 * name. kops-oracle 1.36 writes every Cilium manifest in this order, whatever the options.
 */
final class HelmKindOrder {

    /** Helm's install order of the kinds it knows (the order of every kops-oracle 1.36 Cilium manifest). */
    private static final List<String> INSTALL_ORDER = List.of("Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange",
            "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap",
            "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
            "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
            "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService");

    private HelmKindOrder() {
    }

    /** Negative, zero or positive as kind {@code a} installs before, with or after kind {@code b}. */
    static int compare(String a, String b) {
        int ia = INSTALL_ORDER.indexOf(a);
        int ib = INSTALL_ORDER.indexOf(b);
        if (ia >= 0 || ib >= 0) {
            return Integer.compare(ia < 0 ? INSTALL_ORDER.size() : ia, ib < 0 ? INSTALL_ORDER.size() : ib);
        }
        return a.compareTo(b);
    }

    /** Where an object of {@code kind} goes in {@code objects} (already in this order): after every object of its kind or an earlier one. */
    static int insertionPoint(List<KubeObject> objects, String kind) {
        int at = objects.size();
        while (at > 0 && compare(objects.get(at - 1).kind(), kind) > 0) {
            at--;
        }
        return at;
    }
}
