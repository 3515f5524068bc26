package dev.podnet.manifests.calico;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void decimalQuantitiesTakeTheLargestSuffixThatLeavesAnInteger() {
        // kops' oracle: cpuRequest 0.5 is written 500m, 0.1 100m, 1 stays 1 (an integer in the YAML)
        assertThat(Quantities.canonical("0.5")).isEqualTo("500m");
        assertThat(Quantities.canonical("0.1")).isEqualTo("100m");
        assertThat(Quantities.canonical("1500m")).isEqualTo("1500m");
        assertThat(Quantities.canonical("1000m")).isEqualTo("1");
        assertThat(Quantities.canonical("250m")).isEqualTo("250m");
        assertThat(Quantities.canonical("1Gi")).isEqualTo("1Gi");
        assertThat(Quantities.written("1")).isEqualTo(1);
        assertThat(Quantities.written("0.5")).isEqualTo("500m");
    }
}
