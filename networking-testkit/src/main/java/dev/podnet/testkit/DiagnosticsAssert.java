package dev.podnet.testkit;

import dev.podnet.api.diag.Diagnostic;
import dev.podnet.api.diag.Diagnostics;
import dev.podnet.api.diag.ErrorType;
import dev.podnet.api.diag.Severity;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on validation findings ({@link Diagnostics}): an error or warning at a field path,
 * of a type, none at all. A failure shows the findings at and under the path's parent first, then
 * every finding, one kops-style line each.
 *
 * <pre>{@code
 * assertThat(podnet.validate(cluster)).hasError("spec.networking.cilium.ipam", ErrorType.FORBIDDEN);
 * }</pre>
 */
public final class DiagnosticsAssert extends AbstractAssert<DiagnosticsAssert, Diagnostics> {

    DiagnosticsAssert(Diagnostics actual) {
        super(actual, DiagnosticsAssert.class);
    }

    /**
     * @param path a field path as kops prints it, e.g. {@code spec.networking.cilium.ipam}
     * @param type the error type
     * @return this, after checking there is an error of that type at that path
     */
    public DiagnosticsAssert hasError(String path, ErrorType type) {
        return has("an error " + type.text() + " at " + path, path,
                d -> d.isError() && d.path().equals(path) && d.type() == type);
    }

    /**
     * @param path a field path as kops prints it
     * @return this, after checking there is an error of any type at that path
     */
    public DiagnosticsAssert hasError(String path) {
        return has("an error at " + path, path, d -> d.isError() && d.path().equals(path));
    }

    /**
     * @param path a field path as kops prints it
     * @param type the error type
     * @param detail text the finding's line (path, type, value, detail) contains
     * @return this, after checking there is such an error
     */
    public DiagnosticsAssert hasError(String path, ErrorType type, String detail) {
        return has("an error " + type.text() + " at " + path + " saying " + Shown.value(detail), path,
                d -> d.isError() && d.path().equals(path) && d.type() == type && d.line().contains(detail));
    }

    /**
     * @param path a field path as kops prints it
     * @return this, after checking there is a warning at that path
     */
    public DiagnosticsAssert hasWarning(String path) {
        return has("a warning at " + path, path, d -> d.severity() == Severity.WARNING && d.path().equals(path));
    }

    /** @return this, after checking there is no error (warnings are allowed) */
    public DiagnosticsAssert hasNoErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            failWithMessage("%s", "Expecting no errors but found " + actual.errors().size() + ":\n"
                    + lines(actual.errors()));
        }
        return this;
    }

    /**
     * @param path a field path as kops prints it
     * @return this, after checking no finding (error or warning) is at that path
     */
    public DiagnosticsAssert hasNoFindingAt(String path) {
        isNotNull();
        List<Diagnostic> at = actual.all().stream().filter(d -> d.path().equals(path)).toList();
        if (!at.isEmpty()) {
            failWithMessage("%s", "Expecting no finding at " + path + " but found:\n" + lines(at));
        }
        return this;
    }

    private DiagnosticsAssert has(String what, String path, Predicate<Diagnostic> match) {
        isNotNull();
        if (actual.all().stream().noneMatch(match)) {
            String parent = ObjectViewAssert.parent(path).orElse(path);
            List<Diagnostic> near = actual.all().stream().filter(d -> d.path().startsWith(parent)).toList();
            failWithMessage("%s", "Expecting " + what + " but there is none\n  findings under " + parent + ":\n"
                    + lines(near) + "\n  all " + actual.size() + " finding(s):\n" + lines(actual.all()));
        }
        return this;
    }

    private static String lines(List<Diagnostic> findings) {
        if (findings.isEmpty()) return "    (none)";
        return String.join("\n", findings.stream()
                .map(d -> "    " + (d.isError() ? "" : "[warning] ") + d.line()).toList());
    }
}
