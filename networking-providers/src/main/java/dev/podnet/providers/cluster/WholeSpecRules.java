package dev.podnet.providers.cluster;

import static dev.podnet.providers.internal.ClusterGates.gate;

import dev.podnet.providers.internal.Finding;
import dev.podnet.providers.internal.Findings;
import dev.podnet.providers.internal.Gate;
import dev.podnet.providers.internal.RuleContext;
import java.util.List;

/**
 * Rules outside networking that kops applies to the whole spec in the same validation run as its networking
 * rules ({@code pkg/apis/kops/validation/validation.go}): a spec they refuse is refused by kops whatever its
 * networking, so podnet reports them with kops' path, type and message rather than accept what kops refuses.
 * Only rules stated exactly (checked with kops-oracle at every release of their gate) belong here; their
 * releases are rows of {@code rule-gates.yaml}. The families with several rules have their own types:
 * {@link ExternalPoliciesRule}, {@link ContainerRuntimeConfigRules}, {@link AddonRequirementRules}, {@link ExternalDnsRules},
 * {@link CertManagerRules}, {@link ApiLoadBalancerRules}, {@link RollingUpdateRules} and {@link WarmPoolRules} (up to 1.27).
 */
final class WholeSpecRules {
    private static final Gate SYSCTL = gate("cluster.sysctl-parameters");
    private static final Gate STORAGE_CLASSES = gate("cluster.storage-classes-disagree");
    private static final Gate STORAGE_CLASSES_ANY_CLOUD = gate("cluster.storage-classes-disagree#any-cloud");
    private static final Gate IAM_LEGACY = gate("cluster.iam-legacy");
    private static final Gate IAM_ABSENT = gate("cluster.iam-legacy#absent");
    private static final Gate IAM_LEGACY_LATE = gate("cluster.iam-legacy#after-rolling-update");
    private static final Gate API_LOAD_BALANCER_LATE = gate("cluster.api-load-balancer-class#after-cert-manager");
    private static final Gate ASSETS_PROXY_REGISTRY = gate("cluster.assets-proxy-and-registry");
    private static final Gate NLB_SECURITY_GROUP_OVERRIDE = gate("cluster.api-nlb-security-group-override");
    private static final Gate LOAD_BALANCER_AWS_ONLY = gate("cluster.api-load-balancer-aws-only");
    private static final Gate GCE_INTERNAL_LOAD_BALANCER = gate("cluster.api-internal-load-balancer-gce");
    private static final Gate AWS_INTERNAL_LOAD_BALANCER = gate("cluster.api-internal-load-balancer-aws");
    private static final Gate SSL_CERTIFICATE_NLB = gate("cluster.api-ssl-certificate-nlb");
    private static final Gate SSL_CERTIFICATE_NLB_REWORDED = gate("cluster.api-ssl-certificate-nlb#reworded");
    private static final Gate SSL_POLICY = gate("cluster.api-ssl-policy");
    private static final String ACM_NLB = "https://github.com/kubernetes/kops/blob/master/permalinks/acm_nlb.md";
    /**
     * The {@code api.loadBalancer} fields only AWS has, and whether an empty string counts as unset (a plain
     * string in kops) rather than set (a pointer, a list, a block: any value given, {@code 0}, {@code false},
     * {@code ""} and {@code []} included). kops-oracle 1.33.1 and 1.36 on GCE, each field alone.
     */
    private static final java.util.Map<String, Boolean> AWS_ONLY_LOAD_BALANCER_FIELDS = orderedMap(
            "class", true, "idleTimeoutSeconds", false, "securityGroupOverride", false, "additionalSecurityGroups", false,
            "sslCertificate", true, "sslPolicy", false, "crossZoneLoadBalancing", false, "accessLog", false);

    private WholeSpecRules() {
    }

    /**
     * In kops' order (kops-oracle 1.19-1.36 with all of them at once): the addons, the external policies, containerd
     * and docker, the assets, the legacy IAM up to 1.22, the rolling update, the API load balancer (its class up to
     * 1.26), the warm pool up to 1.27, the legacy IAM from 1.24, the
     * service accounts' external permissions (up to 1.26), Karpenter, the pod identity webhook up to 1.27, cert
     * manager's hosted zones, the load balancer's class from 1.27, then kops' AWS checks of the load balancer (security
     * group override, TLS); {@code CrossFamilyOrderOracleTest}.
     */
    static void check(RuleContext ctx, Findings out) {
        AddonRequirementRules.check(ctx, out);
        ExternalPoliciesRule.check(ctx, out);
        ContainerRuntimeConfigRules.check(ctx, out);
        assets(ctx, out);
        if (!ctx.in(IAM_LEGACY_LATE)) iamLegacy(ctx, out);
        sysctlParameters(ctx, out);
        RollingUpdateRules.check(ctx, out);
        awsOnlyLoadBalancerFields(ctx, out);
        internalLoadBalancer(ctx, out);
        if (!ctx.in(API_LOAD_BALANCER_LATE)) ApiLoadBalancerRules.check(ctx, out);
        storageClasses(ctx, out);
        WarmPoolRules.checkLate(ctx, out);
        if (ctx.in(IAM_LEGACY_LATE)) iamLegacy(ctx, out);
        ServiceAccountIssuerDiscoveryRules.externalPermissions(ctx, out);
        AddonRequirementRules.karpenter(ctx, out);
        CertManagerRules.podIdentityWebhook(ctx, false, out);
        CertManagerRules.hostedZones(ctx, out);
        if (ctx.in(API_LOAD_BALANCER_LATE)) ApiLoadBalancerRules.check(ctx, out);
        nlbSecurityGroupOverride(ctx, out);
        sslOnNetworkLoadBalancer(ctx, out);
    }

    /**
     * {@code cloudConfig.manageStorageClasses} and OpenStack's {@code blockStorage.createStorageClass} both given and
     * different: kops 1.20-1.22 refuse it on any cloud, after the API load balancer and before the warm pool
     * (kops-oracle, oracle/cloud-config-rules.tsv); from 1.24 kops compares its internal OpenStack block, which only an
     * OpenStack cluster has (kops' validation.go; kops-oracle 1.24-1.36 accept it on AWS, OpenStack not judged).
     */
    private static void storageClasses(RuleContext ctx, Findings out) {
        if (!ctx.in(STORAGE_CLASSES) || !(ctx.in(STORAGE_CLASSES_ANY_CLOUD) || ctx.onCloud(dev.podnet.api.Cloud.OPENSTACK))) return;
        Object manage = ctx.extraSpec("cloudConfig.manageStorageClasses").orElse(null);
        Object create = ctx.cloudProviderBlock()
                ? blockStorageClass(ctx.cluster().cloudProvider().get().settings().get("blockStorage")) : null;
        if (create == null) create = ctx.extraSpec("cloudConfig.openstack.blockStorage.createStorageClass").orElse(null);
        if (manage instanceof Boolean m && create instanceof Boolean c && !m.equals(c)) {
            out.add(STORAGE_CLASSES.tag(Finding.forbidden("spec.cloudConfig.manageStorageClasses",
                            "Management of storage classes and OpenStack block storage classes are both specified but disagree"))
                    .hint("give manageStorageClasses and openstack.blockStorage.createStorageClass one value, or drop one"));
        }
    }

    private static Object blockStorageClass(Object blockStorage) {
        return blockStorage instanceof java.util.Map<?, ?> m ? m.get("createStorageClass") : null;
    }

    /**
     * Each {@code sysctlParameters} entry is {@code name=value}: from 1.28 one without {@code =} is refused, after the
     * addons and before the rolling update (kops-oracle 1.28, 1.30, 1.33.1, 1.36 refuse "bogus", 1.24 accepts it).
     */
    private static void sysctlParameters(RuleContext ctx, Findings out) {
        if (!ctx.in(SYSCTL) || !(ctx.extraSpec("sysctlParameters").orElse(null) instanceof List<?> entries)) return;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof String entry && entry.indexOf('=') < 0) {
                out.add(SYSCTL.tag(Finding.invalid("spec.sysctlParameters[" + i + "]", entry, "must contain a \"=\" character"))
                        .hint("write each sysctl parameter as name=value"));
            }
        }
    }

    /**
     * {@code iam.legacy: true}: kops dropped the legacy IAM policies (only {@code true} is refused). Up to 1.22
     * kops also takes an absent (or null) {@code iam} block as legacy IAM and refuses it the same way; an
     * {@code iam} block, even empty, is not legacy.
     */
    private static void iamLegacy(RuleContext ctx, Findings out) {
        if (ctx.in(IAM_LEGACY) && Boolean.TRUE.equals(ctx.extraSpec("iam.legacy").orElse(null))) {
            out.add(IAM_LEGACY.tag(Finding.forbidden("spec.iam.legacy", "legacy IAM permissions are no longer supported"))
                    .hint("remove iam.legacy (or set it to false)"));
        } else if (ctx.in(IAM_ABSENT) && ctx.extraSpec("iam").isEmpty()) {
            out.add(IAM_ABSENT.tag(Finding.forbidden("spec.iam.legacy", "legacy IAM permissions are no longer supported"))
                    .hint("add an iam block (iam: {} or iam: {legacy: false})"));
        }
    }

    /**
     * {@code assets.containerProxy} beside {@code assets.containerRegistry}: each is a whole image remapping, so
     * kops takes only one. Both are pointers in kops: an empty string counts as set, a null as unset.
     */
    private static void assets(RuleContext ctx, Findings out) {
        if (ctx.in(ASSETS_PROXY_REGISTRY) && ctx.extraSpec("assets.containerProxy").isPresent()
                && ctx.extraSpec("assets.containerRegistry").isPresent()) {
            out.add(ASSETS_PROXY_REGISTRY.tag(Finding.forbidden("spec.assets.containerProxy",
                    "containerProxy cannot be used in conjunction with containerRegistry"))
                    .hint("keep one of assets.containerProxy and assets.containerRegistry"));
        }
    }

    /**
     * {@code api.loadBalancer.securityGroupOverride} on a Network Load Balancer ({@code class: Network}, as
     * written: an unset class is not Network, kops-oracle 1.28 and 1.30 accept it). An empty override is another
     * kops rule ("cannot be empty"), not this one.
     */
    private static void nlbSecurityGroupOverride(RuleContext ctx, Findings out) {
        if (ctx.in(NLB_SECURITY_GROUP_OVERRIDE) && "Network".equals(ctx.extraSpecString("api.loadBalancer.class").orElse(null))
                && !ctx.extraSpecString("api.loadBalancer.securityGroupOverride").orElse("").isEmpty()) {
            out.add(NLB_SECURITY_GROUP_OVERRIDE.tag(Finding.forbidden("spec.api.loadBalancer.securityGroupOverride",
                    "security group override cannot be specified for a Network Load Balancer"))
                    .hint("remove api.loadBalancer.securityGroupOverride or use class: Classic"));
        }
    }

    /** An {@code api.loadBalancer} field only AWS has, on another cloud (GCE): each one set is refused. */
    private static void awsOnlyLoadBalancerFields(RuleContext ctx, Findings out) {
        if (!ctx.in(LOAD_BALANCER_AWS_ONLY) || ctx.cloud().isEmpty() || ctx.onCloud(dev.podnet.api.Cloud.AWS)) return;
        for (java.util.Map.Entry<String, Boolean> e : AWS_ONLY_LOAD_BALANCER_FIELDS.entrySet()) {
            String field = e.getKey();
            java.util.Optional<Object> v = ctx.extraSpec("api.loadBalancer." + field);
            if (v.isEmpty() || e.getValue() && String.valueOf(v.get()).isEmpty()) continue;
            out.add(LOAD_BALANCER_AWS_ONLY.tag(Finding.forbidden("spec.api.loadBalancer." + field, field + " is only supported on AWS"))
                    .hint("remove api.loadBalancer." + field + " on this cloud"));
        }
    }

    private static boolean hasPrivateSubnet(RuleContext ctx) {
        for (dev.podnet.api.Subnet s : ctx.cluster().networking().subnets()) {
            if ("Private".equals(s.type().orElse(null))) return true;
        }
        return false;
    }

    private static java.util.Map<String, Boolean> orderedMap(Object... kv) {
        java.util.Map<String, Boolean> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Boolean) kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * On AWS, TLS termination at the API load balancer needs a Network Load Balancer ({@code class: Network} as
     * written): an {@code sslCertificate} on Kubernetes 1.19+ (kops up to 1.26 reported it at {@code spec}), and an
     * {@code sslPolicy} (a pointer: {@code ""} counts), which also needs the certificate. kops-oracle 1.19-1.36.
     */
    private static void sslOnNetworkLoadBalancer(RuleContext ctx, Findings out) {
        if (!ctx.onCloud(dev.podnet.api.Cloud.AWS)) return;
        boolean network = "Network".equals(ctx.extraSpecString("api.loadBalancer.class").orElse(null));
        boolean certificate = !ctx.extraSpecString("api.loadBalancer.sslCertificate").orElse("").isEmpty();
        if (ctx.in(SSL_CERTIFICATE_NLB) && certificate && !network && ctx.k8sAtLeast(1, 19)) {
            dev.podnet.api.diag.Diagnostic.Builder f = ctx.in(SSL_CERTIFICATE_NLB_REWORDED)
                    ? SSL_CERTIFICATE_NLB_REWORDED.tag(Finding.forbidden("spec.api.loadBalancer.sslCertificate",
                            "sslCertificate requires a network load balancer. See " + ACM_NLB))
                    : SSL_CERTIFICATE_NLB.tag(Finding.forbidden("spec",
                            "sslCertificate requires network loadbalancer for K8s 1.19+ see " + ACM_NLB));
            out.add(f.hint("set api.loadBalancer.class: Network"));
        }
        if (!ctx.in(SSL_POLICY) || ctx.extraSpec("api.loadBalancer.sslPolicy").isEmpty()) return;
        if (!network) {
            out.add(SSL_POLICY.tag(Finding.forbidden("spec.api.loadBalancer.sslPolicy", "sslPolicy should be specified with Network Load Balancer"))
                    .hint("set api.loadBalancer.class: Network, or remove sslPolicy"));
        }
        if (!certificate) {
            out.add(SSL_POLICY.tag(Finding.forbidden("spec.api.loadBalancer.sslPolicy", "sslPolicy should not be specified without SSLCertificate"))
                    .hint("set api.loadBalancer.sslCertificate, or remove sslPolicy"));
        }
    }

    /**
     * An {@code Internal} API load balancer needs a Private subnet: on GCE (kops-oracle 1.33.1 and 1.36 refuse one with
     * only Public or DualStack subnets and accept one beside a Private subnet) and on AWS from 1.28 (kops-oracle 1.28 and
     * 1.36 refuse one with only a Public subnet, with or without {@code api.dns}, and accept one beside a Private subnet;
     * 1.24 accepts it either way).
     */
    private static void internalLoadBalancer(RuleContext ctx, Findings out) {
        Gate gate = ctx.onCloud(dev.podnet.api.Cloud.GCE) ? GCE_INTERNAL_LOAD_BALANCER
                : ctx.onCloud(dev.podnet.api.Cloud.AWS) ? AWS_INTERNAL_LOAD_BALANCER : null;
        if (gate == null || !ctx.in(gate) || !"Internal".equals(ctx.extraSpecString("api.loadBalancer.type").orElse(null))) {
            return;
        }
        if (!hasPrivateSubnet(ctx)) {
            out.add(gate.tag(Finding.forbidden("spec.api.loadBalancer.type",
                    "Internal LoadBalancers must have at least one subnet of type Private"))
                    .hint("add a subnet of type Private, or use a Public load balancer"));
        }
    }
}
