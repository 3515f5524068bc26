package dev.podnet.api.internal.allowed;

import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.VersionRange;
import java.util.List;

/**
 * One row of the {@link AllowedValueTable}: the values kops' validation accepts for one provider field at some
 * releases.
 *
 * @param gate the row's id: the field under {@code spec.networking} ({@code calico.bpfLogLevel}), with a
 *     {@code #variant} when the field has more than one row
 * @param label the releases as the table writes them ({@code ">=1.19"}); a finding's releases label
 * @param releases the releases the row holds for (since inclusive, until exclusive)
 * @param values the accepted values, as kops spells them, in the order its message lists them; never the
 *     empty string (unset, which validation skips)
 */
public record AllowedValueRow(String gate, String label, VersionRange releases, List<String> values) {
    public AllowedValueRow {
        values = List.copyOf(values);
    }

    /** The rule id of the row's findings: the gate id without its {@code #variant}. */
    public String rule() {
        int hash = gate.indexOf('#');
        return hash < 0 ? gate : gate.substring(0, hash);
    }

    /** The field's v1alpha2 path, e.g. {@code spec.networking.calico.bpfLogLevel}. */
    public String path() {
        return "spec.networking." + rule();
    }

    /** True if the row holds at {@code release}. */
    public boolean holds(KopsVersion release) {
        return releases.contains(release);
    }
}
