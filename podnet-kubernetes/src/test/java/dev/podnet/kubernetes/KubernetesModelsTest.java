package dev.podnet.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cluster;
import dev.podnet.Podnet;
import dev.podnet.api.render.ContainerView;
import dev.podnet.api.render.ManifestView;
import dev.podnet.api.render.ObjectView;
import dev.podnet.api.render.RenderStyle;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1EnvVar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every object of every corpus render (kops' completed specs, both styles) converts to its official
 * Kubernetes model where the models have one, with the same kind and name, and the typed view
 * ({@link ManifestView}) reads the same containers, images and env as the model.
 */
class KubernetesModelsTest {
    private static final Corpus CORPUS = Corpus.kops();

    static Stream<CorpusCase> cases() {
        Set<String> seen = new HashSet<>();
        return CORPUS.cases(c -> c.completedSpec() != null && !c.manifests().isEmpty()).stream()
                .filter(c -> seen.add(c.completedSpec() + c.kopsTag()));
    }

    @Test
    void coversEveryCorpusCaseWithAManifestAndACompletedSpec() {
        assertThat(cases().count()).isEqualTo(214);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRenderedObjectConverts(CorpusCase c) {
        Cluster completed = ClusterYaml.read(CORPUS.read(c.completedSpec()));
        Podnet podnet = Podnet.forRelease(KopsVersion.of(c.kopsRelease()));
        List<String> problems = new ArrayList<>();
        int objects = 0;
        for (RenderStyle style : RenderStyle.values()) {
            List<RenderedAddon> addons;
            try {
                addons = podnet.render(completed, style).addons();
            } catch (RuntimeException e) {
                continue; // a case podnet cannot render is the conformance tests' business
            }
            for (RenderedAddon a : addons) {
                assertThat(a.manifest().objects()).hasSize((int) a.documents().stream().filter(d -> d != null).count());
                for (ObjectView o : a.manifest().objects()) {
                    objects++;
                    try {
                        KubernetesModels.toModel(o).ifPresent(m -> check(o, m, problems));
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).as(c.id()).isEmpty();
        assertThat(objects).isPositive();
    }

    private static void check(ObjectView o, KubernetesObject model, List<String> problems) {
        if (!o.kind().equals(model.getKind()) || !o.name().equals(model.getMetadata().getName())) {
            problems.add(o + " became " + model.getKind() + " " + model.getMetadata().getName());
        }
        if (model instanceof V1DaemonSet ds) {
            List<V1Container> containers = ds.getSpec().getTemplate().getSpec().getContainers();
            List<ContainerView> views = o.containers();
            if (containers.size() != views.size()) problems.add(o + ": containers " + views.size() + " vs " + containers.size());
            for (int i = 0; i < Math.min(containers.size(), views.size()); i++) {
                V1Container m = containers.get(i);
                ContainerView v = views.get(i);
                if (!m.getName().equals(v.name()) || !String.valueOf(m.getImage()).equals(v.image().orElse("null"))) {
                    problems.add(o + ": container " + v.name() + " differs from the model");
                }
                for (V1EnvVar e : m.getEnv() == null ? List.<V1EnvVar>of() : m.getEnv()) {
                    if (e.getValue() != null && !e.getValue().equals(v.env().get(e.getName()))) {
                        problems.add(o + ": env " + e.getName() + " differs from the model");
                    }
                }
            }
        }
    }

    @Test
    void calicoNodePoolCidrReadsWithoutReparsing() {
        CorpusCase c = cases().filter(k -> k.id().equals("v1.30.0/privatecalico")).findFirst().orElseThrow();
        Cluster completed = ClusterYaml.read(CORPUS.read(c.completedSpec()));
        RenderedAddon calico = Podnet.forRelease(KopsVersion.of(c.kopsRelease())).render(completed).addons().stream()
                .filter(a -> a.addonKey().equals("networking.projectcalico.org")).findFirst().orElseThrow();
        ObjectView node = calico.manifest().get("DaemonSet", "calico-node");
        assertThat(node.container("calico-node").flatMap(k -> k.env("CALICO_IPV4POOL_CIDR")))
                .contains(completed.networking().podCIDR().orElseThrow());
        assertThat(node.images()).allSatisfy(i -> assertThat(i).contains("calico/"));
        assertThat(calico.manifest().images()).containsAll(node.images());
        assertThat(node.volumes()).isNotEmpty();
        assertThat(calico.manifest().get("ConfigMap", "calico-config").data()).containsKey("cni_network_config");
        V1DaemonSet model = KubernetesModels.as(node, V1DaemonSet.class);
        assertThat(model.getSpec().getTemplate().getSpec().getContainers()).extracting(V1Container::getName)
                .containsExactlyElementsOf(node.containers().stream().map(ContainerView::name).toList());
        assertThat(node.get("spec.template.spec.containers[0].name")).contains("calico-node");
        assertThat(node.get("metadata.labels[\"k8s-app\"]")).contains("calico-node");
        assertThat(node.tree()).isInstanceOf(Map.class);
    }
}
