package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.Cluster;
import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.ErrorType;
import org.junit.jupiter.api.Test;

class ClusterYamlBadInputTest {
    private static final String HEAD = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n";

    private static ClusterYamlException fail(String yaml) {
        try {
            ClusterYaml.load(yaml);
        } catch (ClusterYamlException e) {
            return e;
        }
        throw new AssertionError("expected a ClusterYamlException for:\n" + yaml);
    }

    @Test
    void malformedYamlGivesLineAndColumn() {
        ClusterYamlException e = fail(HEAD + "  networking:\n    calico: {mtu: 1440\n  cloudProvider: aws\n");
        assertThat(e.problems()).hasSize(1);
        YamlProblem p = e.problems().get(0);
        assertThat(p.line()).isGreaterThanOrEqualTo(7);
        assertThat(p.column()).isPositive();
        assertThat(p.message()).startsWith("malformed YAML");
        assertThat(e.getMessage()).contains("line " + p.line() + ", column " + p.column());
    }

    @Test
    void aSurrogateEscapeIsRefusedAsKopsRefusesIt() {
        // kops-oracle 1.19 and 1.36: "yaml: line N: found invalid Unicode character escape code", for a pair and a lone
        // surrogate alike; an 8-digit escape of the same character is read
        String bs = "\\";
        for (String escape : java.util.List.of(bs + "ud83d" + bs + "ude00", bs + "ud83d", bs + "U0000DE00",
                bs + "uDFFF")) {
            ClusterYamlException e = fail(HEAD + "  cloudProvider: aws\n  channel: \"a" + escape + "\"\n");
            assertThat(e.problems()).as(escape).singleElement().satisfies(p -> {
                assertThat(p.message()).startsWith("malformed YAML: found invalid Unicode character escape code " + escape.substring(0,
                        escape.charAt(1) == 'U' ? 10 : 6));
                assertThat(p.line()).isEqualTo(7);
            });
        }
        assertThat(fail(HEAD + "  cloudProvider: aws\n  networking:\n    calico: {\"mtu" + bs + "ud800\": 1}\n").problems())
                .as("in a key, in flow style").singleElement()
                .satisfies(p -> assertThat(p.message()).contains("invalid Unicode character escape code"));
        Cluster read = ClusterYaml.load(HEAD + "  cloudProvider: aws\n  channel: \"" + bs + "U0001F600 " + bs + "ud7ff " + bs + "ue000\"\n"
                + "  configBase: '" + bs + "ud83d'\n").cluster();
        assertThat(read.extraSpec()).containsEntry("channel", "\uD83D\uDE00 \uD7FF \uE000").containsEntry("configBase", bs + "ud83d");
    }

    /**
     * A cluster built in Java can hold a lone surrogate, which no UTF-8 text (and so no kops spec) can: writing
     * refuses it with its path instead of writing an escape that kops' reader, and podnet's, refuse; a pair is
     * written as its character and reads back equal.
     */
    @Test
    void aLoneSurrogateBuiltInJavaIsNotWritten() {
        Cluster read = ClusterYaml.load(HEAD + "  cloudProvider: aws\n  networking:\n    calico: {}\n").cluster();
        Cluster lone = Cluster.builder().from(read).putExtraSpec("channel", "ab\uD83D").build();
        assertThatThrownBy(() -> ClusterYaml.write(lone)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spec.channel: the value holds a lone surrogate (\\uD83D at index 2), which is not a Unicode"
                        + " character: a kops spec is UTF-8 text and cannot hold it");
        Cluster inKey = Cluster.builder().from(read).putExtraSpec("x", java.util.Map.of("k\uDE00", "v")).build();
        assertThatThrownBy(() -> ClusterYaml.write(ClusterYaml.load(ClusterYaml.write(read)).withCluster(inKey)))
                .hasMessageStartingWith("spec.x.k\uDE00: the key holds a lone surrogate (\\uDE00 at index 1)");
        Cluster pair = Cluster.builder().from(read).putExtraSpec("channel", "ab\uD83D\uDE00").build();
        assertThat(ClusterYaml.load(ClusterYaml.write(pair)).cluster()).isEqualTo(pair);
    }

    @Test
    void wrongTypeGivesTheFieldPath() {
        ClusterYamlException e = fail(HEAD + "  networking:\n    calico:\n      mtu: abc\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("spec.networking.calico.mtu");
            assertThat(p.message()).isEqualTo("expected an integer, got \"abc\"");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isEqualTo(12);
        });
        assertThat(e.getMessage()).contains("spec.networking.calico.mtu: expected an integer, got \"abc\"");
    }

    @Test
    void everyWrongTypeIsReportedNotOnlyTheFirst() {
        ClusterYamlException e = fail(HEAD + "  nonMasqueradeCIDR: [a]\n  networking:\n    calico:\n      mtu: x\n"
                + "      bpfEnabled: maybe\n  subnets:\n  - name: a\n    cidr: 5\n");
        assertThat(e.problems()).extracting(YamlProblem::path).containsExactly("spec.nonMasqueradeCIDR",
                "spec.networking.calico.mtu", "spec.networking.calico.bpfEnabled", "spec.subnets[0].cidr");
    }

    @Test
    void outOfRangeIntegerIsAnError() {
        ClusterYamlException e = fail(HEAD + "  networking:\n    calico:\n      mtu: 99999999999\n");
        assertThat(e.problems().get(0).message()).contains("out of range");
    }

    @Test
    void aliasBombIsRejectedQuickly() {
        StringBuilder b = new StringBuilder(HEAD + "  a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 40; i++) {
            b.append("  a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            b.append("]\n");
        }
        long start = System.nanoTime();
        ClusterYamlException e = fail(b.toString());
        assertThat(e.getMessage()).containsIgnoringCase("alias");
        // Not a timing assertion on speed, only that it did not expand 9^40 values.
        assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    }

    @Test
    void deepNestingIsRejected() {
        String deep = HEAD + "  x: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        ClusterYamlException e = fail(deep);
        assertThat(e.getMessage()).contains("nesting deeper than 64");
    }

    @Test
    void hugeDocumentIsRejected() {
        YamlLimits small = new YamlLimits(0, 8, 1000, 10);
        assertThatThrownBy(() -> ClusterYaml.load(HEAD + "  x: " + "y".repeat(2000) + "\n", small))
                .isInstanceOf(ClusterYamlException.class).hasMessageContaining("too large");
    }

    @Test
    void noClusterDocumentIsAnError() {
        assertThat(fail("apiVersion: kops.k8s.io/v1alpha2\nkind: InstanceGroup\nmetadata: {name: a}\n").getMessage())
                .contains("no document with kind: Cluster");
    }

    @Test
    void missingNameIsAnError() {
        assertThat(fail("apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nspec: {}\n").problems())
                .extracting(YamlProblem::path).containsExactly("metadata.name");
    }

    @Test
    void unsupportedApiVersionIsAnError() {
        assertThat(fail("apiVersion: kops.k8s.io/v1\nkind: Cluster\nmetadata: {name: a}\n").getMessage())
                .contains("unsupported apiVersion");
    }

    @Test
    void duplicateKeysAreNoErrorTheLastWinsAsInKops() {
        // kops-oracle v1.19.0 to v1.36.0: the last value of a key written twice is read (DuplicateAndMergeKeysTest)
        String out = ClusterYaml.write(ClusterYaml.load(HEAD + "  podCIDR: 10.0.0.0/8\n  podCIDR: 10.0.0.0/9\n").cluster());
        assertThat(out).contains("  podCIDR: 10.0.0.0/9\n").doesNotContain("10.0.0.0/8");
    }

    @Test
    void unknownProviderKeyIsReportedAndKept() {
        ClusterDocuments d = ClusterYaml.load(HEAD + "  networking:\n    frobnet: {a: 1}\n");
        assertThat(d.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("spec.networking.frobnet");
            assertThat(f.type()).isEqualTo(ErrorType.UNSUPPORTED);
            assertThat(f.detail()).contains("unknown networking provider \"frobnet\"");
        });
        assertThat(d.cluster().networking().provider()).isEmpty();
        assertThat(ClusterYaml.write(d.cluster())).contains("frobnet:\n      a: 1");
    }

    @Test
    void twoProvidersAreKeptForTheReleasesOneProviderRule() {
        ClusterDocuments d = ClusterYaml.load(HEAD + "  networking:\n    calico: {}\n    cilium: {}\n");
        // reading is release-independent; whether two providers are allowed is the release's rule
        // (kops up to 1.31 accepts calico beside cni: {}), so the reader reports nothing
        assertThat(d.findings().all()).isEmpty();
        // The model holds one provider; the other is kept and written back.
        assertThat(d.cluster().networking().providerKind()).hasValueSatisfying(k -> assertThat(k.key()).isEqualTo("calico"));
        assertThat(ClusterYaml.write(d.cluster())).contains("cilium: {}");
    }
}
