package dev.podnet.insight.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.Podnet;
import dev.podnet.api.Cluster;
import dev.podnet.Completion;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.Corpus;
import dev.podnet.corpus.CorpusCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** explain: every networking value of a completed spec with who set it; describe: a field's documentation and defaults. */
class ExplainerTest {
    private static final String CALICO = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: calico.example.com
            spec:
              cloudProvider: aws
              kubernetesVersion: 1.30.2
              networkCIDR: 172.20.0.0/16
              networking:
                calico:
                  mtu: 1440
              subnets:
              - cidr: 172.20.32.0/19
                name: us-east-1a
                type: Public
                zone: us-east-1a
            """;

    private final Explainer explainer = Explainer.create();

    private Map<String, FieldOrigin> byPath(Explanation e) {
        return e.fields().stream().collect(Collectors.toMap(FieldOrigin::path, f -> f, (a, b) -> b));
    }

    @Test
    void userValuesAndDefaultsAreTold() {
        Explanation e = explainer.explain(Podnet.forRelease("1.30.0"), ClusterYaml.read(CALICO));
        Map<String, FieldOrigin> f = byPath(e);
        assertThat(e.release()).isEqualTo(KopsVersion.of("1.30.0"));
        assertThat(f.get("spec.networking.calico.mtu").source()).isEqualTo(ValueSource.USER);
        assertThat(f.get("spec.networking.calico.mtu").value()).isEqualTo("1440");
        assertThat(f.get("spec.subnets[0].cidr").source()).isEqualTo(ValueSource.USER);
        FieldOrigin encapsulation = f.get("spec.networking.calico.encapsulationMode");
        assertThat(encapsulation.source()).isEqualTo(ValueSource.DEFAULT);
        assertThat(encapsulation.value()).isEqualTo("ipip");
        assertThat(encapsulation.rule()).contains("calico.encapsulation-mode");
        assertThat(encapsulation.releases()).isPresent();
        assertThat(encapsulation.line()).startsWith("spec.networking.calico.encapsulationMode = ipip  [default calico.encapsulation-mode (kops >=");
        assertThat(f.get("spec.nonMasqueradeCIDR").source()).isEqualTo(ValueSource.DEFAULT);
        assertThat(f.get("spec.kubeControllerManager.clusterCIDR").rule()).contains("cluster.kcm-cluster-cidr");
        assertThat(f.keySet()).allMatch(p -> p.startsWith("spec."));
    }

    /**
     * On kops' corpus every value of a completed spec is told: written by the user or set by a named
     * rule; a value completion sets without a rule would be COMPLETION, and there is none.
     */
    @Test
    void everyValueOfTheCorpusCompletionsHasAnOrigin() {
        Corpus corpus = Corpus.kops();
        List<String> unexplained = new ArrayList<>();
        int values = 0;
        for (CorpusCase c : corpus.cases(x -> x.source().equals("update_cluster"))) {
            Cluster input;
            Completion done;
            try {
                input = ClusterYaml.read(corpus.read(c.input()));
                done = Podnet.forRelease(c.kopsRelease()).complete(input);
            } catch (RuntimeException refused) {
                continue; // an input podnet refuses has nothing to explain
            }
            Explanation e = explainer.explain(input, done);
            values += e.fields().size();
            e.from(ValueSource.COMPLETION).forEach(f -> unexplained.add(c.id() + " " + f.line()));
            for (FieldOrigin f : e.from(ValueSource.DEFAULT)) assertThat(f.rule()).as(f.path()).isPresent();
        }
        assertThat(values).isGreaterThan(500);
        assertThat(unexplained).isEmpty();
    }

    @Test
    void describeGivesTheDocumentationAndTheDefaultAtEveryRelease() {
        FieldDescription d = explainer.describe("spec.networking.calico.encapsulationMode");
        assertThat(d.doc().type()).isEqualTo("string");
        assertThat(d.doc().allowedAt(KopsVersion.of("1.30.0"))).contains("ipip", "vxlan", "none");
        assertThat(d.defaults()).hasSizeGreaterThan(10);
        assertThat(d.defaults()).filteredOn(r -> r.release().isAtLeast("1.22"))
                .allSatisfy(r -> assertThat(r.value()).contains("ipip"));
        assertThat(d.rules()).contains("calico.encapsulationMode", "calico.encapsulation-mode");
    }

    @Test
    void describeAcceptsKopsSpellingsAndRefusesUnknownFields() {
        assertThat(explainer.describe("spec.networking.podCIDR").doc().path()).isEqualTo("spec.podCIDR");
        assertThat(explainer.describe("spec.networking.podCIDR").defaults()).anySatisfy(r -> assertThat(r.value()).isPresent());
        assertThatThrownBy(() -> explainer.describe("spec.networking.calico.colour"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no networking field");
    }
}
