package dev.podnet.manifests.cilium;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hubble with Cilium 1.8 at kops 1.20: kops renders its k8s-1.12-v1.8 template, which carries the hubble-relay
 * Service and Deployment as kops 1.19's does (no TLS, no PKI); only its k8s-1.12-v1.9 template fails on Hubble
 * (docs/release-boundaries.md, row hubble-v1.9-template.build). The specs and kops' answers are in
 * {@code oracle-cilium-hubble-1.20} (kops-oracle v1.20.0 on each spec).
 */
class CiliumHubbleAt120Test {

    private static final String DIR = "/oracle-cilium-hubble-1.20/";

    static Stream<String[]> answers() {
        List<String[]> rows = new ArrayList<>();
        for (String line : read("answers.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows.stream();
    }

    private static String read(String name) {
        try (InputStream in = CiliumHubbleAt120Test.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RenderedAddon render(String kopsRelease, String specName) {
        List<RenderedAddon> addons = Podnet.forRelease(kopsRelease).render(ClusterYaml.read(read(specName))).addons();
        assertThat(addons).hasSize(1);
        return addons.get(0);
    }

    @Test
    void theFixtureHasHubbleVariants() {
        assertThat(answers()).hasSize(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void manifestHashAsKops(String name, String release, String addon, String hash) {
        RenderedAddon a = render(release, name + ".yaml");
        assertThat(a.addonKey() + "/" + a.templateId()).isEqualTo(addon);
        assertThat(a.manifestHash()).isEqualTo(hash);
    }

    @Test
    void relayServiceAndDeploymentWithoutTlsOrPki() {
        RenderedAddon a = render("v1.20.0", "hubble-v1.8.4-k8s-1.20.yaml");
        List<KubeObject> objects = KopsYaml.parse(a.yaml());
        assertThat(objects).anyMatch(o -> o.kind().equals("Service") && o.name().equals("hubble-relay"));
        KubeObject relay = objects.stream().filter(o -> o.kind().equals("Deployment") && o.name().equals("hubble-relay"))
                .findFirst().orElseThrow();
        assertThat(relay.container("hubble-relay").orElseThrow().get("image")).isEqualTo("docker.io/cilium/hubble-relay:v1.8.4");
        assertThat(objects).noneMatch(o -> o.kind().equals("Certificate"));
        assertThat(a.channelEntry().needsPKI()).isEmpty();
        assertThat(a.yaml()).doesNotContain("hubble-tls");
    }
}
