package dev.podnet.testkit;

import dev.podnet.api.render.RenderResult;
import dev.podnet.api.render.RenderedAddon;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a whole {@link RenderResult}: its addons (each opened as a
 * {@link RenderedAddonAssert}), its guidance.
 */
public final class RenderResultAssert extends AbstractAssert<RenderResultAssert, RenderResult> {

    RenderResultAssert(RenderResult actual) {
        super(actual, RenderResultAssert.class);
    }

    /**
     * @param addonKey e.g. {@code networking.projectcalico.org}
     * @return assertions on the (first) addon of that key; fails listing the addons there are
     */
    public RenderedAddonAssert addon(String addonKey) {
        isNotNull();
        Optional<RenderedAddon> a = actual.addons().stream().filter(x -> x.addonKey().equals(addonKey)).findFirst();
        if (a.isEmpty()) {
            failWithMessage("%s", "Expecting an addon " + addonKey + " but the addons are:\n" + addons());
        }
        return new RenderedAddonAssert(a.get());
    }

    /** @return assertions on the only addon; fails unless there is exactly one */
    public RenderedAddonAssert singleAddon() {
        isNotNull();
        if (actual.addons().size() != 1) {
            failWithMessage("%s", "Expecting exactly one addon but there are " + actual.addons().size() + ":\n" + addons());
        }
        return new RenderedAddonAssert(actual.addons().get(0));
    }

    /** @return this, after checking nothing is rendered as a manifest (node-level providers, {@code cni}) */
    public RenderResultAssert hasNoAddons() {
        isNotNull();
        if (!actual.addons().isEmpty()) {
            failWithMessage("%s", "Expecting no addons but there are " + actual.addons().size() + ":\n" + addons());
        }
        return this;
    }

    /**
     * @param text text a guidance line contains
     * @return this, after checking some guidance line contains it
     */
    public RenderResultAssert hasGuidanceContaining(String text) {
        isNotNull();
        if (actual.guidance().stream().noneMatch(g -> g.contains(text))) {
            failWithMessage("%s", "Expecting guidance containing " + Shown.value(text) + " but the guidance is:\n"
                    + Shown.window(actual.guidance(), -1));
        }
        return this;
    }

    private String addons() {
        List<String> l = actual.addons().stream().map(RenderedAddon::manifestPath).toList();
        return Shown.window(l, -1);
    }
}
