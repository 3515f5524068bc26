package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.OracleSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code spec.egressProxy} of the completed spec, in the comparison of {@link NetworkingSlice}: kops' assignProxy
 * extends the excludes with the cluster's names and ranges. Hand probe of kops-oracle (v1.19.0, v1.24.0, v1.36.0) on
 * the AWS scaffolding ({@link OracleSpec}) with Calico, Kubernetes 1.30.2; the answers are kops' completed {@code egressProxy}. The
 * generated sets draw no egressProxy, so these cases are its conformance evidence.
 */
class EgressProxyCompletedSpecTest {
    private static final String PROXY = "{httpProxy: {host: proxy.example.com}}";
    private static final Map<String, UnaryOperator<OracleSpec>> PROXIES = Map.ofEntries(
            Map.entry("port", s -> s.inline("egressProxy", "{httpProxy: {host: proxy.example.com, port: 3128}}")),
            Map.entry("excludes", s -> s.inline("egressProxy",
                    "{httpProxy: {host: proxy.example.com}, excludes: \"foo.com,bar.com\"}")),
            // kops skips a name that is a substring of the user's excludes ("localhost" in "mylocalhost.com")
            Map.entry("substring", s -> s.inline("egressProxy",
                    "{httpProxy: {host: proxy.example.com}, excludes: \"mylocalhost.com,minimal.example.com\"}")),
            Map.entry("cluster", s -> s.inline("egressProxy", "{httpProxy: {host: proxy.example.com, port: 80}, excludes: foo.com}")
                    .inline("clusterDNSDomain", "foo.local").inline("additionalNetworkCIDRs", "[10.1.0.0/16]")),
            Map.entry("publicName", s -> s.inline("egressProxy", PROXY).inline("masterPublicName", "api.other.example.com")),
            // an empty name is unset: kops excludes its default api.NAME (edges set, seed 20261800, v1.19.0-weave-002)
            Map.entry("emptyPublicName", s -> s.inline("egressProxy", PROXY).inline("masterPublicName", "\"\"")),
            // an empty host and a zero port are Go's omitempty zero values: left out (edges set, seed 20261800, v1.20.0-flannel-002)
            Map.entry("emptyHost", s -> s.inline("egressProxy", "{httpProxy: {host: \"\", port: 3128}}")),
            Map.entry("zeroPort", s -> s.inline("egressProxy", "{httpProxy: {host: proxy.example.com, port: 0}}")),
            // v1alpha2 has no api.publicName: its reader drops it unread
            Map.entry("apiPublicName", s -> s.inline("egressProxy", PROXY).inline("api", "{publicName: api.other.example.com}")),
            // nonMasqueradeCIDR equal to networkCIDR: kops appends the range twice (edges set, seed 20261801, v1.24.0-amazonvpc-001)
            Map.entry("sameRanges", s -> s.inline("egressProxy", PROXY).inline("nonMasqueradeCIDR", "172.20.0.0/16")
                    .networking("amazonvpc: {}")),
            // no DNS: no default API name to exclude, a written one is (edges set, seed 20261801, v1.28.0-flannel-000)
            Map.entry("noDns", s -> s.inline("egressProxy", PROXY).inline("topology", "{dns: {type: None}}")),
            Map.entry("noDnsPublicName", s -> s.inline("egressProxy", PROXY).inline("topology", "{dns: {type: None}}")
                    .inline("masterPublicName", "api.other.example.com")));

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
        Map<String, Object> slice = NetworkingSlice.of(kops.complete(ClusterYaml.read(PROXIES.get(proxy).apply(OracleSpec.aws()).yaml())).cluster());
        assertThat(slice.get("egressProxy")).isEqualTo(want);
    }
}
