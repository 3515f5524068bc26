package dev.podnet.api.yaml;

/** The head of a Cluster document up to {@code spec.networking:}, per apiVersion, for tests that write only the provider block. */
final class NetworkingHeads {
    static final String V2 = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: a.example.com
            spec:
              networking:
            """;
    static final String V3 = V2.replace("v1alpha2", "v1alpha3");

    private NetworkingHeads() {
    }
}
