package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.yaml.ClusterYaml;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code spec.egressProxy} of the completed spec, in the comparison of {@link NetworkingSlice}: kops' assignProxy
 * extends the excludes with the cluster's names and ranges. Hand probe of kops-oracle (v1.19.0, v1.24.0, v1.36.0) on
 * the AWS scaffolding below with Calico, Kubernetes 1.30.2; the answers are kops' completed {@code egressProxy}. The
 * generated sets draw no egressProxy, so these cases are its conformance evidence.
 */
class EgressProxyCompletedSpecTest {
    private static final String SPEC = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: minimal.example.com
            spec:
              cloudProvider: aws
              configBase: memfs://clusters.example.com/minimal.example.com
              etcdClusters:
              - etcdMembers:
                - instanceGroup: master-us-test-1a
                  name: a
                name: main
              - etcdMembers:
                - instanceGroup: master-us-test-1a
                  name: a
                name: events
              iam: {}
              kubernetesVersion: 1.30.2
              networkCIDR: 172.20.0.0/16
              networking:
                calico: {}
              nonMasqueradeCIDR: 100.64.0.0/10
              subnets:
              - cidr: 172.20.32.0/19
                name: us-test-1a
                type: Public
                zone: us-test-1a
            """;
    private static final Map<String, String> PROXIES = proxies(
            "port", "  egressProxy: {httpProxy: {host: proxy.example.com, port: 3128}}\n",
            "excludes", "  egressProxy: {httpProxy: {host: proxy.example.com}, excludes: \"foo.com,bar.com\"}\n",
            // kops skips a name that is a substring of the user's excludes ("localhost" in "mylocalhost.com")
            "substring", "  egressProxy: {httpProxy: {host: proxy.example.com}, excludes: \"mylocalhost.com,minimal.example.com\"}\n",
            "cluster", "  egressProxy: {httpProxy: {host: proxy.example.com, port: 80}, excludes: foo.com}\n"
                    + "  clusterDNSDomain: foo.local\n  additionalNetworkCIDRs: [10.1.0.0/16]\n",
            "publicName", "  egressProxy: {httpProxy: {host: proxy.example.com}}\n  masterPublicName: api.other.example.com\n",
            // an empty name is unset: kops excludes its default api.NAME (edges set, seed 20261800, v1.19.0-weave-002)
            "emptyPublicName", "  egressProxy: {httpProxy: {host: proxy.example.com}}\n  masterPublicName: \"\"\n",
            // an empty host and a zero port are Go's omitempty zero values: left out (edges set, seed 20261800, v1.20.0-flannel-002)
            "emptyHost", "  egressProxy: {httpProxy: {host: \"\", port: 3128}}\n",
            "zeroPort", "  egressProxy: {httpProxy: {host: proxy.example.com, port: 0}}\n",
            // v1alpha2 has no api.publicName: its reader drops it unread
            "apiPublicName", "  egressProxy: {httpProxy: {host: proxy.example.com}}\n  api: {publicName: api.other.example.com}\n",
            // nonMasqueradeCIDR equal to networkCIDR: kops appends the range twice (edges set, seed 20261801, v1.24.0-amazonvpc-001)
            "sameRanges", "  egressProxy: {httpProxy: {host: proxy.example.com}}\n  nonMasqueradeCIDR: 172.20.0.0/16\n"
                    + "  networking: {amazonvpc: {}}\n",
            // no DNS: no default API name to exclude, a written one is (edges set, seed 20261801, v1.28.0-flannel-000)
            "noDns", "  egressProxy: {httpProxy: {host: proxy.example.com}}\n  topology: {dns: {type: None}}\n",
            "noDnsPublicName", "  egressProxy: {httpProxy: {host: proxy.example.com}}\n  topology: {dns: {type: None}}\n"
                    + "  masterPublicName: api.other.example.com\n");
    /** {@link #SPEC} with the case's spec lines, each in place of the scaffolding's line of the same key (and the lines under it). */
    private static String document(String lines) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String l : lines.split("\n")) keys.add(l.trim().split(":", 2)[0]);
        StringBuilder b = new StringBuilder();
        boolean dropping = false;
        for (String l : SPEC.split("\n")) {
            boolean top = l.startsWith("  ") && !l.startsWith("   ") && !l.startsWith("  -");
            if (top) dropping = keys.contains(l.trim().split(":", 2)[0]);
            if (!dropping) b.append(l).append('\n');
        }
        return b + lines;
    }

    /** The cases by name: name, spec lines, name, spec lines, ... */
    private static Map<String, String> proxies(String... nameAndLines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndLines.length; i += 2) out.put(nameAndLines[i], nameAndLines[i + 1]);
        return out;
    }

    private static final String TAIL = "100.64.0.1,100.64.0.0/10,169.254.169.254,172.20.0.0/16";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "1.19.0;port;proxy.example.com;3128;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.24.0;port;proxy.example.com;3128;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.36.0;port;proxy.example.com;3128;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.19.0;excludes;proxy.example.com;;foo.com,bar.com,127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.36.0;excludes;proxy.example.com;;foo.com,bar.com,127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.19.0;substring;proxy.example.com;;mylocalhost.com,minimal.example.com,127.0.0.1,api.minimal.example.com," + TAIL,
        "1.24.0;substring;proxy.example.com;;mylocalhost.com,minimal.example.com,127.0.0.1,api.minimal.example.com," + TAIL,
        "1.36.0;substring;proxy.example.com;;mylocalhost.com,minimal.example.com,127.0.0.1,api.minimal.example.com," + TAIL,
        "1.19.0;cluster;proxy.example.com;80;foo.com,127.0.0.1,localhost,foo.local,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.24.0;cluster;proxy.example.com;80;foo.com,127.0.0.1,localhost,foo.local,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.36.0;cluster;proxy.example.com;80;foo.com,127.0.0.1,localhost,foo.local,api.minimal.example.com,minimal.example.com," + TAIL
                + ",10.1.0.0/16",
        "1.19.0;publicName;proxy.example.com;;127.0.0.1,localhost,api.other.example.com,minimal.example.com," + TAIL,
        "1.24.0;publicName;proxy.example.com;;127.0.0.1,localhost,api.other.example.com,minimal.example.com," + TAIL,
        "1.36.0;publicName;proxy.example.com;;127.0.0.1,localhost,api.other.example.com,minimal.example.com," + TAIL,
        "1.19.0;emptyPublicName;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.24.0;emptyPublicName;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.36.0;emptyPublicName;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.19.0;emptyHost;;3128;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.24.0;emptyHost;;3128;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.36.0;emptyHost;;3128;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.19.0;zeroPort;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.36.0;zeroPort;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.19.0;sameRanges;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com,172.20.0.1,172.20.0.0/16,"
                + "169.254.169.254,172.20.0.0/16",
        "1.24.0;sameRanges;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com,172.20.0.1,172.20.0.0/16,"
                + "169.254.169.254,172.20.0.0/16",
        "1.36.0;sameRanges;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com,172.20.0.1,172.20.0.0/16,"
                + "169.254.169.254,172.20.0.0/16",
        "1.28.0;noDns;proxy.example.com;;127.0.0.1,localhost,minimal.example.com," + TAIL,
        "1.30.0;noDns;proxy.example.com;;127.0.0.1,localhost,minimal.example.com," + TAIL,
        "1.33.1;noDns;proxy.example.com;;127.0.0.1,localhost,minimal.example.com," + TAIL,
        "1.36.0;noDns;proxy.example.com;;127.0.0.1,localhost,minimal.example.com," + TAIL,
        "1.28.0;noDnsPublicName;proxy.example.com;;127.0.0.1,localhost,api.other.example.com,minimal.example.com," + TAIL,
        "1.36.0;noDnsPublicName;proxy.example.com;;127.0.0.1,localhost,api.other.example.com,minimal.example.com," + TAIL,
        "1.19.0;apiPublicName;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.24.0;apiPublicName;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
        "1.36.0;apiPublicName;proxy.example.com;;127.0.0.1,localhost,api.minimal.example.com,minimal.example.com," + TAIL,
    })
    void completedAsKops(String release, String proxy, String host, Integer port, String excludes) {
        Map<String, Object> http = new LinkedHashMap<>();
        if (host != null) http.put("host", host);
        if (port != null) http.put("port", port);
        Map<String, Object> want = new LinkedHashMap<>();
        want.put("httpProxy", http);
        want.put("excludes", excludes);
        Podnet kops = Podnet.forRelease(release);
        Map<String, Object> slice = NetworkingSlice.of(kops.complete(ClusterYaml.read(document(PROXIES.get(proxy)))).cluster());
        assertThat(slice.get("egressProxy")).isEqualTo(want);
    }
}
