package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.api.Cloud;
import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.Optional;

/**
 * An external cloud controller manager ({@code spec.cloudControllerManager}), as kops validates it (checked with
 * kops-oracle 1.19-1.28): up to 1.21 it is behind a feature flag podnet never has on; on AWS it needs the EBS
 * CSI driver (1.20-1.21: or the KCM's external volume plugin {@code aws}; from 1.22 a driver not off in the completed
 * spec, where kops enables a driver the spec leaves out from Kubernetes 1.22 (any version from 1.28), so an older version
 * fails on the completed spec, while a block without {@code enabled} passes: {@link EbsCsiDriverDefault}) and, from 1.22,
 * Kubernetes 1.18 or later. The block's own driver check ends at 1.29. kops completes an AWS cluster on Kubernetes 1.24+
 * with the external CCM, so at 1.24-1.29 a driver disabled without the block fails the completed spec the same way
 * (kops-oracle 1.24 and 1.28: refused at Kubernetes 1.24, accepted at 1.23); from 1.30 kops refuses a disabled driver
 * on AWS outright, at the driver's own path, after the addons (kops-oracle 1.30, 1.33.1, 1.36, with and without the block).
 */
final class CloudControllerManagerRules {
    private static final Gate FEATURE_FLAG = gate("cluster.ccm-feature-flag");
    private static final Gate EBS_OR_VOLUME_PLUGIN = gate("cluster.ccm-aws-ebs-csi#or-volume-plugin");
    private static final Gate EBS = gate("cluster.ccm-aws-ebs-csi");
    private static final Gate EBS_CLOUD_PROVIDER_FIELD = gate("cluster.ccm-aws-ebs-csi#cloudProvider-field");
    private static final Gate KUBERNETES = gate("cluster.ccm-aws-kubernetes");
    private static final Gate EBS_DEFAULT_CCM = gate("cluster.ccm-aws-ebs-csi#default-ccm");
    private static final Gate EBS_NOT_DISABLED = gate("cluster.aws-ebs-csi-not-disabled");
    private static final String PATH = "spec.externalCloudControllerManager";

    private CloudControllerManagerRules() {
    }

    static void check(RuleContext ctx, Findings out) {
        if (ctx.extraSpec("cloudControllerManager").isEmpty()) {
            defaultCcm(ctx, out);
            return;
        }
        if (ctx.in(FEATURE_FLAG)) {
            out.add(FEATURE_FLAG.tag(Finding.forbidden("spec.cloudControllerManager", "external cloud controller manager is an "
                    + "experimental feature; set `export KOPS_FEATURE_FLAGS=EnableExternalCloudController`"))
                    .hint("remove cloudControllerManager: kops before 1.22 needs a feature flag for it"));
        }
        if (!ctx.onCloud(Cloud.AWS)) return;
        Optional<Object> ebsEnabled = ctx.extraSpec("cloudConfig.awsEBSCSIDriver.enabled");
        boolean ebs = ebsEnabled.isPresent() && Boolean.parseBoolean(String.valueOf(ebsEnabled.get()));
        if (ctx.in(EBS_OR_VOLUME_PLUGIN)) {
            boolean volumePlugin = "aws".equals(String.valueOf(ComponentFields.kcmField(ctx.cluster(), "externalCloudVolumePlugin").orElse(null)));
            if (!ebs && !volumePlugin) {
                out.add(EBS_OR_VOLUME_PLUGIN.tag(Finding.forbidden(PATH, "AWS external CCM cannot be used without enabling "
                        + "spec.cloudConfig.AWSEBSCSIDriver or setting spec.kubeControllerManaager.externalCloudVolumePlugin set to `aws`"))
                        .hint("set cloudConfig.awsEBSCSIDriver.enabled: true"));
            }
        }
        if (ctx.in(KUBERNETES) && ctx.k8sBefore(1, 18)) {
            out.add(KUBERNETES.tag(Finding.forbidden(PATH, "AWS external CCM requires kubernetes 1.18+")).hint("use Kubernetes 1.18 or later"));
            return;
        }
        // the driver's default is part of the completed spec: only strict validation sees it
        if (ctx.in(EBS) && EbsCsiDriverDefault.disabled(ctx)) {
            String field = ctx.in(EBS_CLOUD_PROVIDER_FIELD) ? "spec.cloudProvider.aws.ebsCSIDriverSpec" : "spec.cloudConfig.AWSEBSCSIDriver";
            out.add(EBS.tag(Finding.forbidden(PATH, "AWS external CCM cannot be used without enabling " + field + "."))
                    .hint("set cloudConfig.awsEBSCSIDriver.enabled: true (kops enables it by default from Kubernetes 1.22)"));
        }
    }

    /** The external CCM kops' completion adds on AWS from Kubernetes 1.24, beside a driver the spec disables. */
    private static void defaultCcm(RuleContext ctx, Findings out) {
        if (!ctx.strict() || !ctx.in(EBS_DEFAULT_CCM) || !ctx.onCloud(Cloud.AWS) || !ctx.k8sAtLeast(1, 24) || !ebsDisabled(ctx)) return;
        String field = ctx.in(EBS_CLOUD_PROVIDER_FIELD) ? "spec.cloudProvider.aws.ebsCSIDriverSpec" : "spec.cloudConfig.AWSEBSCSIDriver";
        out.add(EBS_DEFAULT_CCM.tag(Finding.forbidden(PATH, "AWS external CCM cannot be used without enabling " + field + "."))
                .hint("remove cloudConfig.awsEBSCSIDriver.enabled: false (kops runs the external CCM on AWS from Kubernetes 1.24)"));
    }

    /** From 1.30: a driver disabled on AWS, whatever the CCM block; kops checks it after the cluster's addons. */
    static void ebsNotDisabled(RuleContext ctx, Findings out) {
        if (ctx.in(EBS_NOT_DISABLED) && ctx.onCloud(Cloud.AWS) && ebsDisabled(ctx)) {
            out.add(EBS_NOT_DISABLED.tag(Finding.forbidden("spec.cloudProvider.aws.ebsCSIDriver.enabled", "must not be disabled"))
                    .hint("remove cloudConfig.awsEBSCSIDriver.enabled: false"));
        }
    }

    /** {@code enabled: false} as written (an unset driver is enabled by kops' defaults). */
    private static boolean ebsDisabled(RuleContext ctx) {
        Optional<Object> enabled = ctx.extraSpec("cloudConfig.awsEBSCSIDriver.enabled");
        return enabled.isPresent() && "false".equals(String.valueOf(enabled.get()));
    }
}
