package dev.podnet.manifests.amazonvpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.EnvVar;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.manifests.TestRendering;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code env} items as kops-oracle writes them into aws-node's env (oracle/amazonvpc-env.tsv's specs, manifests
 * compared by hand): an item without a name is written with an empty one; up to 1.21 every item is appended as
 * written, two of one name too; from 1.22 they are merged by name, the later one kept.
 */
class AmazonVpcEnvItemsTest {

    static List<RenderedAddon> render(String release, EnvVar... env) {
        Cluster c = Cluster.builder().name("minimal.example.com").kubernetesVersion("1.30.2").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(AmazonVpcSpec.builder().addEnv(env).build())
                        .networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("100.64.0.0/10").build())
                .build();
        return TestRendering.forRelease(KopsVersion.of(release)).render(c).addons();
    }

    /** aws-node's env entries (the user's items follow kops' list up to 1.21, sorted in among it from 1.22). */
    @SuppressWarnings("unchecked")
    static List<Object> awsNodeEnv(RenderedAddon addon) {
        for (Map<String, Object> doc : addon.documents()) {
            if (!"DaemonSet".equals(doc.get("kind"))) continue;
            Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("spec")).get("template")).get("spec");
            for (Object c : (List<Object>) spec.get("containers")) {
                Map<String, Object> container = (Map<String, Object>) c;
                if ("aws-node".equals(container.get("name"))) return (List<Object>) container.get("env");
            }
        }
        throw new AssertionError("no aws-node container");
    }

    static Map<String, Object> entry(String name, String value) {
        return Map.of("name", name, "value", value);
    }

    @Test
    void upTo121EveryItemIsAppendedAsWrittenANamelessOneWithAnEmptyName() {
        List<RenderedAddon> addons = render("1.21.0", EnvVar.builder().name("A").value("1").build(), EnvVar.builder().name("A").value("2").build(),
                EnvVar.builder().value("x").build());
        assertThat(addons).extracting(RenderedAddon::templateId).containsExactly("k8s-1.12", "k8s-1.16");
        for (RenderedAddon a : addons) {
            List<Object> env = awsNodeEnv(a);
            assertThat(env.subList(env.size() - 3, env.size())).containsExactly(entry("A", "1"), entry("A", "2"), entry("", "x"));
        }
    }

    /**
     * A deliberate difference: kops 1.21's k8s-1.12 template writes the name unquoted, so an empty one comes out as
     * {@code name: null} (kops-oracle 1.21; 1.19 and 1.20 fail their build on it, amazonvpc.env-name.build). podnet writes
     * {@code name: ""}, as kops' k8s-1.16 template does beside it: a null name is no env variable Kubernetes takes either.
     */
    @Test
    void kops121WritesANullNameInTheK8s112TemplatePodnetAnEmptyOne() {
        RenderedAddon old = render("1.21.0", EnvVar.builder().value("x").build()).get(0);
        assertThat(old.templateId()).isEqualTo("k8s-1.12");
        assertThat(old.yaml()).contains("- name: \"\"\n          value: x\n").doesNotContain("name: null");
    }

    @Test
    void from122ItemsAreMergedByNameTheLaterKept() {
        List<Object> env = awsNodeEnv(render("1.24.0", EnvVar.builder().name("WARM_IP_TARGET").value("1").build(),
                EnvVar.builder().name("WARM_IP_TARGET").value("2").build(), EnvVar.builder().value("x").build()).get(0));
        assertThat(env).contains(entry("", "x"), entry("WARM_IP_TARGET", "2")).doesNotContain(entry("WARM_IP_TARGET", "1"));
        assertThat(env.indexOf(entry("", "x"))).isZero();
    }
}
