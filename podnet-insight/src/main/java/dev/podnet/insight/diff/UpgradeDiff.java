package dev.podnet.insight.diff;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import org.immutables.value.Value;

/**
 * What changes for one spec from one kops release to another. Made by {@link UpgradePreview#of};
 * {@link #toText()} and {@link #toJson()} print it.
 */
// Immutables' annotations are read at build time only; callers never need them. from() is an
// attribute here, so the builder has no copy-from method
@SuppressWarnings({"exports", "immutables:from"})
@Value.Immutable
public interface UpgradeDiff {
    /** {@return the release the cluster runs} */
    KopsVersion from();

    /** {@return the release it would move to} */
    KopsVersion to();

    /** {@return the cluster's name} */
    String cluster();

    /**
     * Defaults that differ, in the order the newer release applies them (then the dropped ones).
     *
     * @return the changed defaults, in the newer release's order, the dropped ones last; empty when none differs
     */
    List<DefaultChange> defaults();

    /**
     * Findings (errors and warnings) the newer release reports and the older does not.
     *
     * @return the new findings in the newer release's order; empty when none appeared
     */
    List<Diagnostic> findingsAppeared();

    /**
     * Findings the older release reports and the newer does not.
     *
     * @return the findings that disappear, in the older release's order; empty when none went away
     */
    List<Diagnostic> findingsGone();

    /**
     * Rendered objects that differ: those with image bumps first, then in manifest order.
     *
     * @return the changed objects, those with image bumps first; empty when the manifests are equal
     */
    List<ObjectChange> objects();

    /**
     * Node configuration fields (kubelet flags, files, sysctls, …) that differ.
     *
     * @return the changed node configuration fields; empty when none differs
     */
    List<FieldChange> nodeConfig();

    /**
     * Whether kops would roll nodes for it.
     *
     * @return the node roll verdict
     */
    NodeRoll roll();

    /**
     * What each post-render patch changed at the older release (see
     * {@link UpgradePreview#of(dev.podnet.api.Cluster, dev.podnet.Podnet, dev.podnet.Podnet, List)}).
     *
     * @return the values, in patch order; empty without patches or when that release renders nothing
     */
    List<PatchEffect> patchesFrom();

    /**
     * What each post-render patch changed at the newer release.
     *
     * @return the values, in patch order; empty without patches or when that release renders nothing
     */
    List<PatchEffect> patchesTo();

    /**
     * Remarks: a release that cannot render the spec, and why.
     *
     * @return one line per remark; empty when there is none
     */
    List<String> notes();

    /** @return every image bump of {@link #objects()}, in that order */
    default List<ImageBump> imageBumps() {
        return objects().stream().flatMap(o -> o.imageBumps().stream()).toList();
    }

    /** @return true when nothing differs: no default, finding, object or node configuration change */
    default boolean isEmpty() {
        return defaults().isEmpty() && findingsAppeared().isEmpty() && findingsGone().isEmpty()
                && objects().isEmpty() && nodeConfig().isEmpty() && notes().isEmpty();
    }

    /** @return the diff for people: sections, {@code old → new} values, long values shortened */
    default String toText() { return DiffText.of(this); }

    /** @return the diff for tools: a JSON object with every value in full (write it as UTF-8) */
    default String toJson() { return DiffJson.of(this); }

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds an {@link UpgradeDiff}. */
    final class Builder extends ImmutableUpgradeDiff.Builder {
        Builder() {
        }
    }
}
