package dev.podnet.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Alias bombs, recursive aliases and long scalars (issue 12, items 1 and 2): each is refused with
 * one finding (position where there is one) in bounded time, never an Error or a huge tree.
 */
class HostileYamlTest {
    private static final String HEAD = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: x.example.com\nspec:\n";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * CPU time of this thread: the machines that run the build are shared, so the bound is on the
     * work done, not on the wall clock.
     */
    static long cpu() { return THREADS.getCurrentThreadCpuTime(); }

    /** Loads and returns the only problem; fails if it loads, throws anything else, or takes more than {@code max}. */
    static YamlProblem refused(String yaml, YamlLimits limits, Duration max) {
        long start = cpu();
        Supplier<ClusterDocuments> load = () -> ClusterYaml.load(yaml, limits);
        try {
            load.get();
        } catch (ClusterYamlException e) {
            assertThat(Duration.ofNanos(cpu() - start)).isLessThan(max);
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected a ClusterYamlException");
    }

    static YamlProblem refused(String yaml) { return refused(yaml, YamlLimits.DEFAULT, Duration.ofSeconds(1)); }

    @Test
    void megabyteScalarAliasedFourThousandTimesIsRefusedAtTheTwentyFirstAlias() {
        StringBuilder b = new StringBuilder(HEAD).append("  additionalPolicies:\n    big: &big ")
                .append("x".repeat(250_000)).append("\n    copies: [");
        for (int i = 0; i < 4000; i++) b.append(i == 0 ? "" : ", ").append("*big");
        b.append("]\n");
        YamlProblem p = refused(b.toString());
        assertThat(p.toString()).isEqualTo("line 8, column " + (14 + 20 * 6)
                + ": too many aliases: more than 20 in the stream (kops documents use none)");
    }

    @Test
    void scalarAliasesCountTowardTheExpandedSize() {
        // 20 aliases (within the limit) of a 200,000-character scalar: 4 M characters expanded.
        StringBuilder b = new StringBuilder(HEAD).append("  big: &big ").append("x".repeat(200_000))
                .append("\n  copies: [");
        for (int i = 0; i < 20; i++) b.append(i == 0 ? "" : ", ").append("*big");
        b.append("]\n");
        YamlProblem p = refused(b.toString());
        assertThat(p.toString()).isEqualTo("line 1, column 1: document expands to more than 1048576 characters"
                + " once its aliases are expanded (alias bomb?)");
    }

    @Test
    void smallTextThatDoublesItsSizeAtEveryAliasIsRefused() {
        // 13 KB of text inside the alias limit that would expand to about 200 MB.
        YamlLimits many = new YamlLimits(100, 64, 1024 * 1024, 1000, 256 * 1024, 1024 * 1024);
        StringBuilder b = new StringBuilder(HEAD).append("  l0: &l0 \"").append("y".repeat(12_000)).append("\"\n");
        for (int i = 1; i <= 14; i++) {
            b.append("  l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        YamlProblem p = refused(b.toString(), many, Duration.ofSeconds(1));
        assertThat(p.message()).isEqualTo("document expands to more than 1048576 characters once its aliases"
                + " are expanded (alias bomb?)");
    }

    @Test
    void recursiveAliasInAListIsRefusedWithItsPosition() {
        YamlProblem p = refused(HEAD + "  a: &r [*r]\n");
        assertThat(p.toString()).isEqualTo("line 6, column 6: recursive alias: the node &r contains an alias to itself");
    }

    @Test
    void recursiveAliasInAMappingAndThroughAnotherNodeIsRefused() {
        assertThat(refused(HEAD + "  a: &r {b: *r}\n").message()).isEqualTo(
                "recursive alias: the node &r contains an alias to itself");
        assertThat(refused(HEAD + "  a: &r\n    b:\n    - c: [1, *r]\n").toString()).isEqualTo(
                "line 6, column 6: recursive alias: the node &r contains an alias to itself");
    }

    @Test
    void recursiveAliasUnderAKnownFieldIsRefusedToo() {
        assertThat(refused(HEAD + "  networking:\n    calico: &c {x: *c}\n").message())
                .startsWith("recursive alias");
        assertThat(refused(HEAD + "  subnets: &s [*s]\n").message()).startsWith("recursive alias");
        assertThat(refused("apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata: &m {name: a, x: *m}\n")
                .message()).startsWith("recursive alias");
    }

    @Test
    void aliasesThatNestDeeperThanTheLimitOnceExpandedAreRefused() {
        YamlLimits many = new YamlLimits(100, 8, 1024 * 1024, 10);
        String yaml = HEAD + "  a: &a [[[[1]]]]\n  b: &b [[[[*a]]]]\n";
        assertThat(refused(yaml, many, Duration.ofSeconds(1)).message())
                .isEqualTo("nesting deeper than 8 levels once aliases are expanded");
    }

    @Test
    void longDoubleQuotedScalarIsRefusedBeforeTheReaderSeesIt() {
        String yaml = HEAD + "  x: \"" + "a".repeat(7_900_000) + "\"\n";
        assertThat(refused(yaml, new YamlLimits(20, 64, 8 * 1024 * 1024, 10, 1024 * 1024, 1024 * 1024),
                Duration.ofSeconds(1)).toString()).isEqualTo("line 6, column 1048577: line longer than 1048576 characters"
                + " (the longest scalar allowed)");
    }

    @Test
    void fiveMegabyteNameIsRefusedQuickly() {
        String yaml = "apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: " + "n".repeat(5_000_000)
                + "\nspec: {}\n";
        assertThat(refused(yaml).toString()).isEqualTo("document too large: more than 1048576 characters");
        assertThat(refused(yaml.substring(0, 1_000_000)).toString())
                .isEqualTo("line 4, column 262145: line longer than 262144 characters (the longest scalar allowed)");
    }

    @Test
    void longScalarOverManyLinesIsRefusedByItsLength() {
        String line = "b".repeat(1000) + "\n    ";
        String yaml = HEAD + "  x: |\n    " + line.repeat(300) + "\n";
        assertThat(refused(yaml).toString()).isEqualTo("line 6, column 6: scalar too long: more than 262144 characters");
    }

    @Test
    void scalarJustUnderTheLimitIsReadInLinearTime() {
        for (String q : new String[] {"\"", "'", ""}) {
            String yaml = HEAD + "  x: " + q + "c".repeat(262_000) + q + "\n";
            long start = cpu();
            ClusterDocuments d = ClusterYaml.load(yaml);
            String back = ClusterYaml.write(d.cluster());
            assertThat(Duration.ofNanos(cpu() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(back).contains("c".repeat(262_000));
        }
    }

    @Test
    void documentAtTheSizeLimitMadeOfManyScalarsIsReadInBoundedTime() {
        StringBuilder b = new StringBuilder(HEAD).append("  fileAssets:\n");
        int i = 0;
        while (b.length() < 1024 * 1024 - 200) b.append("  - name: asset").append(i++).append("\n    content: abcdefghij\n");
        long start = cpu();
        ClusterDocuments d = ClusterYaml.load(b.toString());
        String back = ClusterYaml.write(d.cluster());
        // Cold (interpreted) reading and writing of the largest document accepted, about 40,000 list
        // entries; warm, it is about 0.4 s of CPU on the build machines.
        assertThat(Duration.ofNanos(cpu() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(back).contains("name: asset" + (i - 1));
    }

    @Test
    void invalidUtf8IsRefusedWithItsByteOffsetNeverReplaced() {
        byte[] ok = (HEAD + "  x: caf\u00e9\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = ok.clone();
        bad[bad.length - 2] = (byte) 0xc3;
        bad[bad.length - 3] = (byte) 0x80;
        try {
            ClusterYaml.load(bad);
            throw new AssertionError("expected a ClusterYamlException");
        } catch (ClusterYamlException e) {
            assertThat(e.getMessage()).isEqualTo("line 6, column 9: invalid UTF-8 at byte " + (bad.length - 3) + " (0x80)");
        }
        assertThat(ClusterYaml.load(ok).cluster().extraSpec()).containsEntry("x", "caf\u00e9");
    }

    // Item 4: what the reader cannot keep exactly is refused with its position, never changed.

    @Test
    void tagsOtherThanStringsAndCollectionsAreRefused() {
        assertThat(refused(HEAD + "  x: !!binary aGVsbG8=\n").toString())
                .isEqualTo("line 6, column 6: the tag !!binary is not supported (kops reads YAML as JSON, which has no tags): remove it");
        assertThat(refused(HEAD + "  x: !custom 5\n").message()).startsWith("the tag !custom is not supported");
        assertThat(refused(HEAD + "  x: !!bool \"yes\"\n").message()).startsWith("the tag !!bool is not supported");
        assertThat(refused(HEAD + "  x: !!float .inf\n").message()).startsWith("the tag !!float is not supported");
        assertThat(refused(HEAD + "  x: !!set {a}\n").message()).startsWith("the tag !!set is not supported");
        // kept exactly: !!str, !!map, !!seq
        ClusterDocuments d = ClusterYaml.load(HEAD + "  x: !!str 5\n  w: !!seq [a]\n  z: !!map {a: b}\n");
        assertThat(d.cluster().extraSpec()).containsEntry("x", "5").containsEntry("w", java.util.List.of("a"));
        assertThat(ClusterYaml.write(d.cluster())).contains("x: '5'");
    }

    @Test
    void mergeKeysCountTowardTheAliasAndExpansionLimits() {
        // each level merges the one below twice: one key in the end, but 6 MB once the merged aliases are
        // expanded, as the limits measure the text before merge keys are applied
        YamlLimits many = new YamlLimits(100, 64, 1024 * 1024, 1000, 256 * 1024, 1024 * 1024);
        StringBuilder b = new StringBuilder(HEAD).append("  l0: &l0 {a: \"").append("y".repeat(12_000)).append("\"}\n");
        for (int i = 1; i <= 9; i++) {
            b.append("  l").append(i).append(": &l").append(i).append(" {<<: [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]}\n");
        }
        YamlProblem p = refused(b.toString(), many, Duration.ofSeconds(1));
        assertThat(p.message()).isEqualTo("document expands to more than 1048576 characters once its aliases"
                + " are expanded (alias bomb?)");
        // a merge source named by an alias is an alias like any other: 21 merges pass the default limit of 20
        StringBuilder merges = new StringBuilder(HEAD).append("  base: &b {a: 1}\n");
        for (int i = 0; i < 21; i++) merges.append("  m").append(i).append(": {<<: *b}\n");
        assertThat(refused(merges.toString()).toString())
                .isEqualTo("line 27, column 13: too many aliases: more than 20 in the stream (kops documents use none)");
    }

    @Test
    void nonStringKeysThatWouldChangeAreRefused() {
        assertThat(refused(HEAD + "  x: {0x10: a}\n").toString()).isEqualTo(
                "line 6, column 7: the key \"0x10\" is not a string and would not be read back as written: quote it");
        assertThat(refused(HEAD + "  x: {~: a}\n").message()).startsWith("the key \"~\" is not a string");
        assertThat(refused(HEAD + "  x: {1.5: a}\n").message()).startsWith("the key \"1.5\" is not a string");
        assertThat(refused(HEAD + "  x: {[a]: b}\n").message()).startsWith("malformed YAML: Non scalar key");
        // YAML 1.1 (kops' go-yaml) reads a plain y as true
        assertThat(refused(HEAD + "  x: {y: 1}\n").message()).startsWith("the key \"y\" is not a string");
        assertThat(ClusterYaml.load(HEAD + "  x: {80: a, true: b, \"0x10\": c}\n").cluster().extraSpec().get("x"))
                .isEqualTo(java.util.Map.of("80", "a", "true", "b", "0x10", "c"));
    }

    @Test
    void aMinusZeroKeyIsRefusedByBothReaders() {
        // go-yaml v2 reads a plain -0 key as the integer 0, which kops' JSON step writes "0" (kops-oracle v1.30.0:
        // cloudLabels {-0: a} completes as {"0": a}): not the key as written, so refused like +1 or 0x10
        String block = HEAD + "  x:\n    -0: a\n";
        String flow = HEAD + "  x: {-0: a}\n";
        String composed = block + "  z: |\n    text\n"; // a block scalar: read by snakeyaml-engine, not the block reader
        for (String yaml : java.util.List.of(block, flow, composed)) {
            assertThat(refused(yaml).message()).as(yaml).isEqualTo("the key \"-0\" is not a string and would not be"
                    + " read back as written: quote it");
        }
        assertThat(ClusterYaml.load(HEAD + "  x: {0: a, \"-0\": b, -1: c}\n").cluster().extraSpec().get("x"))
                .isEqualTo(java.util.Map.of("0", "a", "-0", "b", "-1", "c"));
    }

    @Test
    void bothSpellingsOfARenamedFieldAreNeverDroppedSilently() {
        // v1alpha2 has only spec.isolateMasters; kops 1.33 (kops-oracle) ignores spec.isolateControlPlane there,
        // so podnet reads the one kops reads, keeps the other as written and warns
        ClusterDocuments d = ClusterYaml.load(HEAD + "  isolateMasters: true\n  isolateControlPlane: false\n");
        assertThat(d.cluster().networking().isolateControlPlane()).contains(true);
        assertThat(d.findings().lines()).containsExactly("spec.isolateControlPlane: Forbidden: kops.k8s.io/v1alpha2 has"
                + " no field spec.isolateControlPlane: kops ignores it");
        ClusterYamlException t = org.assertj.core.api.Assertions.catchThrowableOfType(ClusterYamlException.class,
                () -> ClusterYaml.load(HEAD + "  topology:\n    masters: public\n    controlPlane: private\n"));
        assertThat(t.getMessage()).isEqualTo("line 8, column 5: spec.topology.controlPlane: both topology.masters and"
                + " topology.controlPlane are set: they are one field, keep one");
    }

    @Test
    void dottedKeysThatWouldMoveAreRefused() {
        ClusterYamlException e = org.assertj.core.api.Assertions.catchThrowableOfType(ClusterYamlException.class,
                () -> ClusterYaml.load(HEAD + "  topology:\n    dns.x: 1\n"));
        assertThat(e.getMessage()).isEqualTo("line 7, column 5: spec.topology.dns.x: a key with a dot after dns is not supported here");
        ClusterYamlException h = org.assertj.core.api.Assertions.catchThrowableOfType(ClusterYamlException.class,
                () -> ClusterYaml.load(HEAD + "  egressProxy:\n    httpProxy.host: a\n"));
        assertThat(h.getMessage()).startsWith("line 7, column 5: spec.egressProxy.httpProxy.host: a key with a dot");
        // other dotted keys are kept where they are
        ClusterDocuments d = ClusterYaml.load(HEAD + "  a.b: 1\n  topology:\n    x.y: 2\n");
        assertThat(ClusterYaml.write(d.cluster())).contains("  a.b: 1\n").contains("    x.y: 2\n");
    }
}
