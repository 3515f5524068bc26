package dev.podnet.providers.validation;

import static dev.podnet.providers.validation.ValidationFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.provider.CalicoSpec;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kops' whole-spec rules on parts outside networking that the corpus-crossed set met (WholeSpecRules:
 * ExternalPoliciesRule, ContainerRuntimeConfigRules, AddonRequirementRules, the API's NLB security group). Each row: kops-oracle's answer at
 * that release for the same spec (kops-oracle 1.19-1.36); releases between oracle builds follow
 * docs/release-boundaries.md.
 */
class WholeSpecAddonRulesTest {
    private static final String BAD_ARN = "Policy must be a valid AWS ARN such as arn:aws:iam::123456789012:policy/KopsExamplePolicy";
    private static final String LEGACY_CONTAINERD = "Invalid value::spec.containerd.version::unsupported legacy version";
    private static final String DOCKER = "Forbidden::spec.docker::Docker CRI support was removed in Kubernetes 1.24: "
            + "https://kubernetes.io/blog/2020/12/02/dockershim-faq";
    private static final String RUNTIME_DOCKER = "Forbidden::spec.containerRuntime::Docker CRI support was removed in Kubernetes 1.24: "
            + "https://kubernetes.io/blog/2020/12/02/dockershim-faq";
    private static final String SNAPSHOT_K8S = "Forbidden::spec.snapshotController.enabled::Snapshot controller requires kubernetes 1.20+";
    private static final String SNAPSHOT_CM = "Forbidden::spec.snapshotController.enabled::Snapshot controller requires that cert manager is enabled";
    private static final String SNAPSHOT_CSI = "Forbidden::spec.snapshotController.enabled::Snapshot controller requires external CSI Driver";
    private static final String ALB_CM = "Forbidden::spec.awsLoadBalanceController::AWS Load Balancer Controller requires that cert manager is enabled";
    private static final String ALB_CM_128 = "Forbidden::spec.cloudProvider.aws.awsLoadBalanceController::"
            + "AWS Load Balancer Controller requires that cert manager is enabled";
    private static final String ALB_K8S = "Forbidden::spec.awsLoadBalancerController.enabled::"
            + "AWS load balancer controller is supported only for Kubernetes 1.21 and lower";
    private static final String KARPENTER_FLAG = "Forbidden::spec.karpenter.enabled::karpenter requires the Karpenter feature flag";
    private static final String KARPENTER_PERMISSIONS = "Forbidden::spec.karpenter.enabled::"
            + "Karpenter requires that service accounts use external permissions";
    private static final String NLB_OVERRIDE = "Forbidden::spec.api.loadBalancer.securityGroupOverride::"
            + "security group override cannot be specified for a Network Load Balancer";
    private static final String EXPANDER = "Unsupported value::spec.clusterAutoscaler.expander";
    private static final String AUTOSCALER_K8S = "Forbidden::spec.clusterAutoscaler::Cluster autoscaler requires kubernetesVersion 1.12 or higher";
    private static final String PRICE = "Forbidden::spec.clusterAutoscaler.expander::Cluster autoscaler price expander is only supported on GCE";

    /** An AWS cluster on Kubernetes {@code k8s} with {@code spec.<key>: value} for each pair. */
    static Cluster spec(String k8s, Object... pairs) {
        Cluster.Builder b = aws(k8s, CalicoSpec.builder().build());
        for (int i = 0; i < pairs.length; i += 2) b.putExtraSpec((String) pairs[i], pairs[i + 1]);
        return b.build();
    }

    static Cluster policies(Map<String, Object> byRole) {
        return spec("1.21.1", "externalPolicies", byRole);
    }

    static Cluster containerd(String version) {
        return spec("1.21.1", "containerd", Map.of("version", version));
    }

    static Cluster expander(String k8s, String value) {
        return spec(k8s, "clusterAutoscaler", Map.of("enabled", true, "expander", value));
    }

    static Cluster nlb(String k8s, String lbClass, String override) {
        return spec(k8s, "api", Map.of("loadBalancer", Map.of("type", "Public", "class", lbClass, "securityGroupOverride", override)));
    }

    static Map<String, Object> on() {
        return Map.of("enabled", true);
    }

    static Stream<Arguments> externalPolicies() {
        String bad = "aws:arn:iam:123456789000:policy:test-policy";
        return Stream.of(
                lenient("policy ARNs, 1.19", policies(Map.of("node", List.of("arn:aws:iam::123456789012:policy/KopsExamplePolicy"),
                        "master", List.of("arn:aws-cn:iam::123456789012:policy/x"), "bastion", List.of("arn:aws:iam::aws:policy/AdministratorAccess"))),
                        "1.19"),
                lenient("policy ARNs, 1.36", policies(Map.of("node", List.of("arn:aws:iam:::policy/a:b"), "master", List.of("arn::::1:policy/"))), "1.36"),
                lenient("not an ARN, 1.19", policies(Map.of("node", List.of(bad), "master", List.of(bad), "bastion", List.of(bad))), "1.19",
                        "Invalid value::spec.externalPolicies.bastion::" + BAD_ARN, "Invalid value::spec.externalPolicies.master::" + BAD_ARN,
                        "Invalid value::spec.externalPolicies.node::" + BAD_ARN),
                lenient("master is control-plane, 1.28", policies(Map.of("master", List.of(bad))), "1.28",
                        "Invalid value::spec.externalPolicies.control-plane::" + BAD_ARN),
                lenient("master, 1.24", policies(Map.of("master", List.of(bad))), "1.24", "Invalid value::spec.externalPolicies.master::" + BAD_ARN),
                lenient("an s3 ARN, 1.24", policies(Map.of("node", List.of("arn:aws:s3:::bucket"))), "1.24",
                        "Invalid value::spec.externalPolicies.node::" + BAD_ARN),
                lenient("five sections, 1.36", policies(Map.of("node", List.of("arn:aws:iam::1"))), "1.36",
                        "Invalid value::spec.externalPolicies.node::" + BAD_ARN),
                lenient("control-plane, 1.20: unknown role", policies(Map.of("control-plane", List.of())), "1.20",
                        "Unsupported value::spec.externalPolicies"),
                lenient("apiserver, 1.20: unknown role", policies(Map.of("apiserver", List.of())), "1.20", "Unsupported value::spec.externalPolicies"),
                lenient("apiserver, 1.21", policies(Map.of("apiserver", List.of())), "1.21"),
                lenient("control-plane, 1.24: unknown role", policies(Map.of("control-plane", List.of())), "1.24",
                        "Unsupported value::spec.externalPolicies"),
                lenient("control-plane, 1.28", policies(Map.of("control-plane", List.of("arn:aws:iam::1:policy/x"))), "1.28"),
                lenient("Node, 1.36: unknown role, then its policy", policies(Map.of("Node", List.of("x"))), "1.36",
                        "Unsupported value::spec.externalPolicies",
                        "Invalid value::spec.externalPolicies.Node::" + BAD_ARN),
                lenient("empty externalPolicies, 1.36", policies(Map.of()), "1.36"));
    }

    static Stream<Arguments> containerRuntime() {
        return Stream.of(
                // kops-oracle 1.28-1.36 refuse a sysctl parameter without "=", 1.24 accepts it
                lenient("sysctlParameters bogus, 1.28", spec("1.28.2", "sysctlParameters", List.of("net.ipv4.ip_forward=1", "bogus")), "1.28",
                        "Invalid value::spec.sysctlParameters[1]::must contain a \"=\" character"),
                lenient("sysctlParameters bogus, 1.24: not checked", spec("1.24.2", "sysctlParameters", List.of("bogus")), "1.24"),
                lenient("sysctlParameters name=value, 1.36", spec("1.34.1", "sysctlParameters", List.of("net.ipv4.ip_forward=1")), "1.36"),
                // kops-oracle 1.19-1.36: containerd or docker, as spelled; empty is unset; before the containerd block
                lenient("containerRuntime bogus, 1.19", spec("1.19.16", "containerRuntime", "bogus"), "1.19",
                        "Unsupported value::spec.containerRuntime"),
                lenient("containerRuntime Containerd, 1.36", spec("1.34.1", "containerRuntime", "Containerd"), "1.36",
                        "Unsupported value::spec.containerRuntime"),
                lenient("containerRuntime empty, 1.36", spec("1.34.1", "containerRuntime", ""), "1.36"),
                lenient("containerRuntime bogus beside a legacy containerd, 1.24", spec("1.24.2", "containerRuntime", "bogus", "containerd",
                        Map.of("version", "1.2.10")), "1.24", "Unsupported value::spec.containerRuntime", LEGACY_CONTAINERD),
                lenient("containerd 1.2.10, 1.19", containerd("1.2.10"), "1.19", LEGACY_CONTAINERD),
                lenient("containerd 1.3.3, 1.36", containerd("1.3.3"), "1.36", LEGACY_CONTAINERD),
                lenient("containerd 1.3 (tolerant: 1.3.0), 1.28", containerd("1.3"), "1.28", LEGACY_CONTAINERD),
                lenient("containerd v1.3.0, 1.30", containerd("v1.3.0"), "1.30", LEGACY_CONTAINERD),
                lenient("containerd 1.3.4-rc.1 (before 1.3.4), 1.24", containerd("1.3.4-rc.1"), "1.24", LEGACY_CONTAINERD),
                lenient("containerd 1.3.4, 1.19", containerd("1.3.4"), "1.19"),
                lenient("containerd 1.3.4+build, 1.36", containerd("1.3.4+build"), "1.36"),
                lenient("containerd 1.3.99, 1.22", containerd("1.3.99"), "1.22"),
                lenient("containerd 1.4, 1.36", containerd("1.4"), "1.36"),
                lenient("containerd 1.4.0-rc.1, 1.19", containerd("1.4.0-rc.1"), "1.19"),
                lenient("containerd 2.0.0, 1.33", containerd("2.0.0"), "1.33"),
                // the tolerant parse puts a 0 before a part of two characters or more that does not start with a digit
                lenient("containerd bogus, 1.33: parse and legacy", containerd("bogus"), "1.33",
                        "Invalid value::spec.containerd.version::unable to parse version string: Invalid character(s) found in major number \"0bogus\"",
                        LEGACY_CONTAINERD),
                lenient("containerd empty string, 1.19: set, so parsed", containerd(""), "1.19",
                        "Invalid value::spec.containerd.version::unable to parse version string: strconv.ParseUint: parsing \"\": invalid syntax",
                        LEGACY_CONTAINERD),
                lenient("docker block, Kubernetes 1.30, 1.30", spec("1.30.2", "docker", Map.of("skipInstall", true)), "1.30", DOCKER),
                lenient("docker block with containerd, 1.36", spec("1.34.1", "containerRuntime", "containerd", "docker", Map.of()), "1.36", DOCKER),
                lenient("docker block with containerd, 1.28: accepted", spec("1.28.2", "containerRuntime", "containerd", "docker", Map.of()), "1.28"),
                lenient("docker block, Kubernetes 1.23, 1.30: any Kubernetes", spec("1.23.1", "docker", Map.of()), "1.30", DOCKER),
                row("docker block, no runtime, strict, 1.24: completed as docker", spec("1.24.3", "docker", Map.of()), "1.24", RUNTIME_DOCKER),
                row("docker block, no runtime, strict, 1.28: completed as docker", spec("1.28.2", "docker", Map.of("skipInstall", true)), "1.28",
                        RUNTIME_DOCKER),
                lenient("docker block, no runtime, 1.28: the input passes", spec("1.28.2", "docker", Map.of("skipInstall", true)), "1.28"),
                row("docker block, no runtime, Kubernetes 1.23, strict, 1.28", spec("1.23.1", "docker", Map.of("skipInstall", true)), "1.28"),
                row("docker block, containerd, strict, 1.28", spec("1.28.2", "containerRuntime", "containerd", "docker", Map.of()), "1.28"),
                row("docker: null, strict, 1.24", spec("1.24.3", "docker", null), "1.24"),
                lenient("docker: null, 1.36", spec("1.34.1", "docker", null), "1.36"));
    }

    static Stream<Arguments> addons() {
        Map<String, Object> cm = on();
        return Stream.of(
                lenient("expander priority, 1.22", expander("1.21.1", "priority"), "1.22",
                        EXPANDER),
                lenient("expander priority, 1.24", expander("1.24.3", "priority"), "1.24"),
                lenient("expander least-waste, 1.19", expander("1.19.9", "least-waste"), "1.19"),
                lenient("expander bogus, autoscaler off, 1.19", spec("1.19.9", "clusterAutoscaler", Map.of("enabled", false, "expander", "bogus")),
                        "1.19", EXPANDER),
                lenient("expander bogus, 1.36", expander("1.34.1", "bogus"), "1.36",
                        EXPANDER),
                lenient("expander price, 1.22", expander("1.21.1", "price"), "1.22", EXPANDER),
                lenient("expander price on AWS, 1.24", expander("1.24.3", "price"), "1.24", PRICE),
                lenient("expander empty, 1.24", expander("1.24.3", ""), "1.24", EXPANDER),
                lenient("expander empty, 1.28: unset", expander("1.28.2", ""), "1.28"),
                // kops 1.19 refuses any clusterAutoscaler block before Kubernetes 1.12 (found by an unseen crossed set, seed 20261418)
                lenient("autoscaler on, Kubernetes 1.11, 1.19", spec("1.11.1", "clusterAutoscaler", on()), "1.19", AUTOSCALER_K8S),
                lenient("autoscaler off, Kubernetes 1.11, 1.19", spec("1.11.10", "clusterAutoscaler", Map.of("enabled", false)), "1.19",
                        AUTOSCALER_K8S),
                lenient("autoscaler {}, Kubernetes 1.11, 1.19", spec("1.11.1", "clusterAutoscaler", Map.of()), "1.19", AUTOSCALER_K8S),
                lenient("autoscaler null, Kubernetes 1.11, 1.19", spec("1.11.1", "clusterAutoscaler", null), "1.19"),
                lenient("autoscaler, then its expander, Kubernetes 1.11, 1.19", spec("1.11.1", "clusterAutoscaler", Map.of("expander", "bogus")),
                        "1.19", AUTOSCALER_K8S, EXPANDER),
                lenient("autoscaler on, Kubernetes 1.12, 1.19", spec("1.12.0", "clusterAutoscaler", on()), "1.19"),
                lenient("autoscaler on, Kubernetes 1.11, 1.20", spec("1.11.1", "clusterAutoscaler", on()), "1.20"),
                lenient("autoscaler on, Kubernetes 1.11, 1.24", spec("1.11.1", "clusterAutoscaler", on()), "1.24"),
                lenient("snapshot controller, 1.20: accepted", spec("1.19.9", "snapshotController", on()), "1.20"),
                lenient("snapshot controller, Kubernetes 1.19, 1.21", spec("1.19.9", "snapshotController", on()), "1.21",
                        SNAPSHOT_K8S, SNAPSHOT_CM, SNAPSHOT_CSI),
                lenient("snapshot controller, Kubernetes 1.19, 1.22", spec("1.19.9", "snapshotController", on()), "1.22", SNAPSHOT_K8S, SNAPSHOT_CM),
                lenient("snapshot controller with cert manager, 1.21", spec("1.21.1", "snapshotController", on(), "certManager", cm), "1.21",
                        SNAPSHOT_CSI),
                lenient("snapshot controller with cert manager and CSI driver, 1.21", spec("1.21.1", "snapshotController", on(), "certManager", cm,
                        "cloudConfig", Map.of("awsEBSCSIDriver", on())), "1.21"),
                lenient("snapshot controller, empty certManager, 1.36", spec("1.34.1", "snapshotController", on(), "certManager", Map.of()), "1.36",
                        SNAPSHOT_CM),
                lenient("snapshot controller off, 1.24", spec("1.19.9", "snapshotController", Map.of("enabled", false)), "1.24"),
                lenient("AWS LB controller, 1.19: accepted", spec("1.19.9", "awsLoadBalancerController", on()), "1.19"),
                lenient("AWS LB controller, 1.20", spec("1.20.5", "awsLoadBalancerController", on()), "1.20", ALB_CM),
                lenient("AWS LB controller, Kubernetes 1.22, 1.22", spec("1.22.2", "awsLoadBalancerController", on()), "1.22", ALB_K8S, ALB_CM),
                lenient("AWS LB controller with cert manager, Kubernetes 1.21, 1.22",
                        spec("1.21.1", "awsLoadBalancerController", on(), "certManager", cm), "1.22"),
                lenient("AWS LB controller, Kubernetes 1.24, 1.24", spec("1.24.3", "awsLoadBalancerController", on()), "1.24", ALB_CM),
                lenient("AWS LB controller, 1.28", spec("1.28.2", "awsLoadBalancerController", on()), "1.28", ALB_CM_128),
                lenient("AWS LB controller with unmanaged cert manager, 1.36",
                        spec("1.34.1", "awsLoadBalancerController", on(), "certManager", Map.of("enabled", true, "managed", false)), "1.36"),
                lenient("karpenter, 1.22: not a kops field yet", spec("1.22.2", "karpenter", on()), "1.22"),
                lenient("karpenter, 1.24", spec("1.24.3", "karpenter", on()), "1.24", KARPENTER_FLAG),
                lenient("karpenter with external permissions, 1.24",
                        spec("1.24.3", "karpenter", on(), "iam", Map.of("useServiceAccountExternalPermissions", true)), "1.24", KARPENTER_FLAG),
                lenient("karpenter, 1.28", spec("1.28.2", "karpenter", on()), "1.28", KARPENTER_PERMISSIONS),
                lenient("karpenter with external permissions, 1.36",
                        spec("1.34.1", "karpenter", on(), "iam", Map.of("useServiceAccountExternalPermissions", true)), "1.36"),
                lenient("karpenter off, 1.24", spec("1.24.3", "karpenter", Map.of("enabled", false)), "1.24"),
                lenient("karpenter with external permissions, 1.27: no flag", spec("1.27.1", "karpenter", on(), "iam",
                        Map.of("useServiceAccountExternalPermissions", true)), "1.27"),
                lenient("karpenter, 1.26: flag", spec("1.26.1", "karpenter", on()), "1.26", KARPENTER_FLAG),
                lenient("NLB security group override, 1.24", nlb("1.24.3", "Network", "sg-abcd1234"), "1.24"),
                lenient("NLB security group override, 1.28", nlb("1.28.2", "Network", "sg-abcd1234"), "1.28", NLB_OVERRIDE),
                lenient("NLB security group override, 1.30", nlb("1.30.2", "Network", "sg-abcd1234"), "1.30", NLB_OVERRIDE),
                lenient("NLB security group override, 1.33", nlb("1.33.1", "Network", "sg-abcd1234"), "1.33"),
                lenient("Classic security group override, 1.28", nlb("1.28.2", "Classic", "sg-abcd1234"), "1.28"),
                lenient("security group override, no class, 1.30", spec("1.30.2", "api",
                        Map.of("loadBalancer", Map.of("type", "Public", "securityGroupOverride", "sg-abcd1234"))), "1.30"));
    }

    /** The values an Unsupported finding lists, in kops' order, at each release of the list. */
    static Stream<Arguments> allowedLists() {
        List<String> rolesOld = List.of("node", "master", "bastion");
        List<String> rolesApiserver = List.of("master", "apiserver", "node", "bastion");
        List<String> rolesControlPlane = List.of("control-plane", "apiserver", "node", "bastion");
        List<String> expanders = List.of("least-waste", "random", "most-pods");
        List<String> expandersPricePriority = List.of("least-waste", "random", "most-pods", "price", "priority");
        Cluster role = policies(Map.of("foo", List.of()));
        return Stream.of(
                Arguments.of(role, "1.20", rolesOld), Arguments.of(role, "1.21", rolesApiserver),
                Arguments.of(role, "1.25", rolesApiserver), Arguments.of(role, "1.26", rolesControlPlane),
                Arguments.of(role, "1.36", rolesControlPlane),
                Arguments.of(expander("1.21.1", "bogus"), "1.22", expanders), Arguments.of(expander("1.21.1", "bogus"), "1.23", expanders),
                Arguments.of(expander("1.24.3", "bogus"), "1.24", expandersPricePriority),
                Arguments.of(expander("1.34.1", "bogus"), "1.36", expandersPricePriority));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("allowedLists")
    void allowedValuesAsKopsListsThem(Cluster cluster, String release, List<String> allowed) {
        List<Diagnostic> unsupported = VALIDATOR.validate(cluster, KopsVersion.of(release), ValidationMode.LENIENT).all().stream()
                .filter(d -> d.type() == ErrorType.UNSUPPORTED).toList();
        assertThat(unsupported).hasSize(1);
        assertThat(unsupported.get(0).allowedValues()).containsExactlyElementsOf(allowed);
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("externalPolicies")
    void externalPolicies(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("containerRuntime")
    void containerRuntime(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }

    @ParameterizedTest(name = "{0} @ {2}")
    @MethodSource("addons")
    void addons(String name, Cluster cluster, String release, ValidationMode mode, List<String> expected) {
        assertFindings(cluster, release, mode, expected);
    }
}
