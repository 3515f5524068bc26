package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Duplicate keys and merge keys ({@code <<}) are read as kops reads them (go-yaml v2 into maps, then
 * JSON). Every rule here was checked with kops-oracle at kops v1.19.0, v1.24.0, v1.30.0, v1.33.1 and
 * v1.36.0 on a Cluster spec holding the same construct (under {@code spec.networking.calico} for the
 * merges); the five releases give the same answer for each, so the rules carry no release data.
 */
class DuplicateAndMergeKeysTest {
    private static final String HEAD = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\n";
    private static final String ANCHORS = HEAD + """
            xdefs:
              a: &a {mtu: 1400, typhaReplicas: 2}
              b: &b {mtu: 1500, typhaReplicas: 3, crossSubnet: true}
              c: &c {<<: *a, crossSubnet: true}
              s: &s 7
              l: &l [1, 2]
            spec:
              networking:
                calico:
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(String yaml) {
        return (Map<String, Object>) ClusterYaml.toMap(ClusterYaml.read(yaml)).get("spec");
    }

    /** {@code spec.networking.calico} as read from the calico block {@code body} (lines at six spaces). */
    private static Object calico(String body) {
        String indented = ("      " + body.strip().replace("\n", "\n      ")) + "\n";
        Map<?, ?> net = (Map<?, ?>) spec(ANCHORS + indented).get("networking");
        return net.get("calico");
    }

    private static String refusal(String body) {
        String indented = ("      " + body.strip().replace("\n", "\n      ")) + "\n";
        ClusterYamlException e = (ClusterYamlException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ClusterYaml.read(ANCHORS + indented));
        assertThat(e).as("refused").isNotNull();
        return e.problems().get(0).toString();
    }

    @Test
    void aDuplicateKeyKeepsItsLastValueAtEveryLevel() {
        String yaml = HEAD + """
                spec:
                  serviceClusterIPRange: 100.72.0.0/16
                  networking:
                    calico:
                      mtu: 1400
                      typhaReplicas: 1
                      mtu: 1500
                  serviceClusterIPRange: 100.73.0.0/16
                metadata:
                  name: other.example.com
                """;
        ClusterDocuments d = ClusterYaml.load(yaml);
        assertThat(d.cluster().name()).isEqualTo("other.example.com");
        Map<String, Object> spec = spec(yaml);
        assertThat(spec.get("serviceClusterIPRange")).isEqualTo("100.73.0.0/16");
        assertThat(spec.get("networking")).isEqualTo(Map.of("calico", Map.of("mtu", 1500, "typhaReplicas", 1)));
    }

    @Test
    void aDuplicateReplacesTheWholeValueWhateverItsKind() {
        // no deep merge of two mappings; a mapping may replace a scalar and the reverse
        Map<String, Object> spec = spec(HEAD + """
                spec:
                  networking: calico
                  networking:
                    calico:
                      mtu: 1400
                    calico:
                      typhaReplicas: 1
                  kubeDNS: x
                  kubeDNS:
                    provider: CoreDNS
                """);
        assertThat(spec.get("networking")).isEqualTo(Map.of("calico", Map.of("typhaReplicas", 1)));
        assertThat(spec.get("kubeDNS")).isEqualTo(Map.of("provider", "CoreDNS"));
        // kops then fails to decode the string as kubeProxy's object, as podnet does
        assertThatThrownBy(() -> ClusterYaml.read(HEAD + "spec:\n  kubeProxy:\n    enabled: true\n  kubeProxy: x\n"))
                .isInstanceOf(ClusterYamlException.class).hasMessage("line 8, column 14: spec.kubeProxy: expected a mapping, got \"x\"");
    }

    @Test
    void aMergeTakesItsPlaceInDocumentOrder() {
        // explicit keys after the merge win over it; a merge overrides explicit keys before it
        assertThat(calico("<<: *a\nmtu: 1600")).isEqualTo(Map.of("mtu", 1600, "typhaReplicas", 2));
        assertThat(calico("mtu: 1600\n<<: *a")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2));
        assertThat(calico("mtu: 1600\n<<: *a\ntyphaReplicas: 4")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 4));
        assertThat(calico("mtu: 1600\nmtu: 1700\n<<: *a")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2));
    }

    @Test
    void inAListOfMergeSourcesTheFirstWins() {
        assertThat(calico("<<: [*a, *b]")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2, "crossSubnet", true));
        assertThat(calico("<<: [*b, *a]")).isEqualTo(Map.of("mtu", 1500, "typhaReplicas", 3, "crossSubnet", true));
        assertThat(calico("<<: [{mtu: 1300}, *b]")).isEqualTo(Map.of("mtu", 1300, "typhaReplicas", 3, "crossSubnet", true));
        assertThat(calico("<<: [*a, *a]")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2));
        assertThat(calico("<<: []\nmtu: 1300")).isEqualTo(Map.of("mtu", 1300));
    }

    @Test
    void twoMergeKeysApplyInDocumentOrder() {
        assertThat(calico("<<: *a\n<<: *b")).isEqualTo(Map.of("mtu", 1500, "typhaReplicas", 3, "crossSubnet", true));
        assertThat(calico("<<: *b\n<<: *a")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2, "crossSubnet", true));
        assertThat(calico("<<: *a\nmtu: 1600\n<<: *b")).isEqualTo(Map.of("mtu", 1500, "typhaReplicas", 3, "crossSubnet", true));
    }

    @Test
    void mergeSourcesMayMergeInTurnAndBeWrittenInline() {
        assertThat(calico("<<: *c")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2, "crossSubnet", true));
        assertThat(calico("<<: [*c, *b]")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2, "crossSubnet", true));
        assertThat(calico("<<: {mtu: 1400}")).isEqualTo(Map.of("mtu", 1400));
        // the anchors themselves, an unknown field kops drops and podnet keeps, are read merged too
        assertThat(spec(ANCHORS + "      mtu: 1\n")).isNotNull();
        assertThat(ClusterYaml.toMap(ClusterYaml.read(ANCHORS + "      mtu: 1\n")).get("xdefs"))
                .isEqualTo(Map.of("a", Map.of("mtu", 1400, "typhaReplicas", 2),
                        "b", Map.of("mtu", 1500, "typhaReplicas", 3, "crossSubnet", true),
                        "c", Map.of("mtu", 1400, "typhaReplicas", 2, "crossSubnet", true), "s", 7, "l", java.util.List.of(1, 2)));
    }

    @Test
    void aMergeOfAnythingButMappingsIsRefusedAsKopsRefusesIt() {
        // kops: "Decode: yaml: map merge requires map or sequence of maps as the value"
        assertThat(refusal("<<: *s")).isEqualTo("line 14, column 7: malformed YAML: a merge key (<<) needs a mapping or a list"
                + " of mappings, got \"7\" (kops: map merge requires map or sequence of maps as the value)");
        assertThat(refusal("<<: null\nmtu: 1300")).contains("a merge key (<<) needs a mapping", "got null");
        assertThat(refusal("<<:\nmtu: 1300")).contains("a merge key (<<) needs a mapping", "got null");
        assertThat(refusal("<<: x")).contains("got \"x\"");
        assertThat(refusal("<<: *l")).contains("got \"1\"");
        assertThat(refusal("<<: [*a, 5]")).startsWith("line 14, column 7: ").contains("got \"5\"");
    }

    @Test
    void aQuotedMergeKeyIsAnOrdinaryKeyAndAMergeSignAValue() {
        // kops keeps cloudLabels {a: "<<"}; a quoted "<<" key is an unknown field there (dropped by kops, kept by podnet)
        Map<String, Object> spec = spec(HEAD + "spec:\n  cloudLabels:\n    a: <<\n  additionalSans:\n  - <<\n  x: {\"<<\": {a: 1}}\n");
        assertThat(spec.get("cloudLabels")).isEqualTo(Map.of("a", "<<"));
        assertThat(spec.get("additionalSans")).isEqualTo(java.util.List.of("<<"));
        assertThat(spec.get("x")).isEqualTo(Map.of("<<", Map.of("a", 1)));
        assertThat(ClusterYaml.write(ClusterYaml.read(HEAD + "spec:\n  x: {\"<<\": {a: 1}}\n"))).contains("'<<':");
    }

    @Test
    void theMergeTagMakesAMergeKeyOfAQuotedSignAndIsAStringAsAValue() {
        assertThat(calico("!!merge \"<<\": *a")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2));
        assertThat(calico("!!merge <<: *a\nmtu: 1")).isEqualTo(Map.of("mtu", 1, "typhaReplicas", 2));
        Map<String, Object> spec = spec(HEAD + "spec:\n  cloudLabels:\n    x: !!merge <<\n");
        assertThat(spec.get("cloudLabels")).isEqualTo(Map.of("x", "<<"));
        assertThat(refusal("x: !!merge y")).contains("the tag !!merge is not supported");
    }

    @Test
    void theNonSpecificTagMakesAMergeKeyOfAQuotedSignAndIsAStringAsAValue() {
        // kops-oracle v1.19.0 and v1.36.0: kubelet {! "<<": {maxPods: 7}} completes with maxPods 7, while
        // "<<" unquoted by a tag stays an ordinary key; libyaml marks a !-tagged scalar plain implicit
        assertThat(calico("! \"<<\": *a")).isEqualTo(Map.of("mtu", 1400, "typhaReplicas", 2));
        assertThat(calico("! '<<': *a\nmtu: 1")).isEqualTo(Map.of("mtu", 1, "typhaReplicas", 2));
        assertThat(calico("! <<: *b\n\"<<\": *a")).isEqualTo(Map.of("mtu", 1500, "typhaReplicas", 3, "crossSubnet", true,
                "<<", Map.of("mtu", 1400, "typhaReplicas", 2)));
        Map<String, Object> spec = spec(HEAD + "spec:\n  cloudLabels:\n    x: ! \"<<\"\n");
        assertThat(spec.get("cloudLabels")).isEqualTo(Map.of("x", "<<"));
        Map<String, Object> kubelet = spec(HEAD + "spec:\n  kubelet:\n    ! \"<<\": {maxPods: 7}\n    logLevel: 2\n");
        assertThat(kubelet.get("kubelet")).isEqualTo(Map.of("maxPods", 7, "logLevel", 2));
    }

    @Test
    void keysThatOnlyJsonMakesEqualAreRefusedForKopsPicksOneAtRandom() {
        // kops-oracle, cloudLabels {1: a, "1": b}: "1" was a in some runs and b in others, at every release
        assertThat(refusal("x: {1: a, \"1\": b}")).isEqualTo("line 14, column 17: malformed YAML: the keys 1 and \"1\" are"
                + " one key once kops reads them as JSON, and kops keeps either at random: write one");
        assertThat(refusal("x: {true: a, \"true\": b}")).contains("the keys true and \"true\"");
        assertThat(refusal("x: {<<: {1: a}, \"1\": b}")).contains("the keys 1 and \"1\"");
        // one spelling written twice is an ordinary duplicate: the last wins
        assertThat(calico("x: {1: a, 1: b, 'c': 1, \"c\": 2}")).isEqualTo(Map.of("x", Map.of("1", "b", "c", 2)));
    }

    @Test
    void theKopsWriterWritesTheMergedValuesOut() {
        String out = ClusterYaml.write(ClusterYaml.read(ANCHORS + "      <<: *b\n      mtu: 1600\n"));
        assertThat(out).doesNotContain("<<", "&", "*")
                .contains("    calico:\n      crossSubnet: true\n      mtu: 1600\n      typhaReplicas: 3\n");
    }
}
