package dev.podnet.insight.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether kops would roll (replace) nodes because of this spec's networking, and why. kops' rule,
 * in two parts:
 * <ul>
 *   <li>node-level configuration: nodeup sets up the kubelet flags, CNI config files, CNI binaries,
 *       sysctls and kernel modules from the configuration carried in the instance group's user data
 *       (kops {@code pkg/model/bootstrapscript.go}); when it changes, {@code kops rolling-update}
 *       finds the instance groups out of date and replaces their nodes. kube-controller-manager
 *       settings live on the control plane only. Cloud permissions change no node.</li>
 *   <li>addons: a bootstrap-channel entry with {@code needsRollingUpdate} ({@code all},
 *       {@code control-plane} or {@code worker}) makes channels mark those nodes for replacement
 *       when the addon's manifest changes (kops {@code channels/pkg/channels/addon.go}); Cilium 1.8+,
 *       Amazon VPC CNI 1.21+ and kindnet carry {@code all}. An addon without it is applied in place
 *       by its own update strategy.</li>
 * </ul>
 * This covers what the spec's networking causes; a kops upgrade also ships a new nodeup, whose
 * address and hash are in the user data too, so {@code kops rolling-update} after any kops upgrade
 * replaces every node whatever this says.
 */
@Value.Immutable
public interface NodeRoll {
    /**
     * Whether kops would replace nodes.
     *
     * @return true if nodes would be replaced
     */
    boolean required();

    /**
     * Which nodes: {@code all}, {@code control-plane} or {@code worker}; empty when none.
     *
     * @return {@code all}, {@code control-plane} or {@code worker}; empty when no node needs a roll
     */
    Optional<String> nodes();

    /**
     * Each cause, one line each.
     *
     * @return one line per cause; empty when no node needs a roll
     */
    List<String> reasons();

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link NodeRoll}. */
    final class Builder extends ImmutableNodeRoll.Builder {
    }
}
