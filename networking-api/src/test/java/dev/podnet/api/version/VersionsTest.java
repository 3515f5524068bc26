package dev.podnet.api.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VersionsTest {
    @ParameterizedTest
    @CsvSource({"1.30,1.30.0", "1.30.2,1.30.2", "v1.30.0,1.30.0", "1.37.0-alpha.1,1.37.0-alpha.1", "v1.25.0+k3s1,1.25.0"})
    void parses(String in, String canonical) {
        assertThat(SemanticVersion.parse(in)).hasToString(canonical);
    }

    @ParameterizedTest
    @CsvSource({"''", "1", "1.x", "abc", "1.30.2.4", "01.2"})
    void rejectsWithAClearMessage(String in) {
        assertThatThrownBy(() -> SemanticVersion.parse(in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a version");
    }

    @Test
    void ordersLikeSemver() {
        assertThat(SemanticVersion.parse("1.37.0-alpha.1")).isLessThan(SemanticVersion.parse("1.37.0"));
        assertThat(SemanticVersion.parse("1.37.0-alpha.2")).isLessThan(SemanticVersion.parse("1.37.0-alpha.10"));
        assertThat(SemanticVersion.parse("1.9.0")).isLessThan(SemanticVersion.parse("1.10.0"));
        assertThat(SemanticVersion.parse("v1.30")).isEqualTo(SemanticVersion.parse("1.30.0"));
    }

    @Test
    void kopsDevelopmentLineCountsAsItsMinorLine() {
        KopsVersion master = KopsVersion.of("1.37.0-alpha.1");
        assertThat(master.isAtLeast(1, 37)).isTrue();
        assertThat(VersionRange.parse(">=1.37").contains(master)).isTrue();
        assertThat(VersionRange.parse(">=1.22 <1.34").contains(KopsVersion.of("1.33.1"))).isTrue();
        assertThat(VersionRange.parse(">=1.22 <1.34").contains(KopsVersion.of("1.34.0"))).isFalse();
    }

    @Test
    void kubernetesGatesCompareMajorMinor() {
        KubernetesVersion k = KubernetesVersion.of("v1.25.0-rc.1");
        assertThat(k.isAtLeast(1, 25)).isTrue();
        assertThat(k.isBefore(1, 26)).isTrue();
        assertThat(VersionRange.parse("<1.25").contains(k)).isFalse();
    }

    @Test
    void rangesParseAndPrint() {
        assertThat(VersionRange.parse("*")).isEqualTo(VersionRange.all());
        assertThat(VersionRange.parse(">=1.22 <1.34")).hasToString(">=1.22.0 <1.34.0");
        assertThatThrownBy(() -> VersionRange.parse("~1.2")).hasMessageContaining("not a version range");
        assertThatThrownBy(() -> VersionRange.parse(">=1.34 <1.22")).hasMessageContaining("empty version range");
    }

    /** The parts are separated by any run of the whitespace of {@code \s}, as {@code split("\\s+")} separated them. */
    @Test
    void rangePartsSeparatedByAnyWhitespaceRun() {
        VersionRange expected = VersionRange.parse(">=1.22 <1.34");
        for (String sep : new String[] {"  ", "\t", " \t\n", "\u000B", "\f", "\r\n"}) {
            assertThat(VersionRange.parse(" >=1.22" + sep + "<1.34 ")).as("separator %s", sep.chars().boxed().toList())
                    .isEqualTo(expected);
        }
        assertThat(VersionRange.parse("\t<1.25\n")).hasToString("<1.25.0");
        // a space that \s does not match (no-break space) does not separate parts
        assertThatThrownBy(() -> VersionRange.parse(">=1.22\u00A0<1.34")).isInstanceOf(IllegalArgumentException.class);
    }
}
