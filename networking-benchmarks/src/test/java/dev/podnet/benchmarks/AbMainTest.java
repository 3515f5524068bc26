package dev.podnet.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbMainTest {
    private static final String CP_A = "a.jar" + File.pathSeparator + "classes";

    @Test
    void defaultsAndTwoClassPaths() {
        AbMain.Options o = AbMain.Options.parse(CP_A, "b.jar");
        assertThat(o.fleet()).isEqualTo(1000);
        assertThat(o.bucket()).isEqualTo("all");
        assertThat(o.cacheEntries()).isZero();
        assertThat(o.warmup()).isEqualTo(3);
        assertThat(o.rounds()).isEqualTo(10);
        assertThat(o.a()).containsExactly(Path.of("a.jar"), Path.of("classes"));
        assertThat(o.b()).containsExactly(Path.of("b.jar"));
    }

    @Test
    void optionsAnywhere() {
        AbMain.Options o = AbMain.Options.parse("--fleet", "300", CP_A, "--bucket", "cilium", "--cache", "1024",
                "--warmup", "0", "b.jar", "--rounds", "4");
        assertThat(o).extracting(AbMain.Options::fleet, AbMain.Options::bucket, AbMain.Options::cacheEntries,
                AbMain.Options::warmup, AbMain.Options::rounds).containsExactly(300, "cilium", 1024, 0, 4);
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> AbMain.Options.parse("a.jar")).hasMessageContaining("two class paths");
        assertThatThrownBy(() -> AbMain.Options.parse("a", "b", "c")).hasMessageContaining("got 3");
        assertThatThrownBy(() -> AbMain.Options.parse("a", "b", "--rounds")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> AbMain.Options.parse("a", "b", "--rounds", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> AbMain.Options.parse("a", "b", "--fleet", "x")).hasMessageContaining("a number");
        assertThatThrownBy(() -> AbMain.Options.parse("a", "b", "--size", "3")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> AbMain.Options.parse(File.pathSeparator, "b")).hasMessageContaining("empty class path");
    }

    @Test
    void medianOfOddEvenAndMissing() {
        assertThat(AbMain.median(3, 1, 2)).isEqualTo(2);
        assertThat(AbMain.median(4, 1, 3, 2)).isEqualTo(2.5);
        assertThat(AbMain.median(Double.NaN, 5)).isEqualTo(5);
        assertThat(AbMain.median()).isNaN();
    }

    @Test
    void passSumsPerProviderAndAll() {
        AbMain.Pass p = new AbMain.Pass();
        p.add("calico", 2_000_000, 4096);
        p.add("calico", 4_000_000, 2048);
        p.add("kubenet", 3_000_000, 1024);
        assertThat(p.providers()).containsExactly("all", "calico", "kubenet");
        assertThat(p.cpuMsPerSpec("calico")).isEqualTo(3.0);
        assertThat(p.allocatedKbPerSpec("calico")).isEqualTo(3.0);
        assertThat(p.cpuMsPerSpec("all")).isEqualTo(3.0);
        assertThat(p.allocatedKbPerSpec("all")).isEqualTo(7.0 / 3);
        assertThat(p.cpuMsPerSpec("cilium")).isNaN();
    }

    @Test
    void summaryGivesMediansAndRatios() {
        List<AbMain.Pass> a = List.of(pass("calico", 1_000_000), pass("calico", 2_000_000), pass("calico", 9_000_000));
        List<AbMain.Pass> b = List.of(pass("calico", 1_000_000), pass("calico", 1_000_000), pass("cilium", 1_000_000));
        List<String> lines = AbMain.summary(a, b);
        assertThat(lines.get(0).split("\\s+")).containsExactly("provider", "A", "ms", "B", "ms", "B/A", "paired", "A", "KB",
                "B", "KB", "B/A");
        // all: medians 2 and 1; the rounds' own ratios 1, 0.5, 1/9
        assertThat(lines.get(1).split("\\s+")).containsExactly("all", "2.000", "1.000", "0.50", "0.50", "2.0", "2.0", "1.00");
        // calico: A median 2 ms, B median 1 ms (the pass without calico does not count); 2048 B = 2 KB each
        assertThat(lines.get(2).split("\\s+")).containsExactly("calico", "2.000", "1.000", "0.50", "0.75", "2.0", "2.0", "1.00");
        assertThat(lines.get(3).split("\\s+")).containsExactly("cilium", "NaN", "1.000", "NaN", "NaN", "NaN", "2.0", "NaN");
    }

    private static AbMain.Pass pass(String provider, long cpuNanos) {
        AbMain.Pass p = new AbMain.Pass();
        p.add(provider, cpuNanos, 2048);
        return p;
    }
}
