package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.podnet.api.version.KopsVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a kops release's decoder refuses before anything else ({@link ClusterYaml#load(String, KopsVersion)}),
 * each rule checked with kops-oracle at 1.19, 1.20, 1.21, 1.22, 1.24, 1.28, 1.30, 1.33 and 1.36 on the
 * oracle's minimal document: every release refused the wrong types below with a {@code Decode:} error
 * (json-iterator's "readUint32: unexpected character" up to 1.22, encoding/json's "cannot unmarshal" from
 * 1.24) and accepted the right ones.
 */
class ReleaseDecodingTest {
    private static final KopsVersion K119 = KopsVersion.of("1.19");
    private static final KopsVersion K122 = KopsVersion.of("1.22");
    private static final KopsVersion K124 = KopsVersion.of("1.24");
    private static final KopsVersion K128 = KopsVersion.of("1.28");
    private static final KopsVersion K130 = KopsVersion.of("1.30");
    private static final KopsVersion K136 = KopsVersion.of("1.36");
    private static final List<KopsVersion> ALL = List.of(K119, K122, K124, K128, K130, K136);

    private static String v1alpha2(String specLines) {
        return "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n"
                + "  kubernetesVersion: 1.30.2\n  networking:\n    kubenet: {}\n" + specLines;
    }

    private static String v1alpha3(String specLines) {
        return "apiVersion: kops.k8s.io/v1alpha3\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n"
                + "  kubernetesVersion: 1.30.2\n  networking:\n    kubenet: {}\n" + specLines;
    }

    private static List<YamlProblem> problems(String yaml, KopsVersion release) {
        ClusterYamlException e = catchThrowableOfType(() -> ClusterYaml.load(yaml, release), ClusterYamlException.class);
        return e == null ? List.of() : e.problems();
    }

    @Test
    void anIntegerFieldRefusesStringsBooleansFractionsAndOverflow() {
        for (String wrong : List.of("\"110\"", "true", "110.5", "2147483648", "9223372036854775808", "[1]", "{a: 1}")) {
            for (KopsVersion r : ALL) {
                List<YamlProblem> p = problems(v1alpha2("  kubelet:\n    maxPods: " + wrong + "\n"), r);
                assertThat(p).as(wrong + " at " + r).singleElement().satisfies(x -> {
                    assertThat(x.path()).isEqualTo("spec.kubelet.maxPods");
                    assertThat(x.message()).contains("expected an integer (int32)").contains("kops " + r);
                    assertThat(x.line()).isEqualTo(10);
                    assertThat(x.column()).isEqualTo(14);
                });
            }
        }
    }

    @Test
    void theApiBlocksFieldsAreTyped() {
        // kops-oracle 1.19, 1.24, 1.36 (subnets from 1.20, accessLog from 1.22): each refused at decode
        String lb = "  api:\n    loadBalancer:\n      type: Public\n";
        for (KopsVersion r : ALL) {
            assertThat(problems(v1alpha2(lb + "      idleTimeoutSeconds: \"300\"\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.loadBalancer.idleTimeoutSeconds"));
            assertThat(problems(v1alpha2(lb + "      crossZoneLoadBalancing: \"true\"\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("expected a boolean"));
            assertThat(problems(v1alpha2(lb + "      additionalSecurityGroups: sg-1\n"), r)).hasSize(1);
            assertThat(problems(v1alpha2(lb + "      sslPolicy: 1\n"), r)).hasSize(1);
            assertThat(problems(v1alpha2("  api:\n    loadBalancer:\n      type: 1\n"), r)).hasSize(1);
            assertThat(problems(v1alpha2("  api:\n    dns: 1\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.dns"));
            assertThat(problems(v1alpha2(lb + "      idleTimeoutSeconds: 300\n      crossZoneLoadBalancing: true\n"), r)).isEmpty();
        }
        assertThat(problems(v1alpha2(lb + "      subnets: 1\n"), K119)).isEmpty();
        assertThat(problems(v1alpha2(lb + "      subnets: 1\n"), K122)).hasSize(1);
        assertThat(problems(v1alpha2(lb + "      accessLog: 1\n"), K119)).isEmpty();
        assertThat(problems(v1alpha2(lb + "      accessLog: 1\n"), K124)).hasSize(1);
    }

    @Test
    void fileAssetAndHookEntriesAreTyped() {
        // kops-oracle 1.19, 1.22, 1.24, 1.36 (v1alpha3 at 1.30, 1.36): each refused at decode, at the entry's field
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("  fileAssets:\n  - name: a\n    content: 1\n", "spec.fileAssets[0].content");
        wrong.put("  fileAssets:\n  - {name: a, content: x}\n  - {name: b, content: x, roles: Master}\n", "spec.fileAssets[1].roles");
        wrong.put("  fileAssets:\n  - {name: a, content: x, roles: [1]}\n", "spec.fileAssets[0].roles");
        wrong.put("  fileAssets:\n  - {name: a, content: x, isBase64: \"true\"}\n", "spec.fileAssets[0].isBase64");
        wrong.put("  fileAssets:\n  - x\n", "spec.fileAssets[0]");
        wrong.put("  hooks:\n  - {manifest: x, name: 1}\n", "spec.hooks[0].name");
        wrong.put("  hooks:\n  - {manifest: x, useRawManifest: \"true\"}\n", "spec.hooks[0].useRawManifest");
        wrong.put("  hooks:\n  - {manifest: x, before: a}\n", "spec.hooks[0].before");
        wrong.put("  hooks:\n  - {execContainer: busybox}\n", "spec.hooks[0].execContainer");
        wrong.put("  hooks:\n  - execContainer: {image: b, command: ls}\n", "spec.hooks[0].execContainer.command");
        wrong.put("  hooks:\n  - execContainer: {image: b, environment: {A: 1}}\n", "spec.hooks[0].execContainer.environment");
        for (KopsVersion r : ALL) {
            wrong.forEach((lines, path) -> assertThat(problems(v1alpha2(lines), r)).as(path + " at " + r).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo(path)));
            assertThat(problems(v1alpha2("  hooks:\n  - {manifest: x, disabled: \"true\"}\n"), r)).hasSize(1);
            assertThat(problems(v1alpha2("  hooks:\n  - {manifest: x, enabled: \"true\"}\n"), r)).as("not v1alpha2's").isEmpty();
            assertThat(problems(v1alpha2("  fileAssets:\n  - null\n  - {name: a, content: x, roles: [Master], isBase64: false}\n"
                    + "  hooks:\n  - {name: a, roles: [Node], execContainer: {image: b, command: [ls], environment: {A: b}}}\n"), r)).isEmpty();
        }
        for (KopsVersion r : List.of(K130, K136)) {
            assertThat(problems(v1alpha3("  hooks:\n  - {manifest: x, enabled: \"true\"}\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.hooks[0].enabled"));
            assertThat(problems(v1alpha3("  hooks:\n  - {manifest: x, disabled: \"true\"}\n"), r)).as("not v1alpha3's").isEmpty();
            assertThat(problems(v1alpha3("  fileAssets:\n  - {name: a, content: 1}\n"), r)).hasSize(1);
        }
    }

    @Test
    void theRollingUpdateAndWarmPoolFieldsAreTyped() {
        // kops-oracle 1.19-1.36 (warmPool from 1.21; 1.19 and 1.20 drop it unread): each refused at decode
        for (KopsVersion r : ALL) {
            for (String wrong : List.of("[1]", "{a: 1}", "false", "2147483648", "-2147483649", "1.5")) {
                assertThat(problems(v1alpha2("  rollingUpdate:\n    maxSurge: " + wrong + "\n"), r)).as(wrong + " at " + r).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("spec.rollingUpdate.maxSurge");
                            assertThat(p.message()).contains("expected an integer (int32) or a string");
                        });
            }
            assertThat(problems(v1alpha2("  rollingUpdate:\n    maxUnavailable: [1]\n"), r)).hasSize(1);
            assertThat(problems(v1alpha2("  rollingUpdate:\n    drainAndTerminate: x\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.rollingUpdate.drainAndTerminate"));
            assertThat(problems(v1alpha2("  rollingUpdate:\n    drainAndTerminate: 1\n"), r)).hasSize(1);
            assertThat(problems(v1alpha2("  rollingUpdate:\n    maxSurge: \"20%\"\n    maxUnavailable: 2.0\n    drainAndTerminate: true\n"), r))
                    .isEmpty();
            assertThat(problems(v1alpha2("  rollingUpdate:\n    maxSurge: abc\n"), r)).as("refused later, by validation").isEmpty();
            boolean warmPool = !r.equals(K119);
            for (String wrong : List.of("minSize: \"1\"", "maxSize: \"1\"", "minSize: 1.5", "enableLifecycleHook: \"true\"")) {
                assertThat(problems(v1alpha2("  warmPool:\n    " + wrong + "\n"), r)).as(wrong + " at " + r).hasSize(warmPool ? 1 : 0);
            }
            assertThat(problems(v1alpha2("  warmPool: [1]\n"), r)).hasSize(warmPool ? 1 : 0);
            assertThat(problems(v1alpha2("  warmPool:\n    minSize: 2147483648\n    maxSize: 4.0\n    enableLifecycleHook: true\n"), r)).isEmpty();
        }
        for (KopsVersion r : List.of(K130, K136)) {
            assertThat(problems(v1alpha3("  rollingUpdate:\n    drainAndTerminate: x\n"), r)).hasSize(1);
            assertThat(problems(v1alpha3("  rollingUpdate:\n    maxSurge: [1]\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.rollingUpdate.maxSurge"));
        }
    }

    @Test
    void theServiceAccountIssuerDiscoveryFieldsAreTyped() {
        // kops-oracle 1.21, 1.22, 1.24, 1.28, 1.36 (v1alpha2) and 1.30, 1.36 (v1alpha3): discoveryStore 1 and
        // enableAWSOIDCProvider "true" refused at decode from 1.21 (1.19 and 1.20 drop the block unread);
        // additionalAudiences x from 1.22; discoveryService x, [[1]] and url 1 at 1.36 only (1.21-1.33.1 drop it unread)
        String sad = "  serviceAccountIssuerDiscovery:\n    ";
        for (KopsVersion r : ALL) {
            boolean known = !r.equals(K119);
            assertThat(problems(v1alpha2(sad + "discoveryStore: 1\n"), r)).as("discoveryStore at " + r).hasSize(known ? 1 : 0);
            assertThat(problems(v1alpha2(sad + "enableAWSOIDCProvider: \"true\"\n"), r)).hasSize(known ? 1 : 0);
            assertThat(problems(v1alpha2(sad + "additionalAudiences: x\n"), r)).hasSize(known ? 1 : 0);
            boolean service = r.equals(K136);
            for (String wrong : List.of("x", "[[1]]", "{url: 1}")) {
                assertThat(problems(v1alpha2(sad + "discoveryService: " + wrong + "\n"), r)).as(wrong + " at " + r)
                        .hasSize(service ? 1 : 0);
            }
            assertThat(problems(v1alpha2(sad + "discoveryStore: s3://b/k\n    enableAWSOIDCProvider: true\n"
                    + "    additionalAudiences: [a]\n    discoveryService:\n      url: https://x.example.com\n"), r)).isEmpty();
        }
        assertThat(problems(v1alpha2(sad + "discoveryService: x\n"), K136)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("spec.serviceAccountIssuerDiscovery.discoveryService"));
        assertThat(problems(v1alpha2(sad + "discoveryService:\n      url: 1\n"), K136)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("spec.serviceAccountIssuerDiscovery.discoveryService.url"));
        assertThat(problems(v1alpha3(sad + "discoveryService: x\n"), K130)).isEmpty();
        assertThat(problems(v1alpha3(sad + "discoveryService: x\n"), K136)).hasSize(1);
        assertThat(problems(v1alpha3(sad + "discoveryStore: 1\n"), K130)).hasSize(1);
    }

    @Test
    void theIamFieldsAreTyped() {
        // kops-oracle 1.19-1.36 (v1alpha3 at 1.30, 1.33.1, 1.36): legacy, allowContainerRegistry, permissionsBoundary
        // refused at decode at every release; serviceAccountExternalPermissions (and its entries) from 1.21,
        // useServiceAccountExternalPermissions from 1.22 (dropped unread before); v1alpha3 has no legacy
        KopsVersion k120 = KopsVersion.of("1.20");
        KopsVersion k121 = KopsVersion.of("1.21");
        String iam = "  iam:\n    ";
        String entry = iam + "serviceAccountExternalPermissions:\n    - name: a\n      namespace: b\n      aws:\n        ";
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("  iam: x\n", "spec.iam");
        wrong.put("  iam: [[1]]\n", "spec.iam");
        wrong.put(iam + "legacy: \"true\"\n", "spec.iam.legacy");
        wrong.put(iam + "allowContainerRegistry: \"yes\"\n", "spec.iam.allowContainerRegistry");
        wrong.put(iam + "permissionsBoundary: 1\n", "spec.iam.permissionsBoundary");
        Map<String, String> from121 = new LinkedHashMap<>();
        from121.put(iam + "serviceAccountExternalPermissions: {}\n", "spec.iam.serviceAccountExternalPermissions");
        from121.put(iam + "serviceAccountExternalPermissions: [x]\n", "spec.iam.serviceAccountExternalPermissions[0]");
        from121.put(iam + "serviceAccountExternalPermissions: [{name: 1}]\n", "spec.iam.serviceAccountExternalPermissions[0].name");
        from121.put(iam + "serviceAccountExternalPermissions: [{namespace: [[1]]}]\n", "spec.iam.serviceAccountExternalPermissions[0].namespace");
        from121.put(iam + "serviceAccountExternalPermissions: [{aws: x}]\n", "spec.iam.serviceAccountExternalPermissions[0].aws");
        from121.put(entry + "policyARNs: x\n", "spec.iam.serviceAccountExternalPermissions[0].aws.policyARNs");
        from121.put(entry + "inlinePolicy: [1]\n", "spec.iam.serviceAccountExternalPermissions[0].aws.inlinePolicy");
        List<KopsVersion> releases = new java.util.ArrayList<>(ALL);
        releases.addAll(List.of(k120, k121));
        for (KopsVersion r : releases) {
            wrong.forEach((lines, path) -> assertThat(problems(v1alpha2(lines), r)).as(path + " at " + r).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo(path)));
            boolean saep = !r.equals(K119) && !r.equals(k120);
            from121.forEach((lines, path) -> assertThat(problems(v1alpha2(lines), r)).as(path + " at " + r)
                    .hasSize(saep ? 1 : 0).allSatisfy(p -> assertThat(p.path()).isEqualTo(path)));
            boolean use = saep && !r.equals(k121);
            assertThat(problems(v1alpha2(iam + "useServiceAccountExternalPermissions: \"true\"\n"), r)).as("use at " + r)
                    .hasSize(use ? 1 : 0);
            assertThat(problems(v1alpha2(iam + "legacy: false\n    allowContainerRegistry: true\n    permissionsBoundary: arn:b\n"
                    + "    useServiceAccountExternalPermissions: true\n    serviceAccountExternalPermissions:\n"
                    + "    - {name: a, namespace: b, aws: {policyARNs: [arn:p], inlinePolicy: x}}\n    - null\n    bogus: [[1]]\n"), r))
                    .isEmpty();
            assertThat(problems(v1alpha2("  iam: null\n"), r)).isEmpty();
        }
        for (KopsVersion r : List.of(K130, K136)) {
            assertThat(problems(v1alpha3(iam + "legacy: \"true\"\n"), r)).as("not v1alpha3's").isEmpty();
            assertThat(problems(v1alpha3(iam + "useServiceAccountExternalPermissions: \"true\"\n"), r)).hasSize(1);
            assertThat(problems(v1alpha3(entry + "policyARNs: x\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.iam.serviceAccountExternalPermissions[0].aws.policyARNs"));
        }
        assertThat(problems(v1alpha2(iam + "serviceAccountExternalPermissions: x\n"), K136)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expected a list of mappings").contains("refuses the document at decode"));
    }

    @Test
    void theAddonBlocksAreTypedFromTheReleaseKopsKnowsThem() {
        // kops-oracle 1.19-1.36 (table addon-decode): each refused at decode from the release given, dropped unread
        // before (the first release kops-oracle refused it; a field new between two oracle releases from the later one)
        Map<String, KopsVersion> wrong = new LinkedHashMap<>();
        wrong.put("  nodeTerminationHandler: x\n", K119);
        wrong.put("  nodeTerminationHandler: {prometheusEnable: \"true\"}\n", K119);
        wrong.put("  nodeTerminationHandler: {cpuRequest: abc}\n", KopsVersion.of("1.21"));
        wrong.put("  nodeTerminationHandler: {excludeFromLoadBalancers: \"true\"}\n", K124);
        wrong.put("  nodeTerminationHandler: {webhookURL: 1}\n", K130);
        wrong.put("  nodeTerminationHandler: {podTerminationGracePeriod: 2147483648}\n", K130);
        wrong.put("  nodeTerminationHandler: {enableOutOfServiceTaint: \"true\"}\n", K136);
        wrong.put("  nodeProblemDetector: {memoryLimit: abc}\n", K122);
        wrong.put("  metricsServer: {image: 1}\n", K119);
        wrong.put("  metricsServer: {insecure: \"true\"}\n", KopsVersion.of("1.20"));
        wrong.put("  certManager: {hostedZoneIDs: x}\n", K128);
        wrong.put("  certManager: {featureGates: {a: \"true\"}}\n", K130);
        wrong.put("  awsLoadBalancerController: {enableWAFv2: \"true\"}\n", K124);
        wrong.put("  snapshotController: {installDefaultClass: \"true\"}\n", KopsVersion.of("1.21"));
        wrong.put("  clusterAutoscaler: {expander: 1}\n", K119);
        wrong.put("  clusterAutoscaler: {customPriorityExpanderConfig: {a: x}}\n", K128);
        wrong.put("  clusterAutoscaler: {skipNodesWithCustomControllerPods: \"true\"}\n", K130);
        wrong.put("  karpenter: {enabled: \"true\"}\n", K124);
        wrong.put("  karpenter: {featureGates: {a: true}}\n", K136);
        wrong.put("  externalDns: {watchIngress: \"true\"}\n", K119);
        wrong.put("  externalDns: {provider: 1}\n", K122);
        wrong.put("  ntp: {managed: \"true\"}\n", KopsVersion.of("1.20"));
        List<KopsVersion> releases = List.of(K119, KopsVersion.of("1.20"), KopsVersion.of("1.21"), K122, K124, K128, K130,
                KopsVersion.of("1.33"), K136);
        wrong.forEach((lines, from) -> {
            for (KopsVersion r : releases) {
                assertThat(problems(v1alpha2(lines), r)).as(lines + " at " + r).hasSize(r.compareTo(from) >= 0 ? 1 : 0);
            }
        });
        assertThat(problems(v1alpha2("  clusterAutoscaler:\n    scaleDownUnneededTime: abc\n    createPriorityExpenderConfig: x\n"
                + "  certManager: {featureGates: {a: true, b: null}}\n  karpenter: {featureGates: x, logFormat: [[1]]}\n"
                + "  ntp: {chrony: x}\n  metricsServer: null\n"), K136)).isEmpty();
        // in kops' key order (its YAML-to-JSON step sorts the keys), whatever the document's
        assertThat(problems(v1alpha2("  metricsServer: {insecure: x, enabled: \"y\"}\n"), K136))
                .extracting(YamlProblem::path).containsExactly("spec.metricsServer.enabled", "spec.metricsServer.insecure");
        // v1alpha3: externalDNS has no disable; the AWS blocks live under cloudProvider.aws
        assertThat(problems(v1alpha3("  externalDNS: {disable: x, watchIngress: \"true\"}\n"), K130))
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("spec.externalDNS.watchIngress"));
        assertThat(problems(v1alpha3("  nodeTerminationHandler: x\n"), K136)).isEmpty();
        assertThat(problems(v1alpha3("  cloudProvider: {aws: {nodeTerminationHandler: {enabled: \"true\"}}}\n"), K130))
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("spec.cloudProvider.aws.nodeTerminationHandler.enabled"));
        assertThat(problems(v1alpha3("  cloudProvider: {aws: {loadBalancerController: {version: 1}}}\n"), K130))
                .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("spec.cloudProvider.aws.loadBalancerController.version"));
        assertThat(problems(v1alpha3("  cloudProvider: aws\n"), K130)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("spec.cloudProvider"));
        assertThat(problems(v1alpha3("  cloudProvider: {aws: x}\n"), K130)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("spec.cloudProvider.aws"));
    }

    @Test
    void theEtcdClustersAreTypedFromTheReleaseKopsKnowsEachField() {
        // kops-oracle 1.19-1.36 (table etcd-decode): each refused at decode from the release given, dropped unread before
        String member = "{instanceGroup: master-a, name: a";
        Map<String, KopsVersion> wrong = new LinkedHashMap<>();
        wrong.put("  etcdClusters: x\n", K119);
        wrong.put("  etcdClusters: [x]\n", K119);
        wrong.put("  etcdClusters: [{name: main, cpuRequest: abc}]\n", K119);
        wrong.put("  etcdClusters: [{name: main, heartbeatInterval: abc}]\n", K119);
        wrong.put("  etcdClusters: [{name: main, enableEtcdTLS: \"true\"}]\n", K119);
        wrong.put("  etcdClusters: [{name: main, backups: {backupStore: 1}}]\n", K119);
        wrong.put("  etcdClusters: [{name: main, etcdMembers: [" + member + ", volumeSize: x}]}]\n", K119);
        wrong.put("  etcdClusters: [{name: main, etcdMembers: [" + member + ", encryptedVolume: \"yes\"}]}]\n", K119);
        wrong.put("  etcdClusters: [{name: main, etcdMembers: [" + member + ", volumeIops: \"1\"}]}]\n", K119);
        wrong.put("  etcdClusters: [{name: main, manager: {env: [{name: A, value: 1}]}}]\n", K119);
        wrong.put("  etcdClusters: [{name: main, manager: {discoveryPollInterval: 1}}]\n", KopsVersion.of("1.20"));
        wrong.put("  etcdClusters: [{name: main, manager: {backupRetentionDays: -1}}]\n", K128);
        wrong.put("  etcdClusters: [{name: main, manager: {backupRetentionDays: 4294967296}}]\n", K128);
        wrong.put("  etcdClusters: [{name: main, manager: {listenMetricsURLs: x}}]\n", K128);
        List<KopsVersion> releases = List.of(K119, KopsVersion.of("1.20"), KopsVersion.of("1.21"), K122, K124, K128, K130,
                KopsVersion.of("1.33"), K136);
        wrong.forEach((lines, from) -> {
            for (KopsVersion r : releases) {
                assertThat(problems(v1alpha2(lines), r)).as(lines + " at " + r).hasSize(r.compareTo(from) >= 0 ? 1 : 0);
            }
        });
        // unknown at every release: the limits, v1alpha3's member spellings in v1alpha2; a uint32's largest value
        assertThat(problems(v1alpha2("  etcdClusters: [{name: main, cpuLimit: abc, memoryLimit: [[1]], manager: "
                + "{backupRetentionDays: 4294967295}, etcdMembers: [" + member + ", volumeIOPS: x, kmsKeyID: 1}]}]\n"), K136)).isEmpty();
        // v1alpha3: no provider nor TLS or timing fields, a member's volumeIOPS and kmsKeyID
        assertThat(problems(v1alpha3("  etcdClusters: [{name: main, provider: 1, enableEtcdTLS: x, heartbeatInterval: x, "
                + "etcdMembers: [" + member + ", volumeIops: x, volumeIOPS: x, kmsKeyID: 1}]}]\n"), K130))
                .extracting(YamlProblem::path)
                .containsExactly("spec.etcdClusters[0].etcdMembers[0].kmsKeyID", "spec.etcdClusters[0].etcdMembers[0].volumeIOPS");
    }

    @Test
    void v1alpha3TopLevelFieldsAreTyped() {
        // kops-oracle 1.36, v1alpha3: each refused at decode ("cannot unmarshal number into ... ClusterSpec.spec.channel")
        List<String> notRefused = new java.util.ArrayList<>();
        for (String wrong : List.of("  channel: 1\n", "  sshKeyName: 1\n",
                "  dnsZone: 1\n", "  configStore: x\n", "  containerd: x\n")) {
            if (problems(v1alpha3(wrong), K136).size() != 1) notRefused.add(wrong);
        }
        assertThat(notRefused).isEmpty();
        assertThat(problems(v1alpha3("  channel: stable\n  sshKeyName: k\n  configStore: {base: x}\n"), K136)).isEmpty();
    }

    @Test
    void v1alpha3sNetworkFieldsAndRemainingSpecScalarsAreTyped() {
        // kops-oracle 1.30 and 1.36, v1alpha3: each refused at decode ("cannot unmarshal number into Go struct
        // field NetworkingSpec.spec.networking.networkID of type string", ...)
        for (KopsVersion r : List.of(K130, K136)) {
            for (String wrong : List.of("networkID: 1", "additionalNetworkCIDRs: x", "serviceClusterIPRange: 1",
                    "podCIDR: 1", "isolateControlPlane: \"true\"", "tagSubnets: \"false\"", "topology: x",
                    "egressProxy: x")) {
                String field = wrong.substring(0, wrong.indexOf(':'));
                List<YamlProblem> p = problems(v1alpha3("") .replace("    kubenet: {}\n",
                        "    kubenet: {}\n    " + wrong + "\n"), r);
                assertThat(p).as(wrong + " at " + r).isNotEmpty()
                        .allSatisfy(x -> assertThat(x.path()).isEqualTo("spec.networking." + field));
            }
            for (String wrong : List.of("clusterDNSDomain: 1", "encryptionConfig: \"true\"")) {
                String field = wrong.substring(0, wrong.indexOf(':'));
                assertThat(problems(v1alpha3("  " + wrong + "\n"), r)).as(wrong + " at " + r).singleElement()
                        .satisfies(x -> assertThat(x.path()).isEqualTo("spec." + field));
            }
        }
    }

    @Test
    void theRuntimeAndClusterBlocksAreTypedFromTheReleaseKopsKnowsThem() {
        // kops-oracle 1.19-1.36 (oracle/runtime-decode.tsv, auth-decode.tsv, ... in networking-providers' tests)
        for (KopsVersion r : ALL) {
            assertThat(problems(v1alpha2("  containerd:\n    logLevel: 1\n"), r)).as("at " + r).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.containerd.logLevel"));
            assertThat(problems(v1alpha2("  docker:\n    ipMasq: \"yes\"\n"), r)).as("at " + r).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("expected a boolean"));
            assertThat(problems(v1alpha2("  authorization:\n    rbac: x\n"), r)).as("at " + r).hasSize(1);
            assertThat(problems(v1alpha2("  containerd:\n    bogus: [[1]]\n  authorization:\n    rbac: {}\n"), r)).isEmpty();
        }
        assertThat(problems(v1alpha2("  containerd:\n    nri: x\n"), K128)).isEmpty();
        assertThat(problems(v1alpha2("  containerd:\n    nri: x\n"), K130)).hasSize(1);
        assertThat(problems(v1alpha2("  authentication:\n    oidc: x\n"), K136)).isEmpty();
        assertThat(problems(v1alpha3("  authentication:\n    oidc: x\n"), K136)).hasSize(1);
        assertThat(problems(v1alpha3("  docker:\n    ipMasq: \"yes\"\n"), K136)).isEmpty();
        // two wrong values: kops reports the first in key order, podnet lists both in that order
        assertThat(problems(v1alpha2("  docker:\n    ipMasq: \"yes\"\n  containerd:\n    version: 1\n    address: [1]\n"), K124))
                .extracting(YamlProblem::path)
                .containsExactly("spec.containerd.address", "spec.containerd.version", "spec.docker.ipMasq");
    }

    @Test
    void v1alpha3sApiBlockIsTypedUnderEitherYamlReader() {
        // an anchor makes the block reader step aside for snakeyaml-engine; both give the same verdicts; the problems
        // in kops' order (the keys sorted, as kops' YAML-to-JSON step writes them: the first is the one kops reports)
        for (String api : List.of("  api:\n", "  api: &a\n")) {
            assertThat(problems(v1alpha3(api + "    publicName: 1\n    additionalSANs: x\n    access: x\n"), K136))
                    .as(api).extracting(YamlProblem::path)
                    .containsExactly("spec.api.access", "spec.api.additionalSANs", "spec.api.publicName");
            assertThat(problems(v1alpha3(api + "    publicName: \"1\"\n    access: [\"1\"]\n"), K136)).as(api).isEmpty();
        }
    }

    @Test
    void v1alpha3sOtherSpecFieldsAreTyped() {
        // kops-oracle 1.30 and 1.36, v1alpha3: each refused at decode ("cannot unmarshal string into Go struct
        // field ClusterSpec.spec.sshAccess of type []string", ...)
        List<String> wrongs = List.of("sshAccess: x", "nodePortAccess: x", "sysctlParameters: x", "updatePolicy: 1",
                "useHostCertificates: \"true\"", "cloudLabels: x", "additionalPolicies: x", "externalPolicies: {a: x}",
                "fileAssets: {}", "hooks: {}", "addons: {}", "assets: x", "iam: x", "karpenter: x",
                "snapshotController: x", "serviceAccountIssuerDiscovery: x", "cloudConfig: x", "certManager: x",
                "nodeProblemDetector: x", "ntp: x", "externalDNS: x", "gossipConfig: x", "metricsServer: x",
                "authentication: x", "authorization: x", "rollingUpdate: x", "clusterAutoscaler: x", "target: x",
                "dnsControllerGossipConfig: x", "cloudLabels: {a: 1}", "externalPolicies: {a: [1]}");
        for (KopsVersion r : List.of(K130, K136)) {
            for (String wrong : wrongs) {
                String field = wrong.substring(0, wrong.indexOf(':'));
                assertThat(problems(v1alpha3("  " + wrong + "\n"), r)).as(wrong + " at " + r).singleElement()
                        .satisfies(p -> assertThat(p.path()).isEqualTo("spec." + field));
            }
            // kops-oracle 1.30 and 1.36 accept nulls and an empty api
            assertThat(problems(v1alpha3("  sshAccess: null\n  cloudLabels: null\n  fileAssets: null\n"
                    + "  updatePolicy: null\n  useHostCertificates: null\n  assets: null\n  api: {}\n"), r)).isEmpty();
            // v1alpha3 does not know these (kops-oracle 1.36 accepts [[1]]): dropped unread
            for (String unknown : List.of("externalDns", "nodeTerminationHandler", "nodeAuthorization",
                    "awsLoadBalancerController", "warmPool", "podIdentityWebhook", "secretStore", "keyStore",
                    "masterPublicName", "additionalSans", "kubernetesApiAccess", "containerRuntime", "docker", "project",
                    "configBase", "masterInternalName")) {
                assertThat(problems(v1alpha3("  " + unknown + ": [[1]]\n"), K136)).as(unknown).isEmpty();
            }
            assertThat(problems(v1alpha3("  sshAccess: [0.0.0.0/0]\n  cloudLabels: {a: b}\n  fileAssets: []\n"
                    + "  externalPolicies: {node: [\"arn:aws:iam::123456789012:policy/P\"]}\n  useHostCertificates: true\n  iam: {}\n"), r)).isEmpty();
        }
    }

    @Test
    void v1alpha3sApiBlockIsTypedAtItsOwnPaths() {
        // kops-oracle 1.36, v1alpha3: "cannot unmarshal number into Go struct field APISpec.spec.api.publicName of
        // type string", "... string into ... APISpec.spec.api.additionalSANs of type []string", ... at decode
        String lb = "  api:\n    loadBalancer:\n      type: Public\n";
        for (KopsVersion r : List.of(K130, K136)) {
            assertThat(problems(v1alpha3("  api:\n    publicName: 1\n"), r)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("spec.api.publicName");
                assertThat(p.message()).contains("expected a string");
                assertThat(p.line()).isEqualTo(10);
            });
            assertThat(problems(v1alpha3("  api:\n    additionalSANs: x\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.additionalSANs"));
            assertThat(problems(v1alpha3("  api:\n    access: x\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.access"));
            assertThat(problems(v1alpha3("  api:\n    dns: 1\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.dns"));
            assertThat(problems(v1alpha3("  api: x\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api"));
            assertThat(problems(v1alpha3("  api:\n    additionalSANs: [1]\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.additionalSANs"));
            assertThat(problems(v1alpha3("  api:\n    access: [1]\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.access"));
            assertThat(problems(v1alpha3("  api:\n    loadBalancer: x\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.loadBalancer"));
            assertThat(problems(v1alpha3(lb + "      idleTimeoutSeconds: 300.5\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.loadBalancer.idleTimeoutSeconds"));
            assertThat(problems(v1alpha3("  api:\n    loadBalancer: null\n    dns: null\n    publicName: null\n"
                    + "    access: null\n"), r)).isEmpty();
            assertThat(problems(v1alpha3(lb + "      idleTimeoutSeconds: \"300\"\n"), r)).singleElement()
                    .satisfies(p -> assertThat(p.path()).isEqualTo("spec.api.loadBalancer.idleTimeoutSeconds"));
            // accepted by kops-oracle 1.36: nulls and the right types
            assertThat(problems(v1alpha3("  api: null\n"), r)).isEmpty();
            assertThat(problems(v1alpha3("  api:\n    additionalSANs: null\n"), r)).isEmpty();
            assertThat(problems(v1alpha3("  api:\n    publicName: api.x.example.com\n    additionalSANs: [a]\n"
                    + "    access: [0.0.0.0/0]\n    dns: {}\n"), r)).isEmpty();
        }
    }

    @Test
    void anIntegerFieldAcceptsIntegralFloatsHexAndNull() {
        // kops' YAML-to-JSON step writes 110.0 and 1e2 as JSON integers; 0x10 is 16 in YAML 1.1
        for (String ok : List.of("110", "110.0", "1e2", "0x10", "-1", "null", "~")) {
            for (KopsVersion r : ALL) {
                assertThat(ClusterYaml.load(v1alpha2("  kubelet:\n    maxPods: " + ok + "\n"), r).cluster().extraSpec())
                        .as(ok + " at " + r).containsKey("kubelet");
            }
        }
    }

    @Test
    void stringBooleanDurationListAndMapFieldsRefuseOtherTypes() {
        assertThat(problems(v1alpha2("  kubelet:\n    cgroupRoot: 5\n"), K130)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expected a string, got 5"));
        assertThat(problems(v1alpha2("  kubelet:\n    enableDebuggingHandlers: \"true\"\n"), K119)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expected a boolean"));
        assertThat(problems(v1alpha2("  kubeControllerManager:\n    nodeMonitorGracePeriod: abc\n"), K124)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("spec.kubeControllerManager.nodeMonitorGracePeriod"));
        assertThat(problems(v1alpha2("  kubeControllerManager:\n    nodeMonitorGracePeriod: 40\n"), K124)).hasSize(1);
        assertThat(problems(v1alpha2("  kubeAPIServer:\n    admissionControl: Foo\n"), K136)).hasSize(1);
        assertThat(problems(v1alpha2("  kubelet:\n    featureGates:\n      Foo: true\n"), K136)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("a mapping of strings"));
        assertThat(problems(v1alpha2("  sshAccess: 0.0.0.0/0\n"), K122)).hasSize(1);
        assertThat(problems(v1alpha2("  masterPublicName: 5\n"), K122)).hasSize(1);
        assertThat(problems(v1alpha2("  kubelet: []\n"), K130)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("spec.kubelet"));
        assertThat(problems(v1alpha2("  masterKubelet:\n    maxPods: \"2\"\n"), K130)).hasSize(1);
        for (String block : List.of("kubeProxy", "kubeScheduler", "cloudControllerManager")) {
            assertThat(problems(v1alpha2("  " + block + ":\n    logLevel: \"2\"\n"), K128)).as(block).hasSize(1);
        }
        assertThat(problems(v1alpha2("  kubeDNS:\n    replicas: \"2\"\n"), K119)).hasSize(1);
    }

    @Test
    void theRightTypesAndUnknownFieldsAreAccepted() {
        String ok = "  kubelet:\n    cgroupRoot: /\n    enableDebuggingHandlers: true\n    featureGates: {Foo: \"true\"}\n"
                + "    someUnknownField: [[1]]\n  kubeControllerManager:\n    nodeMonitorGracePeriod: 40s\n"
                + "  kubeAPIServer:\n    admissionControl: [Foo]\n  sshAccess: [0.0.0.0/0]\n  someUnknownField: 5\n";
        for (KopsVersion r : ALL) assertThat(problems(v1alpha2(ok), r)).as(r.toString()).isEmpty();
    }

    @Test
    void requestsAndLimitsAreStringsUpTo122AndQuantitiesFrom124() {
        // kops-oracle: cpuRequest: abc accepted at 1.19-1.22, refused at 1.24+ ("quantities must match the
        // regular expression"); cpuRequest: 100 refused at 1.19-1.22 (a string), accepted at 1.24+
        String word = "  kubeAPIServer:\n    cpuRequest: abc\n";
        String number = "  kubeAPIServer:\n    cpuRequest: 100\n";
        assertThat(problems(v1alpha2(word), K122)).isEmpty();
        assertThat(problems(v1alpha2(number), K122)).hasSize(1);
        assertThat(problems(v1alpha2(word), K124)).hasSize(1);
        assertThat(problems(v1alpha2(number), K124)).isEmpty();
        assertThat(problems(v1alpha2("  kubeAPIServer:\n    cpuRequest: 100m\n"), K136)).isEmpty();
    }

    @Test
    void aFieldTheReleaseDoesNotKnowIsDroppedUnread() {
        // kops-oracle: kubelet.logFormat [[1]] accepted at 1.19 (no such field yet), refused at 1.24 and 1.36
        String yaml = v1alpha2("  kubelet:\n    logFormat: [[1]]\n");
        assertThat(problems(yaml, K119)).isEmpty();
        assertThat(problems(yaml, K124)).hasSize(1);
    }

    @Test
    void v1alpha3IsRegisteredFrom130() {
        // kops-oracle: no kind "Cluster" is registered for version "kops.k8s.io/v1alpha3" at 1.19-1.28; decoded at 1.30+
        for (KopsVersion r : List.of(K119, K122, K124, K128)) {
            assertThat(problems(v1alpha3(""), r)).as(r.toString()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("apiVersion");
                assertThat(p.message()).contains("kops.k8s.io/v1alpha3 is not registered in kops " + r)
                        .contains("write kops.k8s.io/v1alpha2");
            });
        }
        for (KopsVersion r : List.of(K130, K136)) assertThat(problems(v1alpha3(""), r)).as(r.toString()).isEmpty();
        assertThat(problems(v1alpha2(""), K119)).isEmpty();
    }

    @Test
    void v1alpha3TypesTheControlPlaneKubeletAndDropsMasterKubelet() {
        // kops-oracle 1.30, 1.33, 1.36: v1alpha3 spec.controlPlaneKubelet.maxPods: "110" refused; masterKubelet unknown
        assertThat(problems(v1alpha3("  controlPlaneKubelet:\n    maxPods: \"110\"\n"), K130)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("spec.controlPlaneKubelet.maxPods"));
        assertThat(problems(v1alpha3("  kubelet:\n    maxPods: \"110\"\n"), K136)).hasSize(1);
        assertThat(problems(v1alpha3("  masterKubelet:\n    maxPods: \"110\"\n"), K136)).isEmpty();
    }

    @Test
    void aProviderFieldTheReleaseDoesNotDecodeIsKeptUnread() {
        // kops-oracle: cilium.enableL7Proxy: "1" (and "true", 1) accepted at 1.19-1.21, where kops' Go type has no
        // such field, refused at 1.22+ ("cannot unmarshal string ... of type bool")
        String yaml = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n"
                + "  kubernetesVersion: 1.21.0\n  networking:\n    cilium:\n      enableL7Proxy: \"1\"\n";
        java.util.Set<String> undecoded = java.util.Set.of("spec.networking.cilium.enableL7Proxy");
        ClusterDocuments d = ClusterYaml.load(yaml, K119, undecoded);
        assertThat(((dev.podnet.api.provider.CiliumSpec) d.cluster().networking().provider().orElseThrow()).enableL7Proxy())
                .isEmpty();
        assertThat(ClusterYaml.write(d)).contains("enableL7Proxy: '1'");
        assertThat(problems(yaml, K122)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("expected a boolean"));
    }

    @Test
    void theReleaseFreeReaderStaysLenient() {
        assertThat(ClusterYaml.load(v1alpha2("  kubelet:\n    maxPods: \"110\"\n")).cluster().extraSpec()).containsKey("kubelet");
        assertThat(ClusterYaml.load(v1alpha3("")).apiVersion()).isEqualTo("kops.k8s.io/v1alpha3");
    }
}
