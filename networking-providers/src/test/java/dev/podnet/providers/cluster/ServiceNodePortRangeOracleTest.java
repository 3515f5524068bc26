package dev.podnet.providers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kubeAPIServer.serviceNodePortRange values as kops-oracle 1.19, 1.22, 1.24, 1.28, 1.33 and 1.36 judged them (one AWS
 * Calico cluster; the same answer at every release): the detail of kops' {@code Invalid value} finding, or accepted.
 */
class ServiceNodePortRangeOracleTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // value | kops' detail ("": accepted)
        "30000-32767 | ''",
        "1-2 | ''",
        "30000 | ''",
        "0 | ''",
        "30000+10 | ''",
        "' 30000-32767 ' | ''",
        "'' | ''",
        "abc | 'strconv.Atoi: parsing \"abc\": invalid syntax'",
        "32767-30000 | 'end port cannot be less than start port: 32767-30000'",
        "1-70000 | 'the port range cannot be greater than 65535: 1-70000'",
        "70000 | 'the port range cannot be greater than 65535: 70000'",
        "30000+40000 | 'the port range cannot be greater than 65535: 30000+40000'",
        "1-2-3 | 'strconv.Atoi: parsing \"2-3\": invalid syntax'",
        "a-b | 'strconv.Atoi: parsing \"a\": invalid syntax'",
        "x+1 | 'strconv.Atoi: parsing \"x\": invalid syntax'",
        "1+2-3 | 'unable to parse port range: 1+2-3'",
        "-5 | 'strconv.Atoi: parsing \"\": invalid syntax'",
        "+5 | 'strconv.Atoi: parsing \"\": invalid syntax'",
        "5--3 | 'end port cannot be less than start port: 5--3'",
        "99999999999999999999 | 'strconv.Atoi: parsing \"99999999999999999999\": value out of range'",
    })
    void asKopsJudgesIt(String value, String kops) {
        assertThat(GoPortRange.error(value).orElse("")).isEqualTo(kops);
    }
}
