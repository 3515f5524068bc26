package dev.podnet.testkit;

import dev.podnet.api.render.ObjectView;
import dev.podnet.api.render.RenderedAddon;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link RenderedAddon}: its objects by kind and name (each opened as an
 * {@link ObjectViewAssert}), its images. A failure lists the objects the manifest has.
 *
 * <pre>{@code
 * assertThat(addon).daemonSet("calico-node").container("calico-node").hasEnv("CALICO_IPV4POOL_IPIP", "Always");
 * }</pre>
 */
public final class RenderedAddonAssert extends AbstractAssert<RenderedAddonAssert, RenderedAddon> {

    RenderedAddonAssert(RenderedAddon actual) {
        super(actual, RenderedAddonAssert.class);
    }

    /**
     * @param kind a Kubernetes kind, e.g. {@code DaemonSet}
     * @param name the object's {@code metadata.name}
     * @return assertions on that object; fails if the manifest has none
     */
    public ObjectViewAssert object(String kind, String name) {
        isNotNull();
        Optional<ObjectView> found = actual.manifest().find(kind, name);
        if (found.isEmpty()) {
            failWithMessage("%s", "Expecting " + manifest() + " to have a " + kind + " named " + name
                    + " but it has none; its objects:\n" + objectList(kind, name));
        }
        return new ObjectViewAssert(found.get(), manifest());
    }

    /**
     * @param name a DaemonSet's name
     * @return assertions on it
     */
    public ObjectViewAssert daemonSet(String name) {
        return object("DaemonSet", name);
    }

    /**
     * @param name a Deployment's name
     * @return assertions on it
     */
    public ObjectViewAssert deployment(String name) {
        return object("Deployment", name);
    }

    /**
     * @param name a ConfigMap's name
     * @return assertions on it
     */
    public ObjectViewAssert configMap(String name) {
        return object("ConfigMap", name);
    }

    /**
     * @param kind a Kubernetes kind
     * @param name an object name
     * @return this, after checking the manifest has that object
     */
    public RenderedAddonAssert hasObject(String kind, String name) {
        object(kind, name);
        return this;
    }

    /**
     * @param kind a Kubernetes kind
     * @param name an object name
     * @return this, after checking the manifest has no such object
     */
    public RenderedAddonAssert doesNotHaveObject(String kind, String name) {
        isNotNull();
        if (actual.manifest().find(kind, name).isPresent()) {
            failWithMessage("%s", "Expecting " + manifest() + " to have no " + kind + " named " + name
                    + " but it has one; its objects:\n" + objectList(kind, name));
        }
        return this;
    }

    /**
     * @param image a full image reference, e.g. {@code docker.io/calico/node:v3.28.1}
     * @return this, after checking some container or init container uses it
     */
    public RenderedAddonAssert usesImage(String image) {
        isNotNull();
        List<String> images = actual.manifest().images();
        if (!images.contains(image)) {
            failWithMessage("%s", "Expecting " + manifest() + " to use image " + image + " but its images are:\n"
                    + Shown.window(images, -1));
        }
        return this;
    }

    /**
     * @param count how many patches rendering should have applied to this addon
     * @return this, after checking {@link RenderedAddon#appliedPatches()}
     */
    public RenderedAddonAssert hasAppliedPatches(int count) {
        isNotNull();
        if (actual.appliedPatches().size() != count) {
            failWithMessage("%s", "Expecting " + manifest() + " to have " + count + " applied patch(es) but it has "
                    + actual.appliedPatches().size() + ":\n"
                    + Shown.window(actual.appliedPatches().stream().map(Object::toString).toList(), -1));
        }
        return this;
    }

    private String manifest() {
        return actual.manifestPath();
    }

    /** Every object, the ones sharing the kind or name marked, so a near miss shows. */
    private String objectList(String kind, String name) {
        List<String> lines = actual.manifest().objects().stream().map(o -> {
            boolean near = o.kind().equals(kind) || o.name().equals(name);
            return (near ? "  * " : "    ") + o.kind() + " " + o.namespace().map(n -> n + "/").orElse("") + o.name();
        }).toList();
        return lines.isEmpty() ? "    (none)" : String.join("\n", lines);
    }
}
