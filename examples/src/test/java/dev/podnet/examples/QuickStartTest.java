package dev.podnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's API example runs and does what its comments say. */
class QuickStartTest {
    @Test
    void readmeExampleRuns() {
        Path calico = Path.of(System.getProperty("user.dir")).resolve("clusters/calico.yaml");
        String report = QuickStart.run(calico);
        assertThat(report).contains("default: spec.podCIDR = 100.96.0.0/11", "findings: 0",
                "manifest: networking.projectcalico.org/k8s-1.25.yaml", "encapsulationMode: vxlan", "mtu: 8981");
    }
}
