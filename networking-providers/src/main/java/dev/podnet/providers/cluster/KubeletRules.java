package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * kops' checks of a kubelet block ({@code validateKubelet} in {@code pkg/apis/kops/validation/validation.go}), run on
 * the kubelet, then on the control plane kubelet, each in kops' order: {@code apiServers}, {@code bootstrapKubeconfig},
 * {@code topologyManagerPolicy} (a value kops knows, on Kubernetes 1.18+), {@code enableCadvisorJsonEndpoints}, {@code logFormat}, {@code cpuCFSQuotaPeriod},
 * the fields Kubernetes 1.24 removed ({@link RemovedKubeletFieldsRule}), {@code shutdownGracePeriodCriticalPods},
 * {@code memorySwapBehavior} (kops-oracle 1.22, 1.24, 1.28, 1.36 with every field set at once). They are not
 * networking, but kops refuses a spec they refuse whatever its networking. Releases and the Kubernetes versions
 * each applies to are rows of {@code rule-gates.yaml} ({@code cluster.kubelet-*}).
 */
final class KubeletRules {
    private static final Gate API_SERVERS = gate("cluster.kubelet-api-servers");
    private static final Gate BOOTSTRAP_NEEDS_API_SERVER = gate("cluster.kubelet-bootstrap-kubeconfig");
    private static final Gate BOOTSTRAP_UNSUPPORTED = gate("cluster.kubelet-bootstrap-kubeconfig#unsupported");
    private static final Gate TOPOLOGY_MANAGER = gate("cluster.kubelet-topology-manager-policy");
    private static final Gate TOPOLOGY_MANAGER_K8S = gate("cluster.kubelet-topology-manager-policy#kubernetes-1.18");
    private static final Gate CADVISOR_JSON = gate("cluster.kubelet-cadvisor-json-endpoints");
    private static final Gate CADVISOR_JSON_ANY = gate("cluster.kubelet-cadvisor-json-endpoints#any-kubernetes");
    private static final Gate LOG_FORMAT = gate("cluster.kubelet-log-format");
    private static final Gate CFS_QUOTA_PERIOD = gate("cluster.kubelet-cpu-cfs-quota-period");
    private static final Gate CFS_QUOTA_PERIOD_ANY = gate("cluster.kubelet-cpu-cfs-quota-period#any-kubernetes");
    private static final Gate SHUTDOWN_GRACE = gate("cluster.kubelet-shutdown-grace-period");
    private static final Gate MEMORY_SWAP = gate("cluster.kubelet-memory-swap-behavior");
    private static final List<String> TOPOLOGY_POLICIES = List.of("none", "best-effort", "restricted", "single-numa-node");
    private static final List<String> LOG_FORMATS = List.of("text", "json");
    private static final List<String> SWAP_BEHAVIORS = List.of("LimitedSwap", "UnlimitedSwap");

    private KubeletRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        kubelet(ctx, "kubelet", "kubelet", out);
        kubelet(ctx, "masterKubelet", ctx.in(RuleContext.NAMES_1_26) ? "controlPlaneKubelet" : "masterKubelet", out);
    }

    private static void kubelet(RuleContext ctx, String key, String name, Findings out) {
        if (!(ctx.extraSpec(key).orElse(null) instanceof Map<?, ?> k)) return;
        String path = "spec." + name + ".";
        if (ctx.in(API_SERVERS) && nonEmpty(k.get("apiServers"))) {
            out.add(API_SERVERS.tag(Finding.forbidden(path + "apiServers", "api-servers flag was removed in 1.6"))
                    .hint("remove " + key + ".apiServers"));
        }
        bootstrapKubeconfig(ctx, key, k, path, out);
        oneOf(ctx, TOPOLOGY_MANAGER, key, k, path, "topologyManagerPolicy", TOPOLOGY_POLICIES, out);
        // after the value check (kops-oracle 1.19-1.22 on Kubernetes 1.17 list both)
        if (ctx.in(TOPOLOGY_MANAGER_K8S) && nonEmpty(k.get("topologyManagerPolicy")) && !ctx.k8sAtLeast(1, 18)) {
            out.add(TOPOLOGY_MANAGER_K8S.tag(Finding.forbidden(path + "topologyManagerPolicy", "topologyManagerPolicy requires at least Kubernetes 1.18"))
                    .hint("remove " + key + ".topologyManagerPolicy, or use Kubernetes 1.18 or newer"));
        }
        // a pointer in kops: false counts as set
        if (k.get("enableCadvisorJsonEndpoints") != null && (ctx.in(CADVISOR_JSON_ANY) || ctx.in(CADVISOR_JSON) && ctx.k8sAtLeast(1, 21))) {
            Gate g = ctx.in(CADVISOR_JSON_ANY) ? CADVISOR_JSON_ANY : CADVISOR_JSON;
            out.add(g.tag(Finding.forbidden(path + "enableCadvisorJsonEndpoints", "enableCadvisorJsonEndpoints requires Kubernetes 1.18-1.20"))
                    .hint("remove " + key + ".enableCadvisorJsonEndpoints: the kubelet flag is gone from Kubernetes 1.21"));
        }
        oneOf(ctx, LOG_FORMAT, key, k, path, "logFormat", LOG_FORMATS, out);
        if (k.get("cpuCFSQuotaPeriod") != null && (ctx.in(CFS_QUOTA_PERIOD_ANY) || ctx.in(CFS_QUOTA_PERIOD) && ctx.k8sAtLeast(1, 20))) {
            Gate g = ctx.in(CFS_QUOTA_PERIOD_ANY) ? CFS_QUOTA_PERIOD_ANY : CFS_QUOTA_PERIOD;
            out.add(g.tag(Finding.forbidden(path + "cpuCFSQuotaPeriod", "cpuCFSQuotaPeriod has been removed on Kubernetes >=1.20"))
                    .hint("remove " + key + ".cpuCFSQuotaPeriod"));
        }
        RemovedKubeletFieldsRule.kubelet(ctx, key, name, k, out);
        shutdownGracePeriod(ctx, key, k, path, out);
        oneOf(ctx, MEMORY_SWAP, key, k, path, "memorySwapBehavior", SWAP_BEHAVIORS, out);
    }

    /**
     * {@code bootstrapKubeconfig}: up to 1.26 it needs a {@code kubeAPIServer} block in the input (kops' path,
     * {@code spec.spec.kubeAPIServer}, built from the root of {@code spec}; an empty block is enough); from 1.27 it is
     * refused outright.
     */
    private static void bootstrapKubeconfig(RuleContext ctx, String key, Map<?, ?> k, String path, Findings out) {
        if (!nonEmpty(k.get("bootstrapKubeconfig"))) return;
        if (ctx.in(BOOTSTRAP_UNSUPPORTED)) {
            out.add(BOOTSTRAP_UNSUPPORTED.tag(Finding.forbidden(path + "bootstrapKubeconfig", "bootstrap tokens are not supported"))
                    .hint("remove " + key + ".bootstrapKubeconfig"));
        } else if (ctx.in(BOOTSTRAP_NEEDS_API_SERVER) && ctx.extraSpec("kubeAPIServer").isEmpty()) {
            out.add(BOOTSTRAP_NEEDS_API_SERVER.tag(Finding.required("spec.spec.kubeAPIServer",
                    "bootstrap token require the NodeRestriction admissions controller"))
                    .hint("add a kubeAPIServer block (with the NodeRestriction admission plugin), or remove " + key + ".bootstrapKubeconfig"));
        }
    }

    /** Both shutdown grace periods given and the critical pods' longer: kops prints the Go duration it read. */
    private static void shutdownGracePeriod(RuleContext ctx, String key, Map<?, ?> k, String path, Findings out) {
        if (!ctx.in(SHUTDOWN_GRACE) || k.get("shutdownGracePeriod") == null || k.get("shutdownGracePeriodCriticalPods") == null) return;
        OptionalLong grace = GoDuration.nanos(String.valueOf(k.get("shutdownGracePeriod")));
        OptionalLong critical = GoDuration.nanos(String.valueOf(k.get("shutdownGracePeriodCriticalPods")));
        if (grace.isEmpty() || critical.isEmpty() || critical.getAsLong() <= grace.getAsLong()) return;
        out.add(SHUTDOWN_GRACE.tag(Finding.invalid(path + "shutdownGracePeriodCriticalPods",
                "&Duration{Duration:" + GoDuration.format(critical.getAsLong()) + ",}",
                "shutdownGracePeriodCriticalPods cannot be greater than shutdownGracePeriod"))
                .hint("make " + key + ".shutdownGracePeriodCriticalPods at most shutdownGracePeriod"));
    }

    /** A string field with a fixed set of values; an empty string is unset. */
    private static void oneOf(RuleContext ctx, Gate gate, String key, Map<?, ?> k, String path, String field, List<String> allowed,
            Findings out) {
        Object v = k.get(field);
        if (!ctx.in(gate) || !nonEmpty(v) || allowed.contains(String.valueOf(v))) return;
        out.add(gate.tag(Finding.unsupported(path + field, String.valueOf(v), allowed))
                .hint("set " + key + "." + field + " to one of " + String.join(", ", allowed)));
    }

    private static boolean nonEmpty(Object v) {
        return v != null && !String.valueOf(v).isEmpty();
    }
}
