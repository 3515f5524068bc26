package dev.podnet.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.api.provider.AmazonVpcSpec;
import dev.podnet.api.provider.CanalSpec;
import dev.podnet.api.provider.CiliumSpec;
import org.junit.jupiter.api.Test;

/**
 * A provider field spelled as v1alpha3 has it is completed as kops writes its completed spec, in v1alpha2 and
 * from its internal type's one field (kops-oracle 1.30, 1.33.1 and 1.36 on v1alpha3 documents): Cilium's
 * {@code masquerade: false} becomes {@code disableMasquerade: true}, {@code installIptablesRules: false}
 * {@code IPTablesRulesNoinstall: true} (and the default {@code enableL7Proxy} is then refused), Canal's
 * {@code flanneldIptablesForwardRules: false} {@code disableFlannelForwardRules: true}.
 */
class V1alpha3SpellingCompletionTest {
    private static Cluster completed(String release, String provider) {
        Podnet p = Podnet.forRelease(release);
        return p.complete(p.read(MinimalClusters.v1alpha3("1.32.1", provider))).cluster();
    }

    @Test
    void ciliumMasqueradeFalseCompletesAsDisableMasqueradeTrue() {
        CiliumSpec c = (CiliumSpec) completed("1.33.1", "    cilium:\n      masquerade: false").networking().provider().orElseThrow();
        assertThat(c.disableMasquerade()).contains(true);
        assertThat(c.masquerade()).isEmpty();
    }

    @Test
    void ciliumMasqueradeTrueWithEniCompletesAsDisableMasqueradeFalse() {
        CiliumSpec c = (CiliumSpec) completed("1.30.0", "    cilium:\n      ipam: eni\n      masquerade: true").networking()
                .provider().orElseThrow();
        assertThat(c.disableMasquerade()).contains(false);
        assertThat(c.masquerade()).isEmpty();
    }

    @Test
    void ciliumInstallIptablesRulesFalseRefusesTheDefaultL7Proxy() {
        Podnet p = Podnet.forRelease("1.33.1");
        Cluster done = p.complete(p.read(MinimalClusters.v1alpha3("1.32.1", "    cilium:\n      installIptablesRules: false"))).cluster();
        CiliumSpec c = (CiliumSpec) done.networking().provider().orElseThrow();
        assertThat(c.iptablesRulesNoinstall()).contains(true);
        assertThat(p.validate(done).errors()).anyMatch(d -> d.path().equals("spec.networking.cilium.enableL7Proxy")
                && d.detail().contains("Cilium L7 Proxy requires installIptablesRules"));
    }

    @Test
    void canalForwardRulesFalseCompletesAsDisableFlannelForwardRulesTrue() {
        CanalSpec c = (CanalSpec) completed("1.33.1", "    canal:\n      flanneldIptablesForwardRules: false").networking()
                .provider().orElseThrow();
        assertThat(c.disableFlannelForwardRules()).contains(true);
        assertThat(c.flanneldIptablesForwardRules()).isEmpty();
    }

    @Test
    void amazonVpcImageCompletesAsImageName() {
        AmazonVpcSpec a = (AmazonVpcSpec) completed("1.36.0", "    amazonVPC:\n      image: example.com/cni:1").networking()
                .provider().orElseThrow();
        assertThat(a.imageName()).contains("example.com/cni:1");
        assertThat(a.image()).isEmpty();
    }
}
