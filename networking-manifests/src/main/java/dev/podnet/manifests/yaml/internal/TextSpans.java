package dev.podnet.manifests.yaml.internal;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One document's text as {@link GoYamlEmitter} wrote it, with where each subtree of its tree was
 * written: the span of the text, and the emitter's state before and after it. What the emitter
 * writes for a node is decided by the node and that state alone (libyaml's emitter reads nothing
 * else: not the text before, nor the indents below the current one), so another tree that shares
 * the node, written from the same state, gets the same characters: {@link GoYamlEmitter#emit(Object, TextSpans)}
 * copies them instead of writing the node again. An edited object shares every subtree its edits
 * left alone with the object it was edited from, so only the edited paths are written.
 *
 * <p>Spans are keyed by identity (trees are immutable; equal but distinct nodes are simply not
 * reused) and recorded for collections and long strings of at least {@link #MIN_SPAN} characters,
 * so the index stays small. Immutable once built, so it can be shared between threads.
 */
public final class TextSpans {

    /** Shorter spans are written again: copying them would save less than the lookup costs. */
    static final int MIN_SPAN = 48;

    /** Shorter strings are not looked up. */
    static final int MIN_STRING = 64;

    private final String text;
    private final int bestWidth;
    private final Map<Object, Span> spans;

    TextSpans(String text, int bestWidth, IdentityHashMap<Object, Span> spans) {
        this.text = text;
        this.bestWidth = bestWidth;
        this.spans = spans;
    }

    /** {@return the whole document's text} */
    public String text() {
        return text;
    }

    /** {@return the best width the text was written with} */
    public int bestWidth() {
        return bestWidth;
    }

    /** {@return how many spans are recorded} */
    public int size() {
        return spans.size();
    }

    Span span(Object node) {
        return spans.get(node);
    }

    /**
     * Where a node was written, and the emitter's state before ({@code indent}, {@code column},
     * {@code entry} flags) and after ({@code exitColumn}, {@code exit} flags); the indent is the
     * same before and after.
     */
    record Span(int start, int end, int indent, int column, int entry, int exitColumn, int exit) {
    }
}
