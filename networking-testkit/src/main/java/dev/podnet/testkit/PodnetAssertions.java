package dev.podnet.testkit;

import dev.podnet.Completion;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.render.ContainerView;
import dev.podnet.api.render.ObjectView;
import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;

/**
 * The entry points of podnet's AssertJ test kit. Import these statically beside AssertJ's own
 * {@code Assertions.assertThat}: the overloads here are more specific, so both live together.
 *
 * <pre>{@code
 * import static dev.podnet.testkit.PodnetAssertions.assertThat;
 *
 * Podnet kops = Podnet.forRelease("1.30");
 * Cluster cluster = Clusters.aws().withCalico(c -> c.mtu(8981)).build();
 * assertThat(kops.complete(cluster)).defaulted("spec.networking.calico.encapsulationMode").to("ipip");
 * assertThat(kops.render(cluster)).singleAddon()
 *         .daemonSet("calico-node").container("calico-node").hasEnv("CALICO_IPV4POOL_IPIP", "Always");
 * }</pre>
 */
public final class PodnetAssertions {

    private PodnetAssertions() {
    }

    /**
     * @param actual a rendered addon
     * @return assertions on its objects
     */
    public static RenderedAddonAssert assertThat(RenderedAddon actual) {
        return new RenderedAddonAssert(actual);
    }

    /**
     * @param actual everything one render produced
     * @return assertions on its addons and guidance
     */
    public static RenderResultAssert assertThat(RenderResult actual) {
        return new RenderResultAssert(actual);
    }

    /**
     * @param actual one rendered object
     * @return assertions on its values and containers
     */
    public static ObjectViewAssert assertThat(ObjectView actual) {
        return new ObjectViewAssert(actual, "");
    }

    /**
     * @param actual one container of a rendered workload
     * @return assertions on its env, image, args and mounts
     */
    public static ContainerViewAssert assertThat(ContainerView actual) {
        return new ContainerViewAssert(actual, null, "the container");
    }

    /**
     * @param actual validation findings
     * @return assertions on them
     */
    public static DiagnosticsAssert assertThat(Diagnostics actual) {
        return new DiagnosticsAssert(actual);
    }

    /**
     * @param actual a completed spec with its applied defaults
     * @return assertions on the defaults
     */
    public static CompletionAssert assertThat(Completion actual) {
        return new CompletionAssert(actual);
    }
}
