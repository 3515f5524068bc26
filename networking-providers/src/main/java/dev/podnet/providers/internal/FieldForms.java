package dev.podnet.providers.internal;

import java.util.List;
import java.util.Map;

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

    private final List<ZeroRow> zeroIsUnset;
    private final List<String> quantities;
    private final List<ZeroRow> unknown;
    /** The releases whose kops has no Go field for the provider's own key: its decoder drops the whole block. */
    private final java.util.Optional<dev.podnet.api.version.VersionRange> blockUnknown;

    private FieldForms(List<ZeroRow> zeroIsUnset, List<String> quantities, List<ZeroRow> unknown,
            java.util.Optional<dev.podnet.api.version.VersionRange> blockUnknown) {
        this.zeroIsUnset = zeroIsUnset;
        this.quantities = quantities;
        this.unknown = unknown;
        this.blockUnknown = blockUnknown;
    }

    /** Whether the release's kops has a Go field for the provider's key ({@code blockUnknown} in provider.yaml). */
    boolean blockDecodedAt(KopsVersion release) {
        return blockUnknown.map(r -> !r.contains(release)).orElse(true);
    }

    static FieldForms of(FactNode table) {
        return new FieldForms(table.rows("zeroIsUnset", r -> new ZeroRow(r.texts("keys"), r.range())),
                table.has("quantities") ? table.texts("quantities") : List.of(),
                table.rows("unknown", r -> new ZeroRow(r.texts("keys"), r.range(), r.bool("typeChecked", false))),
                table.find("blockUnknown").map(FactNode::range));
    }

    /**
     * Puts a provider's YAML tree in the form kops' validation sees: fields unknown at the release removed (kops'
     * decoder dropped them) and the empty strings of plain Go string fields removed (an unset enum, not an
     * unsupported value). Zero booleans stay: kops' rules read some of them before defaulting.
     */
    void asValidated(Map<String, Object> tree, KopsVersion release) {
        dropUnknown(tree, release);
        for (ZeroRow row : zeroIsUnset) {
            if (!row.range().contains(release)) continue;
            for (String key : row.keys()) {
                if ("".equals(tree.get(key))) tree.remove(key);
            }
        }
    }

    /**
     * True if {@link #asValidated} would change {@code tree} at {@code release}: a field unknown at the
     * release is present, or a plain string field is empty. Reads {@code tree} only.
     */
    boolean changedWhenValidated(Map<String, Object> tree, KopsVersion release) {
        for (ZeroRow row : unknown) {
            if (!row.range().contains(release)) continue;
            for (String key : row.keys()) {
                if (tree.containsKey(key)) return true;
            }
        }
        for (ZeroRow row : zeroIsUnset) {
            if (!row.range().contains(release)) continue;
            for (String key : row.keys()) {
                if ("".equals(tree.get(key))) return true;
            }
        }
        return false;
    }

    /** True if no row applies at {@code release}, so {@link #asValidated} changes no tree. */
    boolean validatesAsIs(KopsVersion release) {
        for (ZeroRow row : unknown) {
            if (row.range().contains(release) && !row.keys().isEmpty()) return false;
        }
        for (ZeroRow row : zeroIsUnset) {
            if (row.range().contains(release) && !row.keys().isEmpty()) return false;
        }
        return true;
    }

    /**
     * The fields kops' decoder drops unread at {@code release}, whatever their value; not those of a
     * {@code typeChecked} row, which the v1alpha2 type still decodes (a value of the wrong JSON type is
     * refused) before the conversion to kops' internal type drops them.
     */
    java.util.Set<String> unknownAt(KopsVersion release) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (ZeroRow row : unknown) {
            if (row.range().contains(release) && !row.typeChecked()) out.addAll(row.keys());
        }
        return java.util.Set.copyOf(out);
    }

    /**
     * The fields of {@code typeChecked} rows at {@code release}: in kops' v1alpha2 type only (its v1alpha3 type and
     * internal type lack them), the same fields networking-api's {@code VersionSpellings} drops unread from a
     * v1alpha3 document ({@code FieldFormsV1alpha3InStepTest} keeps the two in step).
     */
    java.util.Set<String> typeCheckedAt(KopsVersion release) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (ZeroRow row : unknown) {
            if (row.range().contains(release) && row.typeChecked()) out.addAll(row.keys());
        }
        return java.util.Set.copyOf(out);
    }

    private void dropUnknown(Map<String, Object> tree, KopsVersion release) {
        for (ZeroRow row : unknown) {
            if (row.range().contains(release)) row.keys().forEach(tree::remove);
        }
    }

    /** Puts a provider's YAML tree in kops' form at {@code release}: unset zero values removed, quantities canonical. */
    void apply(Map<String, Object> tree, KopsVersion release) {
        for (ZeroRow row : zeroIsUnset) {
            if (!row.range().contains(release)) continue;
            for (String key : row.keys()) {
                if (isZero(tree.get(key))) tree.remove(key);
            }
        }
        dropUnknown(tree, release);
        for (String key : quantities) {
            if (tree.get(key) instanceof String q) tree.put(key, Quantities.canonical(q));
        }
    }

    private static boolean isZero(Object v) {
        return Boolean.FALSE.equals(v) || "".equals(v) || (v instanceof Number n && n.longValue() == 0 && n.doubleValue() == 0);
    }
}
