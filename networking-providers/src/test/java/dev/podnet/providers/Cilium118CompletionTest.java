package dev.podnet.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.Networking;
import dev.podnet.api.Subnet;
import dev.podnet.api.ValidationMode;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.provider.CiliumSpec;
import dev.podnet.api.provider.HubbleSpec;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cilium's completion at kops 1.18 (docs/release-boundaries.md): kops 1.18 has no CiliumOptionsBuilder (spec notes,
 * Cilium defaults "v1.19+"), so nothing is defaulted, the version included (the templates fall back to their own image
 * tags); {@code enableRemoteNodeIdentity} is a plain bool (an explicit false is unset), {@code hubble} and
 * {@code enableEncryption} are fields kops 1.19 added (dropped by kops 1.18's decoder), and {@code ipam} takes crd or
 * eni only.
 */
class Cilium118CompletionTest {
    private static final KopsNetworkingEngine E = new KopsNetworkingEngine();
    private static final KopsVersion KOPS_118 = KopsVersion.of("1.18.0");
    private static final KopsVersion KOPS_119 = KopsVersion.of("1.19.0");

    private static Cluster cluster(CiliumSpec spec) {
        return Cluster.builder().name("minimal.example.com").kubernetesVersion("1.14.11").cloud(Cloud.AWS)
                .networking(Networking.builder().provider(spec).networkCIDR("172.20.0.0/16").nonMasqueradeCIDR("100.64.0.0/10")
                        .addSubnets(Subnet.builder().name("us-test-1a").zone("us-test-1a").cidr("172.20.32.0/19")
                                .type("Public").build()).build())
                .build();
    }

    private static CiliumSpec completed(CiliumSpec spec, KopsVersion release) {
        return E.complete(cluster(spec), release).cluster().networking().provider(CiliumSpec.class).orElseThrow();
    }

    @Test
    void nothingIsDefaultedAtKops118() {
        CiliumSpec done = completed(CiliumSpec.builder().build(), KOPS_118);
        assertThat(done.version()).isEmpty();
        assertThat(done.ipam()).isEmpty();
        assertThat(done.enableRemoteNodeIdentity()).isEmpty();
        assertThat(done.tunnel()).isEmpty();
        assertThat(done.monitorAggregation()).isEmpty();
        assertThat(done.hubble()).isEmpty();
        // kops 1.19 defaults them (kops-oracle 1.19: v1.8.6 for Kubernetes 1.14.11, the pointer true, Hubble off)
        CiliumSpec at119 = completed(CiliumSpec.builder().build(), KOPS_119);
        assertThat(at119.version()).contains("v1.8.6");
        assertThat(at119.enableRemoteNodeIdentity()).contains(true);
        assertThat(at119.hubble()).isPresent();
    }

    @Test
    void enableRemoteNodeIdentityIsAPlainBoolAtKops118() {
        assertThat(completed(CiliumSpec.builder().enableRemoteNodeIdentity(false).build(), KOPS_118).enableRemoteNodeIdentity())
                .isEmpty();
        assertThat(completed(CiliumSpec.builder().enableRemoteNodeIdentity(true).build(), KOPS_118).enableRemoteNodeIdentity())
                .contains(true);
        assertThat(completed(CiliumSpec.builder().enableRemoteNodeIdentity(false).build(), KOPS_119).enableRemoteNodeIdentity())
                .contains(false);
    }

    @Test
    void hubbleAndEncryptionAreUnknownAtKops118() {
        CiliumSpec spec = CiliumSpec.builder().hubble(HubbleSpec.builder().enabled(true).build()).enableEncryption(true).build();
        CiliumSpec at118 = completed(spec, KOPS_118);
        assertThat(at118.hubble()).isEmpty();
        assertThat(at118.enableEncryption()).isEmpty();
        CiliumSpec at119 = completed(spec, KOPS_119);
        assertThat(at119.hubble().flatMap(HubbleSpec::enabled)).contains(true);
        assertThat(at119.enableEncryption()).contains(true);
        assertThat(E.undecodedFields(KOPS_118)).contains("spec.networking.cilium.hubble", "spec.networking.cilium.enableEncryption");
        assertThat(E.undecodedFields(KOPS_119)).doesNotContain("spec.networking.cilium.hubble");
    }

    private static List<String> ciliumErrors(CiliumSpec spec, KopsVersion release) {
        Diagnostics d = E.validate(cluster(spec), release, ValidationMode.STRICT);
        return d.errors().stream().map(e -> e.line()).filter(l -> l.contains("cilium")).toList();
    }

    @Test
    void ipamTakesCrdOrEniOnlyAtKops118() {
        assertThat(ciliumErrors(CiliumSpec.builder().ipam("hostscope").build(), KOPS_118))
                .anySatisfy(l -> assertThat(l).startsWith("spec.networking.cilium.ipam: Unsupported value"));
        assertThat(ciliumErrors(CiliumSpec.builder().ipam("hostscope").build(), KOPS_119)).isEmpty();
        assertThat(ciliumErrors(CiliumSpec.builder().ipam("crd").build(), KOPS_118)).isEmpty();
        assertThat(ciliumErrors(CiliumSpec.builder().build(), KOPS_118)).isEmpty();
        // no version rule at kops 1.18: any version renders both templates
        assertThat(ciliumErrors(CiliumSpec.builder().version("v1.10.0").build(), KOPS_118)).isEmpty();
        assertThat(ciliumErrors(CiliumSpec.builder().version("v1.10.0").build(), KOPS_119)).isNotEmpty();
    }
}
