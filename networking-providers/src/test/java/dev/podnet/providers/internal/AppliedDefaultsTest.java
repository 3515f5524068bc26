package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.AppliedDefault;
import org.junit.jupiter.api.Test;

class AppliedDefaultsTest {
    @Test
    void keepsEveryDefaultInTheOrderReceived() {
        AppliedDefaults applied = new AppliedDefaults();
        AppliedDefault first = AppliedDefault.of("spec.networkCIDR", "172.20.0.0/16", "cluster.network-cidr", "default");
        AppliedDefault second = AppliedDefault.of("spec.podCIDR", "100.96.0.0/11", "cluster.pod-cidr", "upper half");
        assertThat(applied.list()).isEmpty();
        applied.accept(first);
        applied.accept(second);
        assertThat(applied.list()).containsExactly(first, second);
    }
}
