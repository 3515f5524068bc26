package dev.podnet.providers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A release's segment answers "is this range in force" as {@link VersionRange#contains(KopsVersion)} does. */
class ReleaseSegmentsTest {
    @Test
    void aSegmentHoldsARangeExactlyWhenTheRangeContainsTheRelease() {
        Random random = new Random(20261204L);
        List<KopsVersion> releases = new ArrayList<>();
        for (int minor = 15; minor <= 40; minor++) {
            releases.add(KopsVersion.of("1." + minor + ".0"));
            releases.add(KopsVersion.of("1." + minor + ".7"));
            releases.add(KopsVersion.of("1." + minor + ".0-alpha.1"));
        }
        for (int table = 0; table < 200; table++) {
            List<VersionRange> ranges = new ArrayList<>();
            int rows = 1 + random.nextInt(12);
            for (int i = 0; i < rows; i++) {
                int from = 16 + random.nextInt(22);
                int until = from + 1 + random.nextInt(6);
                ranges.add(switch (random.nextInt(4)) {
                    case 0 -> VersionRange.all();
                    case 1 -> VersionRange.atLeast("1." + from);
                    case 2 -> VersionRange.before("1." + until);
                    default -> VersionRange.between("1." + from, "1." + until);
                });
            }
            ReleaseSegments segments = ReleaseSegments.of(ranges);
            for (KopsVersion release : releases) {
                int s = segments.of(release);
                assertThat(s).isBetween(0, segments.count() - 1);
                for (VersionRange r : ranges) {
                    assertThat(segments.holds(r, s)).as("%s at %s", r, release).isEqualTo(r.contains(release));
                }
            }
        }
    }
}
