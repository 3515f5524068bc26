package dev.podnet.api.diag;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** All findings of one run, in the order they were found. Immutable. */
public final class Diagnostics implements Iterable<Diagnostic> {
    private static final Diagnostics NONE = new Diagnostics(List.of());
    private final List<Diagnostic> all;

    private Diagnostics(List<Diagnostic> all) {
        this.all = List.copyOf(all);
    }

    /** {@return no findings} */
    public static Diagnostics none() { return NONE; }

    /**
     * The findings, in the order given.
     *
     * @param findings the findings
     * @return the list of findings
     */
    public static Diagnostics of(List<Diagnostic> findings) { return new Diagnostics(findings); }

    /** {@return every finding, in order} */
    public List<Diagnostic> all() { return all; }

    /** {@return the findings of severity {@link Severity#ERROR}, in order} */
    public List<Diagnostic> errors() { return select(true); }

    /** {@return the findings that are not errors (warnings and advisories), in order} */
    public List<Diagnostic> warnings() { return select(false); }

    private List<Diagnostic> select(boolean errors) {
        List<Diagnostic> out = new java.util.ArrayList<>();
        for (Diagnostic d : all) {
            if (d.isError() == errors) out.add(d);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** {@return true if any finding is an error} */
    public boolean hasErrors() {
        for (Diagnostic d : all) {
            if (d.isError()) return true;
        }
        return false;
    }

    /** {@return true if there are no findings} */
    public boolean isEmpty() { return all.isEmpty(); }

    /** {@return the number of findings} */
    public int size() { return all.size(); }

    /**
     * Both lists, this one's findings first.
     *
     * @param other the findings to append
     * @return the findings of both
     */
    public Diagnostics plus(Diagnostics other) {
        List<Diagnostic> l = new ArrayList<>(all);
        l.addAll(other.all);
        return new Diagnostics(l);
    }

    /**
     * One kops-style line per finding.
     *
     * @return the lines, in order (see {@link Diagnostic#line()})
     */
    public List<String> lines() { return all.stream().map(Diagnostic::line).toList(); }

    @Override
    public Iterator<Diagnostic> iterator() { return all.iterator(); }

    @Override
    public boolean equals(Object o) { return o instanceof Diagnostics d && all.equals(d.all); }

    @Override
    public int hashCode() { return Objects.hash(all); }

    @Override
    public String toString() { return String.join("\n", lines()); }
}
