package dev.podnet.manifests.internal;

import dev.podnet.api.internal.facts.FactNode;
import dev.podnet.manifests.object.Manifest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An edit that makes one of kops' templates from the objects podnet holds for another, named as a provider's
 * release table names it ({@code templateEdits}: template id → edit names, next to the provider's
 * {@code borrowed.tsv}). Each provider lists its edits as an enum implementing this.
 */
public interface TemplateEdit {

    /** {@return the name the release table gives this edit} */
    String tableName();

    /** {@return the objects with this edit made} */
    Manifest apply(Manifest m);

    /**
     * Reads a {@code templateEdits} table: by template id, its edits in the table's order.
     *
     * @param table the table (template id → list of edit names)
     * @param edits every edit of the provider
     * @param provider the provider's name, for the error on a name no edit has
     */
    static <E extends TemplateEdit> Map<String, List<E>> read(FactNode table, E[] edits, String provider) {
        Map<String, List<E>> out = new LinkedHashMap<>();
        for (String template : table.keys()) {
            FactNode names = table.get(template);
            List<E> named = new java.util.ArrayList<>();
            for (String name : names.texts()) {
                E found = null;
                for (E e : edits) {
                    if (e.tableName().equals(name)) {
                        found = e;
                        break;
                    }
                }
                if (found == null) throw names.fail("no " + provider + " template edit " + name);
                named.add(found);
            }
            out.put(template, List.copyOf(named));
        }
        return Map.copyOf(out);
    }
}
