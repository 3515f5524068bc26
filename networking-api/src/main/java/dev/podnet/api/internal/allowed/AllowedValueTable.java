package dev.podnet.api.internal.allowed;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.api.version.VersionRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values kops' validation accepts for provider fields, by release ({@code allowed-values.yaml}): the one
 * home of these facts, read by validation (the single-field constraints and the rules that check a value
 * list) and by the field documentation. Read through the release-fact loader and checked at load: a bad row
 * (a range that does not parse, an id that names no field, no values, a value written twice or empty, two
 * rows of a field that overlap) fails with the file, the row and the reason. Immutable; the caller keeps the
 * instance.
 */
public final class AllowedValueTable {
    /** Where the table sits on the class path, beside this class. */
    public static final String RESOURCE = "dev/podnet/api/internal/allowed/allowed-values.yaml";
    private static final Pattern GATE = Pattern.compile("[a-z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*(#[a-z0-9][a-z0-9.-]*)?");
    private static final Set<String> ROW_KEYS = Set.of("releases", "values");

    private final Map<String, AllowedValueRow> byGate;

    private AllowedValueTable(Map<String, AllowedValueRow> byGate) {
        this.byGate = byGate;
    }

    /** Reads podnet's table. */
    public static AllowedValueTable load() {
        return read(FactDocument.load(AllowedValueTable.class, "allowed-values.yaml", RESOURCE).root());
    }

    /** Reads the {@code allowed} mapping of a document already loaded (for tests: a table of their own). */
    public static AllowedValueTable read(FactNode root) {
        FactNode table = root.get("allowed");
        Map<String, AllowedValueRow> rows = new LinkedHashMap<>();
        for (String gate : table.keys()) {
            FactNode n = table.get(gate).onlyKeys(ROW_KEYS);
            if (!GATE.matcher(gate).matches()) throw n.fail("not a field under spec.networking (provider.field[#variant]): " + gate);
            VersionRange range = n.rangeText("releases");
            List<String> values = n.texts("values");
            if (values.isEmpty()) throw n.fail("no values");
            if (values.contains("")) throw n.fail("the empty string is unset, never an allowed value");
            if (new HashSet<>(values).size() != values.size()) throw n.fail("a value written twice: " + values);
            AllowedValueRow row = new AllowedValueRow(gate, n.text("releases").trim(), range, values);
            for (AllowedValueRow other : rows.values()) {
                if (other.rule().equals(row.rule()) && overlap(other.releases(), range)) {
                    throw n.fail("releases " + row.label() + " overlap row " + other.gate() + " (" + other.label() + ")");
                }
            }
            rows.put(gate, row);
        }
        return new AllowedValueTable(java.util.Collections.unmodifiableMap(rows));
    }

    private static boolean overlap(VersionRange a, VersionRange b) {
        boolean aEndsFirst = a.until().isPresent() && b.from().isPresent() && !b.from().get().isBefore(a.until().get());
        boolean bEndsFirst = b.until().isPresent() && a.from().isPresent() && !a.from().get().isBefore(b.until().get());
        return !aEndsFirst && !bEndsFirst;
    }

    /** Every row, in the table's order. */
    public List<AllowedValueRow> rows() {
        return List.copyOf(byGate.values());
    }

    /** The row {@code gate}, if the table has it. */
    public Optional<AllowedValueRow> find(String gate) {
        return Optional.ofNullable(byGate.get(gate));
    }

    /** The rows of one provider (gate ids {@code provider.*}), in the table's order. */
    public List<AllowedValueRow> ofProvider(String provider) {
        List<AllowedValueRow> out = new ArrayList<>();
        for (AllowedValueRow r : byGate.values()) if (r.gate().startsWith(provider + ".")) out.add(r);
        return List.copyOf(out);
    }

    /** The rows of the field at {@code path} ({@code spec.networking.calico.encapsulationMode}), oldest first as written. */
    public List<AllowedValueRow> ofField(String path) {
        List<AllowedValueRow> out = new ArrayList<>();
        for (AllowedValueRow r : byGate.values()) if (r.path().equals(path)) out.add(r);
        return List.copyOf(out);
    }
}
