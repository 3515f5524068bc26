package dev.podnet.api.provider;

import dev.podnet.api.internal.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code spec.networking.weave}: Weave Net. Supported through kops 1.22; kops 1.23–1.27 only for
 * Kubernetes older than 1.23; rejected by every release from 1.28 ("Weave is no longer supported").
 * The same JSON in v1alpha2, v1alpha3 and internal. Defaults are template fallbacks, not model
 * defaults.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface WeaveSpec extends ProviderSpec {

    @Override
    default ProviderKind kind() { return ProviderKind.WEAVE; }

    /**
     * Env {@code WEAVE_MTU}. No default, but {@code kops create cluster} on AWS writes 8912.
     *
     * @return the MTU of the weave network interface, in bytes; empty when not set
     */
    Optional<Integer> mtu();

    /**
     * Env {@code CONN_LIMIT}.
     *
     * @return the connection limit; empty when not set
     */
    Optional<Integer> connLimit();

    /**
     * Env {@code NO_MASQ_LOCAL}.
     *
     * @return the {@code NO_MASQ_LOCAL} value handed to weave; empty when not set
     */
    Optional<Integer> noMasqLocal();

    /**
     * A Kubernetes quantity; weave container memory request. Default {@code 200Mi}.
     *
     * @return the weave container's memory request; empty when not set
     */
    Optional<String> memoryRequest();

    /**
     * A Kubernetes quantity; weave container CPU request. Default {@code 50m}.
     *
     * @return the weave container's CPU request; empty when not set
     */
    Optional<String> cpuRequest();

    /**
     * A Kubernetes quantity; weave container memory limit. Default {@code 200Mi}.
     *
     * @return the weave container's memory limit; empty when not set
     */
    Optional<String> memoryLimit();

    /**
     * A Kubernetes quantity; weave container CPU limit. No default (no limit).
     *
     * @return the weave container's CPU limit; empty when not set
     */
    Optional<String> cpuLimit();

    /**
     * Env {@code EXTRA_ARGS} of the weave container (placed inside double quotes, not escaped).
     *
     * @return the extra arguments as one string; empty when not set
     */
    Optional<String> netExtraArgs();

    /**
     * A Kubernetes quantity; weave-npc memory request. Default {@code 200Mi}.
     *
     * @return the weave-npc memory request; empty when not set
     */
    Optional<String> npcMemoryRequest();

    /**
     * A Kubernetes quantity; weave-npc CPU request. Default {@code 50m}.
     *
     * @return the weave-npc CPU request; empty when not set
     */
    Optional<String> npcCPURequest();

    /**
     * A Kubernetes quantity; weave-npc memory limit. Default {@code 200Mi}.
     *
     * @return the weave-npc memory limit; empty when not set
     */
    Optional<String> npcMemoryLimit();

    /**
     * A Kubernetes quantity; weave-npc CPU limit. No default (no limit).
     *
     * @return the weave-npc CPU limit; empty when not set
     */
    Optional<String> npcCPULimit();

    /**
     * Env {@code EXTRA_ARGS} of the weave-npc container.
     *
     * @return the extra arguments as one string; empty when not set
     */
    Optional<String> npcExtraArgs();

    /**
     * Image tag of weave-kube and weave-npc (kops 1.19+; default 2.7.0 in 1.19, 2.8.1 in 1.20–1.27).
     *
     * @return the image tag, e.g. {@code 2.8.1}; empty when not set
     */
    Optional<String> version();

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

    /** Builds a {@link WeaveSpec}. */
    final class Builder extends ImmutableWeaveSpec.Builder {
        Builder() {
        }
    }
}
