package dev.podnet.manifests.internal;

import dev.podnet.manifests.yaml.KopsYaml;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The objects' texts of an addon as UTF-8 bytes, each encoded once (the packager's memos keep them): the addon's
 * text is its objects' bytes joined ({@link #join}), which its manifestHash digests and the command line writes.
 * So a render neither joins the texts as a String (kops writes Calico's and Canal's CRDs with en dashes and curly
 * quotes, which makes the joined text UTF-16, every Latin-1 text widened into it) nor encodes the joined text
 * again; {@code RenderedAddon.yaml()} decodes it when a caller asks. The arrays are never written after they are
 * made.
 */
final class Utf8Texts {
    private static final byte[] SEPARATOR = KopsYaml.SEPARATOR.getBytes(StandardCharsets.UTF_8);

    private Utf8Texts() {
    }

    static byte[] of(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@return the bytes of {@code texts} joined by {@link KopsYaml#SEPARATOR}, as {@code String.join} joins texts} */
    static byte[] join(List<byte[]> texts) {
        int length = 0;
        for (byte[] t : texts) {
            length += t.length;
        }
        length += SEPARATOR.length * Math.max(0, texts.size() - 1);
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                System.arraycopy(SEPARATOR, 0, out, at, SEPARATOR.length);
                at += SEPARATOR.length;
            }
            byte[] t = texts.get(i);
            System.arraycopy(t, 0, out, at, t.length);
            at += t.length;
        }
        return out;
    }
}
