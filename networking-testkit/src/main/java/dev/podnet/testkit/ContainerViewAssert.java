package dev.podnet.testkit;

import dev.podnet.api.render.ContainerView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one container of a rendered workload ({@link ContainerView}): env, image, args,
 * volume mounts. A failure names the object and container and shows the neighbouring entries
 * (the env around the variable, the args, the mounts).
 */
public final class ContainerViewAssert extends AbstractAssert<ContainerViewAssert, ContainerView> {
    private final ObjectViewAssert object;
    private final String where;

    ContainerViewAssert(ContainerView actual, ObjectViewAssert object, String objectWhere) {
        super(actual, ContainerViewAssert.class);
        this.object = object;
        this.where = actual == null ? objectWhere
                : objectWhere + ", " + (actual.isInit() ? "init container " : "container ") + actual.name();
    }

    /**
     * @return the assertions of the object this container was reached from, to go on with another container
     * @throws IllegalStateException if this container was asserted on its own
     */
    public ObjectViewAssert and() {
        if (object == null) throw new IllegalStateException("this container was not reached through an object");
        return object;
    }

    /**
     * @param name an environment variable
     * @param expected its literal value
     * @return this, after checking the container sets {@code name} to {@code expected}
     */
    public ContainerViewAssert hasEnv(String name, String expected) {
        isNotNull();
        Optional<String> value = actual.env(name);
        if (!value.equals(Optional.of(expected))) {
            String was = value.map(v -> "was " + Shown.value(v)).orElse(index(name) >= 0
                    ? "it comes from " + Shown.value(entry(name).get("valueFrom")) : "it is not set");
            failWithMessage("%s", "Expecting env " + name + " of " + where + "\n  to be " + Shown.value(expected)
                    + "\n  but " + was + "\n  env:\n" + Shown.window(envLines(), index(name)));
        }
        return this;
    }

    /**
     * @param name an environment variable
     * @return this, after checking the container does not set it (neither a value nor valueFrom)
     */
    public ContainerViewAssert doesNotHaveEnv(String name) {
        isNotNull();
        if (index(name) >= 0) {
            failWithMessage("%s", "Expecting " + where + " not to set env " + name + " but it does\n  env:\n"
                    + Shown.window(envLines(), index(name)));
        }
        return this;
    }

    /**
     * @param expected a full image reference
     * @return this, after checking the container's image
     */
    public ContainerViewAssert hasImage(String expected) {
        isNotNull();
        if (!actual.image().equals(Optional.of(expected))) {
            failWithMessage("%s", "Expecting the image of " + where + "\n  to be " + expected + "\n  but was "
                    + actual.image().orElse("(none)"));
        }
        return this;
    }

    /**
     * @param expected the container's {@code resources}, e.g. {@code Map.of("requests", Map.of("cpu", "250m"))}
     * @return this, after checking them (the whole block)
     */
    public ContainerViewAssert hasResources(Map<String, ?> expected) {
        isNotNull();
        if (!actual.resources().equals(expected)) {
            failWithMessage("%s", "Expecting the resources of " + where + "\n  to be " + Shown.value(expected)
                    + "\n  but were " + Shown.value(actual.resources()));
        }
        return this;
    }

    /**
     * @param arg one argument, e.g. {@code --v=2}
     * @return this, after checking the container's args contain it
     */
    public ContainerViewAssert hasArg(String arg) {
        isNotNull();
        if (!actual.args().contains(arg)) {
            failWithMessage("%s", "Expecting the args of " + where + " to contain " + Shown.value(arg)
                    + " but they are:\n" + Shown.window(actual.args().stream().map(Shown::value).toList(), nearest(arg)));
        }
        return this;
    }

    /**
     * @param arg one argument
     * @return this, after checking the container's args do not contain it
     */
    public ContainerViewAssert doesNotHaveArg(String arg) {
        isNotNull();
        int at = actual.args().indexOf(arg);
        if (at >= 0) {
            failWithMessage("%s", "Expecting the args of " + where + " not to contain " + Shown.value(arg)
                    + " but they do:\n" + Shown.window(actual.args().stream().map(Shown::value).toList(), at));
        }
        return this;
    }

    /**
     * @param volume a volume name
     * @param mountPath where it should be mounted
     * @return this, after checking the container mounts {@code volume} at {@code mountPath}
     */
    public ContainerViewAssert mounts(String volume, String mountPath) {
        isNotNull();
        List<Map<String, Object>> mounts = actual.volumeMounts();
        boolean found = mounts.stream().anyMatch(m -> volume.equals(m.get("name")) && mountPath.equals(m.get("mountPath")));
        if (!found) {
            List<String> lines = mounts.stream().map(m -> m.get("name") + " at " + m.get("mountPath")).toList();
            failWithMessage("%s", "Expecting " + where + " to mount " + volume + " at " + mountPath
                    + " but its mounts are:\n" + Shown.window(lines, -1));
        }
        return this;
    }

    private int index(String name) {
        List<Map<String, Object>> vars = actual.envVars();
        for (int i = 0; i < vars.size(); i++) {
            if (name.equals(vars.get(i).get("name"))) return i;
        }
        return -1;
    }

    private Map<String, Object> entry(String name) {
        return actual.envVars().get(index(name));
    }

    private List<String> envLines() {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> e : actual.envVars()) {
            Object from = e.get("valueFrom");
            out.add(e.get("name") + (from != null ? " from " + Shown.value(from) : "=" + Shown.value(e.get("value"))));
        }
        return out;
    }

    /** The argument sharing the flag name ({@code --mtu=} for {@code --mtu=9001}), so the window shows it. */
    private int nearest(String arg) {
        int eq = arg.indexOf('=');
        String flag = eq > 0 ? arg.substring(0, eq + 1) : arg;
        List<String> args = actual.args();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith(flag)) return i;
        }
        return -1;
    }
}
