package dev.podnet.providers.internal;

import dev.podnet.api.internal.IpNetwork;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CIDRs are address literals in ASCII digits, as Go's net.ParseCIDR reads them (issue 12, items 4 and 5). */
class IpNetworkAsciiTest {
    @ParameterizedTest
    @ValueSource(strings = {"100.96.\uff10.0/11", "100.96.\u0660.0/11", "100.96.0.0/\uff11\uff11", "dead.beef/10",
            "1.2.3/10", "1.2.3.4.5/10", "localhost/8", "fd00::\uff11/64", "fd00::\u0661/64", "+1.2.3.4/8", "1.2.3.4/+8",
            "1.2.3.4/ 8", " 1.2.3.4/8", "01.2.3.4/8"})
    void notALiteralIsNotACidr(String text) {
        assertThat(IpNetwork.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.96.0.0/11", "fd00::1/64", "::ffff:1.2.3.4/128", "FD00:AB::/16"})
    void asciiLiteralsAreCidrs(String text) {
        assertThat(IpNetwork.parse(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uff11", "\u0661", "1a", "-1", "+1"})
    void asciiDigitsOnly(String text) {
        assertThat(IpNetwork.asciiDigits(text)).isFalse();
    }
}
