package dev.podnet.insight;

import dev.podnet.api.yaml.ClusterYaml;
import dev.podnet.api.Cluster;

/** Small specs for the tests, written as users write them. */
public final class Specs {
    private Specs() {
    }

    /** An AWS cluster with one public subnet and {@code networking} (YAML lines under {@code networking:}). */
    public static Cluster aws(String kubernetes, String networking) {
        return ClusterYaml.read("""
                apiVersion: kops.k8s.io/v1alpha2
                kind: Cluster
                metadata:
                  name: demo.example.com
                spec:
                  cloudProvider: aws
                  kubernetesVersion: %s
                  networkCIDR: 172.20.0.0/16
                  subnets:
                  - name: us-east-1a
                    zone: us-east-1a
                    cidr: 172.20.32.0/19
                    type: Public
                  networking:
                %s
                """.formatted(kubernetes, networking.indent(4).stripTrailing()));
    }
}
