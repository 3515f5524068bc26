package dev.podnet.manifests.caching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The used heap as the retained-heap tests read it: after collections, once it settles. */
final class UsedHeap {
    static final long MB = 1024L * 1024;

    private UsedHeap() {
    }

    /** The used heap once repeated collections no longer change it (by 64 KB), at most 20 rounds. */
    static long afterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            System.gc();
            Thread.sleep(50);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(last - used) < 64 * 1024) {
                return used;
            }
            last = used;
        }
        return last;
    }

    /** {@code bytes} in MB. */
    static double mb(long bytes) {
        return bytes / (double) MB;
    }
}
