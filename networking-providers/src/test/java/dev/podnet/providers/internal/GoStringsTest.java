package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoStringsTest {
    @Test
    void anEmptyStringIsUnsetAsInGo() {
        assertThat(GoStrings.nonEmpty(Optional.of("ipvs"))).contains("ipvs");
        assertThat(GoStrings.nonEmpty(Optional.of(" "))).contains(" ");
        assertThat(GoStrings.nonEmpty(Optional.of(""))).isEmpty();
        assertThat(GoStrings.nonEmpty(Optional.empty())).isEmpty();
    }
}
