package dev.podnet.testkit;

import dev.podnet.api.AppliedDefault;
import dev.podnet.Completion;
import dev.podnet.api.version.KopsVersion;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Completion}: which defaults were applied, to what, by which rule; the
 * release that completed it. A failure shows the defaults applied next to the path.
 *
 * <pre>{@code
 * assertThat(podnet.complete(cluster)).defaulted("spec.networking.calico.mtu").to(8981);
 * }</pre>
 */
public final class CompletionAssert extends AbstractAssert<CompletionAssert, Completion> {

    CompletionAssert(Completion actual) {
        super(actual, CompletionAssert.class);
    }

    /**
     * @param path a field path as kops prints it, e.g. {@code spec.networking.calico.mtu}
     * @return assertions on the default applied there; fails if none was
     */
    public DefaultedAssert defaulted(String path) {
        isNotNull();
        Optional<AppliedDefault> d = actual.applied().stream().filter(a -> a.path().equals(path)).findFirst();
        if (d.isEmpty()) {
            failWithMessage("%s", "Expecting a default at " + path + " but none was applied\n" + near(path));
        }
        return new DefaultedAssert(d.get(), this, near(path));
    }

    /**
     * @param path a field path as kops prints it
     * @return this, after checking no default was applied there (the user's value, or nothing, stays)
     */
    public CompletionAssert notDefaulted(String path) {
        isNotNull();
        actual.applied().stream().filter(a -> a.path().equals(path)).findFirst().ifPresent(a -> failWithMessage("%s",
                "Expecting no default at " + path + " but one was applied: " + a.line() + "\n" + near(path)));
        return this;
    }

    /**
     * @param release a kops release, e.g. {@code 1.30.0}
     * @return this, after checking that release completed the spec
     */
    public CompletionAssert isCompletedBy(String release) {
        isNotNull();
        if (!actual.release().equals(KopsVersion.of(release))) {
            failWithMessage("%s", "Expecting a completion by kops " + release + " but kops " + actual.release()
                    + " made it");
        }
        return this;
    }

    /** The defaults applied under {@code path}'s parent, then how many there are in all. */
    private String near(String path) {
        String parent = ObjectViewAssert.parent(path).orElse(path);
        List<String> lines = actual.applied().stream().filter(a -> a.path().startsWith(parent))
                .map(a -> a.path() + " = " + a.value() + " (" + a.rule() + ")").toList();
        return "  defaults applied under " + parent + ":\n" + Shown.window(lines, -1)
                + "\n  (" + actual.applied().size() + " default(s) applied in all, by kops " + actual.release() + ")";
    }
}
