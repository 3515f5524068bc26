package dev.podnet.manifests.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.corpus.OracleSpec;
import dev.podnet.manifests.object.KubeObject;
import dev.podnet.manifests.yaml.KopsYaml;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * spec.egressProxy in Calico's manifest: from kops 1.21 calico-node gets kops' {@code ProxyEnv} variables after its
 * other variables (fact {@code proxyEnv}). Hand probe of kops-oracle on the AWS scaffolding ({@link OracleSpec}), Kubernetes 1.30.2: the
 * manifestHash of kops' bootstrap channel, input → complete → render (the excludes are completed first).
 */
class EgressProxyCalicoTest {
    private static final String WITH_PORT = "{httpProxy: {host: proxy.example.com, port: 3128}}";
    private static final String WITH_EXCLUDES = "{httpProxy: {host: proxy.example.com}, excludes: \"foo.com,bar.com\"}";
    /** Excludes with blanks around them: the templates write the value unquoted, kops reads it without them. */
    private static final String SPACED = "{httpProxy: {host: proxy.example.com}, excludes: \" spaced.example.com , other \"}";

    /** The scaffolding with Calico on Kubernetes 1.30.2 and {@code egressProxy: proxy}. */
    static String spec(String proxy) {
        return OracleSpec.aws().inline("egressProxy", proxy).yaml();
    }

    static Map<String, String> hashes(String release, String proxy) {
        Map<String, String> out = new TreeMap<>();
        for (RenderedAddon a : Podnet.forRelease(release).render(ClusterYaml.read(spec(proxy))).addons()) {
            out.put(a.templateId(), a.manifestHash());
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "1.20.0;excludes;k8s-1.12=dc9d01840d9a767dea26a6862d22e27358f328d7 k8s-1.16=f118d874c676dca7b8e2201fea6072ca0c3f4590",
        "1.21.0;port;k8s-1.12=28ba1ada72b7bef4d172ace0cfbb240beaa22e78 k8s-1.16=5ca1fc23976cb6f7a3a8eeef194ee70dcdeee3ff",
        "1.24.0;excludes;k8s-1.23=d93868280fd04b50d5a975344846b31f024f10ec711ba75aa3551d37f717e6e9",
        "1.33.1;port;k8s-1.25=3944bdc0fe809b45bfd6da1fe5ee8f0355db5e9fae6c40e5b4f61d53d21a7b4f",
        "1.36.0;excludes;k8s-1.25=a2575b98b8b1315441cb3ada3166b0a55ed4951689efecbed685e6730d128d23",
        // found by the edges set, seed 20262023, v1.30.0-calico-001
        "1.21.0;spaced;k8s-1.12=28ba1ada72b7bef4d172ace0cfbb240beaa22e78 k8s-1.16=f2d11a1da89da3b6536580e237918b1bfb27c6fe",
        "1.24.0;spaced;k8s-1.23=3dd0c2893e137894a213f001392c1d1bc093a2c60ac7af6d2cd497201eb74d08",
        "1.36.0;spaced;k8s-1.25=576e6432c90533c5969e1f287e4f736ff3d05185a3dc67d75cdf1ed45c031e4b",
    })
    void manifestHashAsKops(String release, String proxy, String want) {
        Map<String, String> expected = new TreeMap<>();
        for (String e : want.split(" ")) expected.put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        assertThat(hashes(release, proxy.equals("port") ? WITH_PORT : proxy.equals("spaced") ? SPACED : WITH_EXCLUDES)).isEqualTo(expected);
    }

    @Test
    void theVariablesFollowTheOthersInGoOrder() {
        RenderedAddon a = Podnet.forRelease("1.33.1").render(ClusterYaml.read(spec(WITH_EXCLUDES))).addons().get(0);
        KubeObject ds = KopsYaml.parse(a.yaml()).stream().filter(o -> o.name().equals("calico-node") && o.kind().equals("DaemonSet"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> env = (List<Map<String, Object>>) ds.container("calico-node").orElseThrow().get("env");
        List<Map<String, Object>> last = env.subList(env.size() - 4, env.size());
        assertThat(last).extracting(e -> e.get("name")).containsExactly("NO_PROXY", "http_proxy", "https_proxy", "no_proxy");
        assertThat(last).extracting(e -> e.get("value")).containsExactly(
                "foo.com,bar.com,127.0.0.1,localhost,api.minimal.example.com,minimal.example.com,100.64.0.1,100.64.0.0/10,169.254.169.254,172.20.0.0/16",
                "http://proxy.example.com", "http://proxy.example.com",
                "foo.com,bar.com,127.0.0.1,localhost,api.minimal.example.com,minimal.example.com,100.64.0.1,100.64.0.0/10,169.254.169.254,172.20.0.0/16");
        assertThat(env.get(env.size() - 5).get("name")).isEqualTo("FELIX_WIREGUARDENABLED");
    }
}
