package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Endpoints;
import io.kubernetes.client.openapi.models.V1IngressClass;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PriorityClass;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1ValidatingWebhookConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Rendered objects are valid Kubernetes: every built-in kind parses strictly with the official
 * Kubernetes Java models (an unknown field anywhere fails), and every custom resource has its CRD
 * beside it. Runs over every corpus case podnet renders, in both output styles.
 */
class RenderedObjectsAreValidKubernetesTest {
    private static final Corpus CORPUS = Corpus.kops();
    private static final Gson GSON = new Gson();

    /** A strict parser per built-in apiVersion/kind: the models' fromJson rejects unknown fields. */
    interface Strict {
        void parse(String json) throws IOException;
    }

    private static final Map<String, Strict> BUILT_IN = Map.ofEntries(
            Map.entry("v1/ConfigMap", V1ConfigMap::fromJson),
            Map.entry("v1/Secret", V1Secret::fromJson),
            Map.entry("v1/Service", V1Service::fromJson),
            Map.entry("v1/ServiceAccount", V1ServiceAccount::fromJson),
            Map.entry("v1/Namespace", V1Namespace::fromJson),
            Map.entry("v1/Endpoints", V1Endpoints::fromJson),
            Map.entry("apps/v1/DaemonSet", V1DaemonSet::fromJson),
            Map.entry("apps/v1/Deployment", V1Deployment::fromJson),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet::fromJson),
            Map.entry("batch/v1/Job", V1Job::fromJson),
            Map.entry("rbac.authorization.k8s.io/v1/ClusterRole", V1ClusterRole::fromJson),
            Map.entry("rbac.authorization.k8s.io/v1/ClusterRoleBinding", V1ClusterRoleBinding::fromJson),
            Map.entry("rbac.authorization.k8s.io/v1/Role", V1Role::fromJson),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", V1RoleBinding::fromJson),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::fromJson),
            Map.entry("scheduling.k8s.io/v1/PriorityClass", V1PriorityClass::fromJson),
            Map.entry("networking.k8s.io/v1/IngressClass", V1IngressClass::fromJson),
            Map.entry("admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration",
                    V1ValidatingWebhookConfiguration::fromJson),
            Map.entry("apiextensions.k8s.io/v1/CustomResourceDefinition", V1CustomResourceDefinition::fromJson));

    /** API versions the current models no longer carry; kops still renders them for old Kubernetes. */
    private static final Set<String> RETIRED = Set.of("policy/v1beta1", "rbac.authorization.k8s.io/v1beta1",
            "apiextensions.k8s.io/v1beta1", "extensions/v1beta1", "apps/v1beta1", "apps/v1beta2",
            "scheduling.k8s.io/v1beta1", "admissionregistration.k8s.io/v1beta1");

    /**
     * Custom-resource groups whose CRDs another kops addon installs: Cilium's Hubble TLS certificates
     * are cert-manager Certificates, and validation requires spec.certManager.enabled for them.
     */
    private static final Set<String> CRDS_FROM_OTHER_ADDONS = Set.of("cert-manager.io");

    static Stream<CorpusCase> cases() {
        Set<String> seen = new HashSet<>();
        return CORPUS.cases(c -> c.completedSpec() != null && !c.manifests().isEmpty()).stream()
                .filter(c -> seen.add(c.completedSpec() + c.kopsTag()));
    }

    @org.junit.jupiter.api.Test
    void coversEveryCorpusCaseWithAManifestAndACompletedSpec() {
        assertThat(cases().count()).isEqualTo(214);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyObjectIsValid(CorpusCase c) throws IOException {
        Cluster completed = ClusterYaml.read(CORPUS.read(c.completedSpec()));
        Podnet m = Podnet.forRelease(KopsVersion.of(c.kopsRelease()));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (RenderStyle style : RenderStyle.values()) {
            List<RenderedAddon> addons;
            try {
                addons = m.render(completed, style).addons();
            } catch (RuntimeException e) {
                continue; // a case podnet cannot render yet is RenderConformanceTest's business
            }
            for (RenderedAddon a : addons) checked += check(a.yaml(), problems);
        }
        assertThat(problems).as(c.id()).isEmpty();
        assertThat(checked).as("objects checked").isPositive();
    }

    @SuppressWarnings("unchecked")
    static int check(String yaml, List<String> problems) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object d : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            if (d != null) docs.add((Map<String, Object>) d);
        }
        Set<String> crdKinds = new HashSet<>();
        for (Map<String, Object> d : docs) {
            if ("CustomResourceDefinition".equals(d.get("kind"))) {
                Map<String, Object> spec = (Map<String, Object>) d.get("spec");
                Map<String, Object> names = (Map<String, Object>) spec.get("names");
                crdKinds.add(spec.get("group") + "/" + names.get("kind"));
            }
        }
        int n = 0;
        for (Map<String, Object> d : docs) {
            String apiVersion = String.valueOf(d.get("apiVersion"));
            String kind = String.valueOf(d.get("kind"));
            String id = apiVersion + "/" + kind;
            Map<String, Object> meta = (Map<String, Object>) d.get("metadata");
            String name = meta == null ? "?" : String.valueOf(meta.get("name"));
            Strict strict = BUILT_IN.get(id);
            if (strict != null) {
                JsonElement json = GSON.toJsonTree(d);
                try {
                    strict.parse(json.toString());
                } catch (RuntimeException | IOException e) {
                    problems.add(id + " " + name + ": " + e.getMessage());
                }
                n++;
            } else if (RETIRED.contains(apiVersion)) {
                n++; // valid for the Kubernetes versions that select this template; no current model to parse with
            } else {
                String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
                if (!crdKinds.contains(group + "/" + kind) && !CRDS_FROM_OTHER_ADDONS.contains(group)) {
                    problems.add(id + " " + name + ": neither a built-in kind nor defined by a CRD in the manifest");
                }
                n++;
            }
        }
        return n;
    }
}
