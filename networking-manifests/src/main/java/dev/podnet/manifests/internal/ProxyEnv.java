package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.EgressProxy;
import java.util.Map;
import java.util.TreeMap;

/**
 * kops' template function {@code ProxyEnv}: the cluster's {@code egressProxy} as container environment, in the order a
 * Go template ranges over the map (sorted names: {@code NO_PROXY}, {@code http_proxy}, {@code https_proxy},
 * {@code no_proxy}). {@code http_proxy} and {@code https_proxy} are {@code http://host[:port]} when a host is set,
 * {@code NO_PROXY} and {@code no_proxy} the (completed) excludes when not empty; nothing without an egress proxy. The
 * templates write each value unquoted, so kops reads it back as a YAML plain scalar, without its leading and trailing
 * blanks (kops-oracle 1.21, 1.24, 1.36: excludes " spaced.example.com , other " gives "spaced.example.com , other ,...";
 * found by the edges set, seed 20262023, v1.30.0-calico-001).
 */
public final class ProxyEnv {
    private ProxyEnv() {
    }

    /** {@return the variables, by name in kops' order} */
    public static Map<String, String> of(Cluster c) {
        Map<String, String> env = new TreeMap<>();
        EgressProxy p = c.networking().egressProxy().orElse(null);
        if (p == null) {
            return env;
        }
        String host = p.host().orElse("");
        if (!host.isEmpty()) {
            int port = p.port().orElse(0);
            String url = "http://" + host + (port != 0 ? ":" + port : "");
            url = plainScalar(url);
            env.put("http_proxy", url);
            env.put("https_proxy", url);
        }
        String excludes = plainScalar(p.excludes().orElse(""));
        if (!excludes.isEmpty()) {
            env.put("NO_PROXY", excludes);
            env.put("no_proxy", excludes);
        }
        return env;
    }

    /** A value as a YAML reader takes it from after {@code value: }: without its leading and trailing spaces and tabs. */
    private static String plainScalar(String v) {
        int b = 0;
        int e = v.length();
        while (b < e && (v.charAt(b) == ' ' || v.charAt(b) == '\t')) b++;
        while (e > b && (v.charAt(e - 1) == ' ' || v.charAt(e - 1) == '\t')) e--;
        return v.substring(b, e);
    }
}
