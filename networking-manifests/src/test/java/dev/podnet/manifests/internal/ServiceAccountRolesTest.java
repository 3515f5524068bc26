package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.render.AwsAccount;
import dev.podnet.api.render.MissingRenderOptionException;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.object.Manifest;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kops' service-account roles, one effect at a time. The whole kube-router manifests are checked against kops in
 * ServiceAccountRoleOracleTest.
 */
class ServiceAccountRolesTest {
    private static final AwsAccount ACCOUNT = AwsAccount.of("123456789012");
    private static final String DAEMONSET = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: kube-router
              namespace: kube-system
            spec:
              template:
                spec:
                  containers:
                  - name: kube-router
                    image: kube-router
                    env:
                    - name: NODE_NAME
                      value: node-a
                    volumeMounts:
                    - mountPath: /run/xtables.lock
                      name: xtables-lock
                      readOnly: false
                  hostNetwork: true
                  hostIPC: false
                  initContainers:
                  - name: install-cni
                    image: kube-router
                  serviceAccountName: kube-router
                  volumes:
                  - name: xtables-lock
                    hostPath:
                      path: /run/xtables.lock
            """;

    private static Manifest manifest(String yaml) {
        return KopsYaml.parseManifest(yaml);
    }

    private static Cluster cluster(String name, String cloud, String iam) {
        return ClusterYaml.read("apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: " + name
                + "\nspec:\n  cloudProvider: " + cloud + "\n  iam: " + iam + "\n  kubernetesVersion: 1.30.2\n"
                + "  networking:\n    kuberouter: {}\n");
    }

    private static final Cluster IRSA = cluster("minimal.example.com", "aws", "{useServiceAccountExternalPermissions: true}");

    private static KubeObject applied(Cluster c, String release) {
        return ServiceAccountRoles.apply(manifest(DAEMONSET), "networking.kuberouter", c, KopsVersion.of(release),
                Optional.of(ACCOUNT)).get("DaemonSet", "kube-router");
    }

    @Test
    void addsTheWebIdentityToEveryContainerAndThePod() {
        KubeObject ds = applied(IRSA, "1.30");
        assertThat(ds.get("spec.template.spec.containers[0].env")).contains(List.of(
                Map.of("name", "NODE_NAME", "value", "node-a"),
                Map.of("name", "AWS_ROLE_ARN", "value",
                        "arn:aws:iam::123456789012:role/kube-router.kube-system.sa.minimal.example.com"),
                Map.of("name", "AWS_WEB_IDENTITY_TOKEN_FILE", "value", "/var/run/secrets/amazonaws.com/token")));
        assertThat(ds.get("spec.template.spec.containers[0].volumeMounts[1]")).contains(Map.of(
                "mountPath", "/var/run/secrets/amazonaws.com/", "name", "token-amazonaws-com", "readOnly", true));
        assertThat(ds.get("spec.template.spec.volumes[1]")).contains(Map.of("name", "token-amazonaws-com", "projected",
                Map.of("defaultMode", 420, "sources", List.of(Map.of("serviceAccountToken",
                        Map.of("audience", "amazonaws.com", "expirationSeconds", 86400, "path", "token"))))));
        assertThat(ds.get("spec.template.spec.securityContext")).contains(Map.of("fsGroup", 10001));
        // init containers get no web identity
        assertThat(ds.get("spec.template.spec.initContainers[0].env")).isEmpty();
        assertThat(ds.get("spec.template.spec.initContainers[0].volumeMounts")).isEmpty();
    }

    @Test
    void writesThePodSpecAsGoWritesTheTypedValue() {
        KubeObject ds = applied(IRSA, "1.30");
        // omitempty booleans left false are dropped, a container's resources are always written
        assertThat(ds.get("spec.template.spec.containers[0].volumeMounts[0]"))
                .contains(Map.of("mountPath", "/run/xtables.lock", "name", "xtables-lock"));
        assertThat(ds.get("spec.template.spec.hostIPC")).isEmpty();
        assertThat(ds.get("spec.template.spec.hostNetwork")).contains(true);
        assertThat(ds.get("spec.template.spec.containers[0].resources")).contains(Map.of());
        assertThat(ds.get("spec.template.spec.initContainers[0].resources")).contains(Map.of());
    }

    @Test
    void keepsAnFsGroupThePodSets() {
        Manifest m = manifest(DAEMONSET.replace("      hostNetwork: true\n",
                "      hostNetwork: true\n      securityContext:\n        fsGroup: 7\n"));
        KubeObject ds = ServiceAccountRoles.apply(m, "networking.kuberouter", IRSA, KopsVersion.of("1.30"),
                Optional.of(ACCOUNT)).get("DaemonSet", "kube-router");
        assertThat(ds.get("spec.template.spec.securityContext")).contains(Map.of("fsGroup", 7));
    }

    @Test
    void onlyFromKops124() {
        Manifest m = manifest(DAEMONSET);
        assertThat(ServiceAccountRoles.apply(m, "networking.kuberouter", IRSA, KopsVersion.of("1.22"), Optional.empty()))
                .isSameAs(m);
        assertThat(applied(IRSA, "1.24")).isNotEqualTo(m.get("DaemonSet", "kube-router"));
    }

    @Test
    void onlyWithTheOptionOnAws() {
        Manifest m = manifest(DAEMONSET);
        KopsVersion r = KopsVersion.of("1.30");
        for (Cluster c : List.of(cluster("c.example.com", "aws", "{}"),
                cluster("c.example.com", "aws", "{useServiceAccountExternalPermissions: false}"),
                cluster("c.example.com", "gce", "{useServiceAccountExternalPermissions: true}"))) {
            assertThat(c.cloud()).isPresent();
            assertThat(ServiceAccountRoles.apply(m, "networking.kuberouter", c, r, Optional.empty())).as(c.toString())
                    .isSameAs(m);
        }
        assertThat(IRSA.cloud()).contains(Cloud.AWS);
    }

    @Test
    void onlyTheAddonAndServiceAccountOfTheTable() {
        Manifest m = manifest(DAEMONSET);
        KopsVersion r = KopsVersion.of("1.30");
        assertThat(ServiceAccountRoles.apply(m, "networking.calico", IRSA, r, Optional.empty())).isSameAs(m);
        Manifest other = manifest(DAEMONSET.replace("serviceAccountName: kube-router", "serviceAccountName: other"));
        assertThat(ServiceAccountRoles.apply(other, "networking.kuberouter", IRSA, r, Optional.empty())).isSameAs(other);
        Manifest v1beta1 = manifest(DAEMONSET.replace("apps/v1", "extensions/v1beta1"));
        assertThat(ServiceAccountRoles.apply(v1beta1, "networking.kuberouter", IRSA, r, Optional.empty())).isSameAs(v1beta1);
    }

    @Test
    void theTableNamesOnlyAddonsWhoseRendererSetsTheRoles() {
        // KubeRouterRenderer passes its manifest through apply; a row for another addon needs its renderer to do so too
        for (String release : List.of("1.18", "1.22", "1.23")) {
            assertThat(ServiceAccountRoles.addons(KopsVersion.of(release))).as(release).isEmpty();
        }
        for (String release : List.of("1.24", "1.30", "1.36", "1.37")) {
            assertThat(ServiceAccountRoles.addons(KopsVersion.of(release))).as(release).containsExactly("networking.kuberouter");
        }
    }

    @Test
    void refusesWithoutAnAccountNamingTheOption() {
        assertThatThrownBy(() -> ServiceAccountRoles.apply(manifest(DAEMONSET), "networking.kuberouter", IRSA,
                KopsVersion.of("1.30"), Optional.empty()))
                .isInstanceOf(MissingRenderOptionException.class)
                .hasMessageContaining("RenderOptions.awsAccount").hasMessageContaining("--aws-account")
                .hasMessageContaining("kube-system/kube-router")
                .satisfies(e -> assertThat(((MissingRenderOptionException) e).option()).isEqualTo("RenderOptions.awsAccount"));
    }

    @Test
    void thePartitionAndAccountMakeTheArn() {
        KubeObject ds = ServiceAccountRoles.apply(manifest(DAEMONSET), "networking.kuberouter", IRSA,
                KopsVersion.of("1.30"), Optional.of(AwsAccount.of("000000000001", "aws-cn"))).get("DaemonSet", "kube-router");
        assertThat(ds.get("spec.template.spec.containers[0].env[1].value"))
                .contains("arn:aws-cn:iam::000000000001:role/kube-router.kube-system.sa.minimal.example.com");
    }

    // kops-oracle 1.36 (the 1.24-1.33 builds agree): cluster names of 37, 38, 40 and 50 characters
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "aaaaaaaaaaaaaaaaaaaaaaaaa.example.com, kube-router.kube-system.sa.aaaaaaaaaaaaaaaaaaaaaaaaa.example.com",
        "aaaaaaaaaaaaaaaaaaaaaaaaaa.example.com, kube-router.kube-system.sa.aaaaaaaaaaaaaaaaaaaaaaaaaa.exa-vvuauc",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com, kube-router.kube-system.sa.aaaaaaaaaaaaaaaaaaaaaaaaaaaa.e-iqtrd0",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com, kube-router.kube-system.sa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-lavug3",
        "minimal.example.com, kube-router.kube-system.sa.minimal.example.com",
    })
    void roleNamesAreCutTo64AsKopsCutsThem(String cluster, String expected) {
        String name = ServiceAccountRoles.roleName(new ServiceAccountRoles.Role("networking.kuberouter", "kube-system",
                "kube-router"), cluster);
        assertThat(name).isEqualTo(expected).hasSizeLessThanOrEqualTo(64);
    }
}
