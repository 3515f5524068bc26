package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cloud;
import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactFormatException;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import org.junit.jupiter.api.Test;

/** cluster.yaml and create.yaml are read into typed rows; a bad row fails at load naming the file, the row and the reason. */
class ClusterFactsTest {
    private static final KopsVersion K122 = KopsVersion.of("1.22.0");

    @Test
    void shippedClusterTablesReadAsTypedRows() {
        ClusterFacts f = ClusterFacts.SHIPPED;
        assertThat(f.serviceRange().at(K122)).hasValueSatisfying(r -> assertThat(r.mode()).isEqualTo(ClusterFacts.ServiceMode.NON_MASQ_PLUS3_CAPPED));
        assertThat(f.serviceRange().at(KopsVersion.of("1.28.0")).orElseThrow().value()).hasValue("100.64.0.0/13");
        assertThat(f.impliedProvider().at(K122).orElseThrow()).hasValue(ProviderKind.KUBENET);
        assertThat(f.impliedProvider().at(KopsVersion.of("1.26.0")).orElseThrow()).isEmpty();
        assertThat(f.podRangeIpv6().at(KopsVersion.of("1.23.0"))).isEmpty();
        assertThat(f.networkCidrByCloud().get("aws").at(K122)).hasValue("172.20.0.0/16");
        assertThat(f.gce().ipAlias().at(KopsVersion.of("1.29.0")).orElseThrow().service()).hasValue(16);
    }

    @Test
    void shippedCreateTablesReadAsTypedRows() {
        CreateFacts f = CreateFacts.SHIPPED;
        assertThat(f.namesAt(KopsVersion.of("1.28.0"))).extracting(CreateFacts.NetworkingName::name).doesNotContain("weave").contains("gcp");
        assertThat(f.layout(Cloud.GCE)).isEqualTo(CreateFacts.SubnetLayout.REGION);
        assertThat(f.layout(Cloud.AWS)).isEqualTo(CreateFacts.SubnetLayout.ZONE);
        CreateFacts.NetworkingName etcd = f.names().stream().filter(n -> n.name().equals("cilium-etcd")).findFirst().orElseThrow();
        assertThat(etcd.effects()).extracting(CreateFacts.Effect::kind).contains(CreateFacts.EffectKind.ETCD_CLUSTER);
    }

    @Test
    void unknownServiceModeFailsAtLoadWithRowAndReason() {
        String yaml = table("serviceClusterIPRange:\n  \"1.18\": {mode: nonMasqPlus4}\n");
        assertThatThrownBy(() -> ClusterFacts.read(FactDocument.parse("cluster.yaml", yaml).root()))
                .isInstanceOf(FactFormatException.class)
                .hasMessageContaining("cluster.yaml").hasMessageContaining("serviceClusterIPRange.\"1.18\"")
                .hasMessageContaining("unknown serviceClusterIPRange mode nonMasqPlus4");
    }

    @Test
    void fixedServiceRangeWithoutValueFailsAtLoad() {
        String yaml = table("serviceClusterIPRange:\n  \"1.18\": {mode: fixed}\n");
        assertThatThrownBy(() -> ClusterFacts.read(FactDocument.parse("cluster.yaml", yaml).root()))
                .isInstanceOf(FactFormatException.class).hasMessageContaining("value is required with mode fixed");
    }

    @Test
    void unknownCreateEffectFailsAtLoadNamingTheRow() {
        String yaml = "defaultNetworking: {\"1.18\": kubenet}\nsubnetLayout: {default: zone}\n"
                + "names:\n  - {name: kubenet, key: kubenet}\n  - {name: x, key: calico, effects: [{effect: explode}]}\n";
        assertThatThrownBy(() -> CreateFacts.read(FactDocument.parse("create.yaml", yaml).root()))
                .isInstanceOf(FactFormatException.class)
                .hasMessageContaining("create.yaml").hasMessageContaining("names[1].effects[0]").hasMessageContaining("unknown create effect explode");
    }

    @Test
    void unknownProviderKeyFailsAtLoad() {
        String yaml = "subnetLayout: {default: zone}\nnames:\n  - {name: foo, key: nosuch}\n";
        assertThatThrownBy(() -> CreateFacts.read(FactDocument.parse("create.yaml", yaml).root()))
                .isInstanceOf(FactFormatException.class).hasMessageContaining("names[0].key").hasMessageContaining("unknown provider nosuch");
    }

    /** A minimal cluster.yaml: the two tables every reader needs, then {@code rows}. */
    private static String table(String rows) {
        return "gce: {range: 10.0.0.0/8}\nkcm: {configureCloudRoutesProviders: [kubenet], ipv6OnlyNoAllocate: \"1.23\", "
                + "gceExternalCcmNoAllocate: \"1.27\"}\n" + rows;
    }
}
