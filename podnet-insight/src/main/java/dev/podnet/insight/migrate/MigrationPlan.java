package dev.podnet.insight.migrate;

import dev.podnet.api.Cluster;
import dev.podnet.api.provider.ProviderKind;
import dev.podnet.api.render.RenderedAddon;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.insight.diff.PatchEffect;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to switch one cluster to another networking provider at one kops release; or, when that
 * cannot be done, {@link #refusal()} says why and the plan is otherwise empty. Made by
 * {@link Migration#plan}; {@link #toText()} and {@link #toJson()} print it.
 */
// Immutables' annotations are read at build time only; callers never need them. from() is an
// attribute here, so the builder has no copy-from method
@SuppressWarnings({"exports", "immutables:from"})
@Value.Immutable
public interface MigrationPlan {
    /** {@return the kops release the plan was made for} */
    KopsVersion release();

    /** {@return the cluster's name} */
    String cluster();

    /**
     * The provider the cluster uses (after completion); empty if it cannot be completed.
     *
     * @return the current provider; empty when the cluster cannot be completed
     */
    Optional<ProviderKind> from();

    /** {@return the provider to switch to} */
    ProviderKind to();

    /**
     * Why there is no plan; empty when there is one.
     *
     * @return the reason in one sentence; empty when a plan was made
     */
    Optional<String> refusal();

    /**
     * The new spec, as the user writes it (not completed).
     *
     * @return the edited cluster, not completed; empty when there is no plan
     */
    Optional<Cluster> spec();

    /**
     * The changes made to the spec, with their reasons.
     *
     * @return the edits in the order made; empty when there is no plan
     */
    List<SpecEdit> edits();

    /**
     * The new provider's addons as kops renders them, with the plan's patches applied (none for a
     * node-level provider); each one's manifestHash covers the patched text.
     *
     * @return the addons in kops' order; empty for a node-level provider or when there is no plan
     */
    List<RenderedAddon> addons();

    /**
     * What each post-render patch changed in the new manifest
     * ({@link Migration#plan(Cluster, ProviderKind, dev.podnet.Podnet, List)}).
     *
     * @return one effect per patch and addon it applied to, in patch order; empty without patches
     */
    List<PatchEffect> patches();

    /**
     * The old provider's objects that the new manifest does not have: kops' new bootstrap channel
     * neither lists the old addon nor prunes objects of another addon, so they stay until deleted.
     *
     * @return the objects to delete by hand, in the old manifest's order; empty when none is left behind
     */
    List<ObjectRef> deletions();

    /**
     * The steps, in order.
     *
     * @return the steps in the order to run them; empty when there is no plan
     */
    List<Step> steps();

    /**
     * The risks.
     *
     * @return the risks in the plan's order; empty when there is none
     */
    List<Risk> risks();

    /** @return true when the migration is refused */
    default boolean isRefused() { return refusal().isPresent(); }

    /** @return the plan for people */
    default String toText() { return PlanText.of(this); }

    /** @return the plan for tools: a JSON object (write it as UTF-8) */
    default String toJson() { return PlanJson.of(this); }

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link MigrationPlan}. */
    final class Builder extends ImmutableMigrationPlan.Builder {
        Builder() {
        }
    }
}
