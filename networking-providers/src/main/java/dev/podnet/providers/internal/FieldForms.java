package dev.podnet.providers.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.podnet.api.internal.Quantities;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;

/**
 * The form kops gives a provider's fields before defaulting, from its release table:
 *
 * <pre>
 * zeroIsUnset:          # Go fields that are plain values with omitempty, not pointers
 *   - {keys: [bpfEnabled, typhaReplicas], since: ..., until: ...}
 * quantities: [cpuRequest]   # resource.Quantity fields
 * unknown:              # fields kops' Go type lacks at those releases: its decoder drops them
 *   - {keys: [cpuRequest], until: "1.21"}
 *   - {keys: [x], since: "1.23", typeChecked: true}   # in the v1alpha2 type only: its JSON type is checked, then dropped
 * </pre>
 *
 * A zero value ({@code false}, {@code 0}, {@code ""}) of a plain Go field is the same as no value: kops
 * defaults it as unset and never writes it back. A pointer field keeps an explicit zero (a row's
 * {@code until} is the release the field became a pointer). A quantity is written in its canonical form.
 */
final class FieldForms {
    private record ZeroRow(List<String> keys, VersionRange range, boolean typeChecked) {
        ZeroRow(List<String> keys, VersionRange range) {
            this(keys, range, false);
        }
    }

    /** What a segment's rows say of one key; a key of an {@code unknown} row goes whatever its value. */
    private enum Form { UNKNOWN, ZERO_IS_UNSET }

    /**
     * What the rows in range give one segment of releases (see {@link ReleaseSegments}), gathered when the
     * table loads: the form of each key of those rows (one look-up per key of a tree), and the keys of the
     * {@code unknown} rows without and with {@code typeChecked}.
     */
    private record AtSegment(Map<String, Form> forms, Set<String> undecoded, Set<String> typeChecked) {
        static AtSegment of(List<ZeroRow> zeroIsUnset, List<ZeroRow> unknown, ReleaseSegments segments, int segment) {
            Map<String, Form> forms = new HashMap<>();
            Set<String> undecoded = new TreeSet<>();
            Set<String> typeChecked = new TreeSet<>();
            for (ZeroRow row : unknown) {
                if (!segments.holds(row.range(), segment)) continue;
                for (String k : row.keys()) forms.put(k, Form.UNKNOWN);
                (row.typeChecked() ? typeChecked : undecoded).addAll(row.keys());
            }
            for (ZeroRow row : zeroIsUnset) {
                if (!segments.holds(row.range(), segment)) continue;
                for (String k : row.keys()) forms.putIfAbsent(k, Form.ZERO_IS_UNSET);
            }
            // a HashMap, not Map.copyOf: a tree's key is looked up as it is, and an immutable map refuses a null one
            return new AtSegment(Collections.unmodifiableMap(forms), Set.copyOf(undecoded), Set.copyOf(typeChecked));
        }

        /** Whether a key goes when kops validates: it is unknown, or a plain field holding an empty string. */
        boolean goesWhenValidated(String key, Object value) {
            Form f = forms.get(key);
            return f == Form.UNKNOWN || (f == Form.ZERO_IS_UNSET && "".equals(value));
        }
    }

    private final List<String> quantities;
    /** The releases whose kops has no Go field for the provider's own key: its decoder drops the whole block. */
    private final Optional<VersionRange> blockUnknown;
    private final ReleaseSegments segments;
    private final List<ZeroRow> zeroIsUnset;
    private final List<ZeroRow> unknown;
    /**
     * Each segment's forms, made when a release of it is first asked for: a process validates at one release, and
     * making every segment's at load cost a cold command a few ms for Cilium's many rows. An AtSegment is immutable
     * (final fields only), so a thread that reads a slot another has filled sees it whole; two threads may make the
     * same one, equal, at worst.
     */
    private final AtSegment[] bySegment;

    private FieldForms(List<ZeroRow> zeroIsUnset, List<String> quantities, List<ZeroRow> unknown,
            Optional<VersionRange> blockUnknown) {
        this.quantities = quantities;
        this.blockUnknown = blockUnknown;
        List<VersionRange> ranges = new ArrayList<>();
        for (ZeroRow r : zeroIsUnset) ranges.add(r.range());
        for (ZeroRow r : unknown) ranges.add(r.range());
        this.segments = ReleaseSegments.of(ranges);
        this.zeroIsUnset = zeroIsUnset;
        this.unknown = unknown;
        this.bySegment = new AtSegment[segments.count()];
    }

    private AtSegment at(KopsVersion release) {
        int s = segments.of(release);
        AtSegment at = bySegment[s];
        if (at == null) {
            at = AtSegment.of(zeroIsUnset, unknown, segments, s);
            bySegment[s] = at;
        }
        return at;
    }

    /** Whether the release's kops has a Go field for the provider's key ({@code blockUnknown} in provider.yaml). */
    boolean blockDecodedAt(KopsVersion release) {
        return blockUnknown.isEmpty() || !blockUnknown.get().contains(release);
    }

    static FieldForms of(FactNode table) {
        return new FieldForms(table.rows("zeroIsUnset", r -> new ZeroRow(r.texts("keys"), r.range())),
                table.has("quantities") ? table.texts("quantities") : List.of(),
                table.rows("unknown", r -> new ZeroRow(r.texts("keys"), r.range(), r.bool("typeChecked", false))),
                table.has("blockUnknown") ? Optional.of(table.get("blockUnknown").range()) : Optional.empty());
    }

    /**
     * Puts a provider's YAML tree in the form kops' validation sees: fields unknown at the release removed (kops'
     * decoder dropped them) and the empty strings of plain Go string fields removed (an unset enum, not an
     * unsupported value). Zero booleans stay: kops' rules read some of them before defaulting.
     */
    void asValidated(Map<String, Object> tree, KopsVersion release) {
        AtSegment at = at(release);
        // walks the tree, usually far smaller than the rows' keys; which keys go does not depend on the order
        for (Iterator<Map.Entry<String, Object>> it = tree.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Object> e = it.next();
            if (at.goesWhenValidated(e.getKey(), e.getValue())) it.remove();
        }
    }

    /**
     * True if {@link #asValidated} would change {@code tree} at {@code release}: a field unknown at the
     * release is present, or a plain string field is empty. Reads {@code tree} only.
     */
    boolean changedWhenValidated(Map<String, Object> tree, KopsVersion release) {
        AtSegment at = at(release);
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (at.goesWhenValidated(e.getKey(), e.getValue())) return true;
        }
        return false;
    }

    /** True if no row applies at {@code release}, so {@link #asValidated} changes no tree. */
    boolean validatesAsIs(KopsVersion release) {
        return at(release).forms().isEmpty();
    }

    /**
     * The fields kops' decoder drops unread at {@code release}, whatever their value; not those of a
     * {@code typeChecked} row, which the v1alpha2 type still decodes (a value of the wrong JSON type is
     * refused) before the conversion to kops' internal type drops them.
     */
    Set<String> unknownAt(KopsVersion release) {
        return at(release).undecoded();
    }

    /**
     * The fields of {@code typeChecked} rows at {@code release}: in kops' v1alpha2 type only (its v1alpha3 type and
     * internal type lack them), the same fields networking-api's {@code VersionSpellings} drops unread from a
     * v1alpha3 document ({@code FieldFormsV1alpha3InStepTest} keeps the two in step).
     */
    Set<String> typeCheckedAt(KopsVersion release) {
        return at(release).typeChecked();
    }

    /** Puts a provider's YAML tree in kops' form at {@code release}: unset zero values removed, quantities canonical. */
    void apply(Map<String, Object> tree, KopsVersion release) {
        AtSegment at = at(release);
        // walks the tree, usually far smaller than the rows' keys; which keys go does not depend on the order
        for (Iterator<Map.Entry<String, Object>> it = tree.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Object> e = it.next();
            Form f = at.forms().get(e.getKey());
            if (f == Form.UNKNOWN || (f == Form.ZERO_IS_UNSET && isZero(e.getValue()))) it.remove();
        }
        for (String key : quantities) {
            if (tree.get(key) instanceof String q) tree.put(key, Quantities.canonical(q));
        }
    }

    private static boolean isZero(Object v) {
        return Boolean.FALSE.equals(v) || "".equals(v) || (v instanceof Number n && n.longValue() == 0 && n.doubleValue() == 0);
    }
}
