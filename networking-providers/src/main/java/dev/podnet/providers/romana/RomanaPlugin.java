package dev.podnet.providers.romana;

import dev.podnet.api.AppliedDefault;
import dev.podnet.api.Cluster;
import dev.podnet.api.ProviderStatus;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.internal.IpNetwork;
import dev.podnet.providers.internal.SpecRules;
import dev.podnet.providers.internal.TablePlugin;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Romana (kops 1.18 only): lifecycle and names from {@code romana/provider.yaml}; the daemon and
 * etcd service IPs are computed from the service range.
 */
public final class RomanaPlugin extends TablePlugin {
    /** Offsets from the service range's base address kops gives the two Romana services. */
    private static final int DAEMON_OFFSET = 99;
    private static final int ETCD_OFFSET = 88;

    /**
     * Creates the Romana plugin with its rules ({@link RomanaRules}). The module provides it as a
     * {@code ProviderPlugin}, which {@link dev.podnet.providers.KopsNetworkingEngine} finds through
     * {@link java.util.ServiceLoader}.
     */
    public RomanaPlugin() {
        super(ProviderKind.ROMANA, "romana");
    }

    @Override
    protected SpecRules<?> newRules() {
        return new RomanaRules();
    }

    /**
     * kops overrides what the user wrote here: both IPs are always set to the service range's base
     * address + 99 (daemon) and + 88 (etcd), so that they fall inside the range the API server serves.
     */
    @Override
    protected void computed(Map<String, Object> tree, Cluster cluster, KopsVersion release,
            Consumer<AppliedDefault> applied, boolean first) {
        if (first || info(release).status() == ProviderStatus.REMOVED) return;
        Optional<String> range = cluster.networking().serviceClusterIPRange().filter(s -> !s.isBlank());
        if (range.isEmpty()) return;
        IpNetwork base = IpNetwork.parse(range.get())
                .orElseThrow(() -> new IllegalArgumentException("not a CIDR: " + range.get())).masked();
        set(tree, "daemonServiceIP", base, DAEMON_OFFSET, applied);
        set(tree, "etcdServiceIP", base, ETCD_OFFSET, applied);
    }

    private static void set(Map<String, Object> tree, String key, IpNetwork base, int offset,
            Consumer<AppliedDefault> applied) {
        String ip = base.networkPlus(offset);
        if (ip.equals(tree.get(key))) return;
        tree.put(key, ip);
        applied.accept(AppliedDefault.of("spec.networking.romana." + key, ip, "romana." + key,
                "service range base + " + offset + "; kops 1.18 always sets it, overriding the user's value"));
    }
}
