package dev.podnet.manifests.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Classpath resources of the renderers, read as UTF-8 text. */
public final class Resources {
    private Resources() {
    }

    /**
     * The text of {@code resource}, resolved as {@link Class#getResourceAsStream} does: relative to
     * {@code anchor}'s package, or from the classpath root when it starts with {@code /}.
     */
    public static String text(Class<?> anchor, String resource) {
        return new String(bytes(anchor, resource), StandardCharsets.UTF_8);
    }

    /** The bytes of {@code resource} (resolved as by {@link #text}), or null when there is no such resource. */
    public static byte[] optionalBytes(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of {@code resource} (resolved as by {@link #text}). */
    public static byte[] bytes(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + anchor.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first {@code length} bytes of {@code resource} (resolved as by {@link #text}), read straight into
     * one array: a stored resource's reader stops inflating there.
     *
     * @throws IllegalStateException when the resource is shorter
     */
    public static byte[] prefix(Class<?> anchor, String resource, int length) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + anchor.getName());
            }
            byte[] out = new byte[length];
            int n = in.readNBytes(out, 0, length);
            if (n < length) {
                throw new IllegalStateException(resource + " has " + n + " bytes, fewer than " + length);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code resource} exists (resolved as by {@link #text}). */
    public static boolean exists(Class<?> anchor, String resource) {
        return anchor.getResource(resource) != null;
    }
}
