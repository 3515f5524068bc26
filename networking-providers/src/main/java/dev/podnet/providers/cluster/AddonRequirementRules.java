package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;

/**
 * What kops requires of the addons a spec turns on beside its networking (kops-oracle 1.19-1.36): the cluster
 * autoscaler's Kubernetes version (1.19) and expander, the snapshot controller's and the AWS Load Balancer Controller's prerequisites (cert
 * manager, Kubernetes version, CSI driver) and Karpenter's feature flag, then its external permissions. Only
 * {@code enabled: true} turns an addon on; cert manager counts as enabled only with {@code certManager.enabled:
 * true} (kops-oracle: an empty certManager block is not enabled, an unmanaged one is).
 */
final class AddonRequirementRules {
    private static final Gate AUTOSCALER_KUBERNETES = gate("cluster.cluster-autoscaler-kubernetes");
    private static final Gate EXPANDER = gate("cluster.cluster-autoscaler-expander");
    private static final Gate EXPANDER_PRICE_PRIORITY = gate("cluster.cluster-autoscaler-expander#price-priority");
    private static final Gate EXPANDER_EMPTY_UNSET = gate("cluster.cluster-autoscaler-expander#empty-unset");
    private static final Gate SNAPSHOT = gate("cluster.snapshot-controller");
    private static final Gate SNAPSHOT_CSI = gate("cluster.snapshot-controller#csi-driver");
    private static final Gate SNAPSHOT_CSI_DISABLED = gate("cluster.snapshot-controller#csi-driver-disabled");
    private static final Gate ALB_CERT_MANAGER = gate("cluster.aws-load-balancer-controller-cert-manager");
    private static final Gate ALB_CLOUD_PROVIDER_FIELD = gate("cluster.aws-load-balancer-controller-cert-manager#cloudProvider-field");
    private static final Gate ALB_KUBERNETES = gate("cluster.aws-load-balancer-controller-kubernetes");
    private static final Gate KARPENTER_FLAG = gate("cluster.karpenter-feature-flag");
    private static final Gate KARPENTER_PERMISSIONS = gate("cluster.karpenter-external-permissions");

    /** kops' expanders, in the order its message lists them; price and priority joined later (the gate's row). */
    private static final List<String> EXPANDERS = List.of("least-waste", "random", "most-pods");
    private static final List<String> EXPANDERS_PRICE_PRIORITY = List.of("least-waste", "random", "most-pods", "price", "priority");

    private AddonRequirementRules() {
    }

    /**
     * In kops' order (kops-oracle 1.19-1.36): the expander, external DNS, the metrics server, the AWS Load Balancer
     * Controller up to 1.27, the snapshot controller; from 1.28 kops checks the controller with its AWS block ({@link #checkAwsBlock}), and Karpenter comes
     * after the rolling update and IAM checks ({@link #karpenter}, called by {@link WholeSpecRules}).
     */
    static void check(RuleContext ctx, Findings out) {
        // kops 1.22 refuses the controller on Kubernetes 1.22+ before the expander (kops-oracle 1.22)
        if (awsLoadBalancerControllerOn(ctx) && ctx.in(ALB_KUBERNETES) && ctx.k8sAtLeast(1, 22)) {
            out.add(ALB_KUBERNETES.tag(Finding.forbidden("spec.awsLoadBalancerController.enabled",
                    "AWS load balancer controller is supported only for Kubernetes 1.21 and lower")).hint("use Kubernetes 1.21 or older with kops 1.22"));
        }
        expander(ctx, out);
        ExternalDnsRules.check(ctx, out);
        CertManagerRules.metricsServer(ctx, out);
        if (!ctx.in(ALB_CLOUD_PROVIDER_FIELD)) awsLoadBalancerController(ctx, out);
        snapshotController(ctx, out);
    }

    /** The AWS Load Balancer Controller where kops 1.28 and later check it: first, with its AWS block (before the warm pool). */
    static void checkAwsBlock(RuleContext ctx, Findings out) {
        if (ctx.in(ALB_CLOUD_PROVIDER_FIELD)) awsLoadBalancerController(ctx, out);
    }

    /** Checked whether or not the autoscaler is enabled (kops-oracle: refused with enabled: false too). */
    private static void expander(RuleContext ctx, Findings out) {
        // kops 1.19 refuses any block (even {}) on Kubernetes before 1.12, before its expander (kops-oracle 1.19)
        if (ctx.in(AUTOSCALER_KUBERNETES) && ctx.extraSpec("clusterAutoscaler").isPresent() && ctx.k8sBefore(1, 12)) {
            out.add(AUTOSCALER_KUBERNETES.tag(Finding.forbidden("spec.clusterAutoscaler",
                    "Cluster autoscaler requires kubernetesVersion 1.12 or higher")).hint("use Kubernetes 1.12 or later, or remove clusterAutoscaler"));
        }
        if (!ctx.in(EXPANDER) || !(ctx.extraSpec("clusterAutoscaler.expander").orElse(null) instanceof String expander)) return;
        if (expander.isEmpty() && ctx.in(EXPANDER_EMPTY_UNSET)) return;
        boolean pricePriority = ctx.in(EXPANDER_PRICE_PRIORITY);
        List<String> allowed = pricePriority ? EXPANDERS_PRICE_PRIORITY : EXPANDERS;
        if (!allowed.contains(expander)) {
            Gate row = pricePriority ? EXPANDER_PRICE_PRIORITY : EXPANDER;
            out.add(row.tag(Finding.unsupported("spec.clusterAutoscaler.expander", expander, allowed))
                    .hint("use one of " + String.join(", ", allowed)));
        } else if ("price".equals(expander) && !ctx.onCloud(Cloud.GCE)) {
            out.add(EXPANDER_PRICE_PRIORITY.tag(Finding.forbidden("spec.clusterAutoscaler.expander",
                    "Cluster autoscaler price expander is only supported on GCE")).hint("use another expander, such as least-waste"));
        }
    }

    private static void snapshotController(RuleContext ctx, Findings out) {
        if (!ctx.in(SNAPSHOT) || !ctx.extraSpecTrue("snapshotController.enabled")) return;
        String path = "spec.snapshotController.enabled";
        if (ctx.k8sBefore(1, 20)) {
            out.add(SNAPSHOT.tag(Finding.forbidden(path, "Snapshot controller requires kubernetes 1.20+")).hint("use Kubernetes 1.20 or later"));
        }
        if (!ctx.extraSpecTrue("certManager.enabled")) {
            out.add(SNAPSHOT.tag(Finding.forbidden(path, "Snapshot controller requires that cert manager is enabled"))
                    .hint("set certManager.enabled: true"));
        }
        // 1.21: a driver not enabled as written; 1.22: a driver off in the completed spec (kops-oracle 1.22 accepts it unset
        // from Kubernetes 1.22, where kops completes it enabled)
        Gate csi = ctx.in(SNAPSHOT_CSI) ? SNAPSHOT_CSI : SNAPSHOT_CSI_DISABLED;
        if (ctx.in(csi) && (csi == SNAPSHOT_CSI ? !ctx.extraSpecTrue("cloudConfig.awsEBSCSIDriver.enabled") : EbsCsiDriverDefault.disabled(ctx))) {
            out.add(csi.tag(Finding.forbidden(path, "Snapshot controller requires external CSI Driver"))
                    .hint("set cloudConfig.awsEBSCSIDriver.enabled: true"));
        }
    }

    /** An AWS addon: kops checks it on AWS clusters (the only cloud kops-oracle judges before 1.33). */
    private static void awsLoadBalancerController(RuleContext ctx, Findings out) {
        if (!awsLoadBalancerControllerOn(ctx)) return;
        if (ctx.in(ALB_CERT_MANAGER) && !ctx.extraSpecTrue("certManager.enabled")) {
            // kops' path misspells the field (awsLoadBalanceController)
            String path = ctx.in(ALB_CLOUD_PROVIDER_FIELD) ? "spec.cloudProvider.aws.awsLoadBalanceController" : "spec.awsLoadBalanceController";
            out.add(ALB_CERT_MANAGER.tag(Finding.forbidden(path, "AWS Load Balancer Controller requires that cert manager is enabled"))
                    .hint("set certManager.enabled: true"));
        }
    }

    private static boolean awsLoadBalancerControllerOn(RuleContext ctx) {
        return ctx.onCloud(Cloud.AWS) && ctx.extraSpecTrue("awsLoadBalancerController.enabled");
    }

    static void karpenter(RuleContext ctx, Findings out) {
        if (!ctx.extraSpecTrue("karpenter.enabled")) return;
        if (ctx.in(KARPENTER_FLAG)) {
            out.add(KARPENTER_FLAG.tag(Finding.forbidden("spec.karpenter.enabled", "karpenter requires the Karpenter feature flag"))
                    .hint("remove karpenter: kops before 1.28 needs a feature flag for it"));
        } else if (ctx.in(KARPENTER_PERMISSIONS) && !ctx.extraSpecTrue("iam.useServiceAccountExternalPermissions")) {
            out.add(KARPENTER_PERMISSIONS.tag(Finding.forbidden("spec.karpenter.enabled",
                    "Karpenter requires that service accounts use external permissions"))
                    .hint("set iam.useServiceAccountExternalPermissions: true"));
        }
    }
}
