package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.romana}: Romana, supported in kops 1.18 only (deprecated there, removed in
 * 1.19; from then on validation reports "support for Romana has been removed"). Not representable in
 * v1alpha3.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface RomanaSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.ROMANA; }

    /**
     * ClusterIP of the {@code romana} (romana-daemon) Service. kops 1.18 always overwrites it with the
     * base address of {@code serviceClusterIPRange} + 99.
     *
     * @return the romana-daemon ClusterIP; empty when not set
     */
    Optional<String> daemonServiceIP();

    /**
     * ClusterIP of the {@code romana-etcd} Service. kops 1.18 always overwrites it with the base
     * address of {@code serviceClusterIPRange} + 88.
     *
     * @return the romana-etcd ClusterIP; empty when not set
     */
    Optional<String> etcdServiceIP();

    @Override
    @AllowNulls
    Map<String, Object> extraFields();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /**
     * A builder that starts from this value.
     *
     * @return a builder preset with this spec's fields, to change some and build a new one
     */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds a {@link RomanaSpec}. */
    final class Builder extends ImmutableRomanaSpec.Builder {
        Builder() {
        }
    }
}
