package dev.podnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.Podnet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 5: {@code validate} (strict) finds everything that would make {@code render} fail. Every seed
 * of the fuzz test (kops' corpus inputs and generated specs, each at its own release) goes the command line's
 * way — read, lenient validation, completion, strict validation — and, where strict validation passes, is
 * rendered: rendering must not fail, except for a provider/release podnet has no manifest data for
 * ({@link HostileInputFuzzTest#noManifestData}). Each seed is also tried without {@code spec.etcdClusters}
 * (what the Calico k8s-1.7 template of kops 1.18-1.19 needs, found by the fuzz test, seed 20240907).
 */
class StrictValidationCoversRenderTest {
    private static final Pattern ETCD = Pattern.compile("(?m)^  etcdClusters:\\n(?:  [- ].*\\n)+");

    @Test
    void whateverStrictValidationPassesRenders() {
        List<HostileInputFuzzTest.Seed> seeds = HostileInputFuzzTest.seeds();
        Map<String, Podnet> podnets = new LinkedHashMap<>();
        Map<HostileInputFuzzTest.Outcome, Integer> outcomes = new EnumMap<>(HostileInputFuzzTest.Outcome.class);
        List<String> failures = new ArrayList<>();
        int withoutEtcd = 0;
        for (HostileInputFuzzTest.Seed seed : seeds) {
            Podnet podnet = podnets.computeIfAbsent(seed.release(), StrictValidationCoversRenderTest::podnet);
            List<String> variants = new ArrayList<>(List.of(seed.yaml()));
            String noEtcd = ETCD.matcher(seed.yaml()).replaceAll("");
            if (!noEtcd.equals(seed.yaml())) {
                variants.add(noEtcd);
                withoutEtcd++;
            }
            for (String yaml : variants) {
                try {
                    outcomes.merge(HostileInputFuzzTest.run(podnet, yaml, true), 1, Integer::sum);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(seed.release() + ": " + e + "\n" + yaml);
                }
            }
        }
        assertThat(failures).as("render failed after strict validation passed (%s)", outcomes).isEmpty();
        assertThat(withoutEtcd).as("seeds with etcd clusters").isGreaterThan(100);
        assertThat(outcomes.getOrDefault(HostileInputFuzzTest.Outcome.RENDERED, 0)).as("%s", outcomes).isGreaterThan(500);
        assertThat(outcomes).containsKey(HostileInputFuzzTest.Outcome.FINDING).doesNotContainKey(HostileInputFuzzTest.Outcome.VALID_NOT_RENDERED);
    }

    private static Podnet podnet(String release) {
        try {
            return Podnet.forRelease(release);
        } catch (RuntimeException e) {
            return Podnet.newest();
        }
    }
}
