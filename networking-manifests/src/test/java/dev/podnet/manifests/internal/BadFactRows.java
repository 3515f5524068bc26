package dev.podnet.manifests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podnet.api.internal.facts.FactDocument;
import dev.podnet.api.internal.facts.FactFormatException;
import dev.podnet.api.internal.facts.FactNode;
import java.util.List;
import java.util.function.Function;

/**
 * Test helper for the cumulative release tables: a bad row appended to the real table must fail when the table
 * is loaded, naming the file, the row and the reason.
 */
public final class BadFactRows {
    private BadFactRows() {
    }

    /**
     * Reads {@code resource} (beside {@code anchor}) with {@code row} appended and checks that loading fails with
     * {@code <file>: [<index of the appended row>]<where and reason>}.
     */
    public static <T> void assertFailsAtLoad(Class<?> anchor, String resource, Function<FactNode, T> reader, String row,
            String whereAndReason) {
        String path = resource.startsWith("/") ? resource.substring(1) : anchor.getPackageName().replace('.', '/') + "/" + resource;
        String text = Resources.text(anchor, resource);
        int rows = ((List<?>) FactDocument.parse(path, text).root().plain()).size();
        // the real table loads, the table with the bad row does not
        assertThat(FactDocument.parse(path, text).root().cumulativeReleases(reader).rows()).hasSize(rows);
        assertThatThrownBy(() -> FactDocument.parse(path, text + "\n" + row).root().cumulativeReleases(reader))
                .isInstanceOf(FactFormatException.class)
                .hasMessageStartingWith(path + ": [" + rows + "]" + whereAndReason);
    }
}
