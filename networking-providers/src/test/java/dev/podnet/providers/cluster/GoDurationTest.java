package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's time.ParseDuration and time.Duration.String(), as kops prints a duration in its findings. */
class GoDurationTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // kops-oracle 1.24 and 1.36 print these in shutdownGracePeriodCriticalPods' finding
            "10s, 10s", "90s, 1m30s", "1h0m0.5s, 1h0m0.5s",
            // Go's own String() forms
            "0, 0s", "0s, 0s", "1ms, 1ms", "1500us, 1.5ms", "1500ns, 1.5\u00b5s", "999ns, 999ns", "1.5h, 1h30m0s",
            "3600s, 1h0m0s", "-90s, -1m30s", "+2m, 2m0s", "1h30m, 1h30m0s", ".5s, 500ms", "100\u03bcs, 100\u00b5s"})
    void readAndPrintedAsGo(String text, String printed) {
        assertThat(GoDuration.nanos(text)).isPresent();
        assertThat(GoDuration.format(GoDuration.nanos(text).getAsLong())).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"abc", "10", "1.2.3s", "s", "-", "10x", "''"})
    void notADuration(String text) {
        assertThat(GoDuration.nanos(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5s, 5000000000", "1m, 60000000000", "1.5ms, 1500000", "2h45m, 9900000000000"})
    void nanoseconds(String text, long nanos) {
        assertThat(GoDuration.nanos(text)).hasValue(nanos);
    }
}
