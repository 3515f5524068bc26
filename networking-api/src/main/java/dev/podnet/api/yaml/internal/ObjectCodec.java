package dev.podnet.api.yaml.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads and writes one kops object type through its {@link Fields}: one case per field, naming the field
 * and its kind beside its getter and builder setter, instead of reflection. Keys without a field are kept,
 * in order, as the object's extra fields, which makes the codec lossless.
 *
 * <p>The fields are a switch rather than a table of method references because JDK 17 links each lambda or
 * method-reference call site the first time it runs (~45 µs each even with a class-data archive), and a
 * table of them links every site when its class initialises: a cold render read hundreds of them before
 * reading a spec (networking-benchmarks README, sixteenth round).
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> {
    private final Fields<T, B> fields;
    /** An empty value: what a getter is called on while a field is declared or read. */
    private final T empty;
    private final Map<String, Integer> cases;
    private final Map<String, String> kinds;
    private final Map<String, ObjectCodec<?, ?>> nested;

    private ObjectCodec(Fields<T, B> fields) {
        this.fields = fields;
        this.empty = fields.build(fields.builder());
        Map<String, Integer> cases = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, ObjectCodec<?, ?>> nested = new LinkedHashMap<>();
        Slot s = new Slot(Mode.DECLARE);
        for (int i = 0; ; i++) {
            s.name = null;
            fields.field(i, s, empty, null);
            if (s.ended) break;
            if (s.name == null) throw new IllegalStateException("case " + i + " declares no field");
            if (cases.put(s.name, i) != null) throw new IllegalStateException("field declared twice: " + s.name);
            kinds.put(s.name, s.kind);
            if (s.codec != null) nested.put(s.name, s.codec);
        }
        this.cases = Collections.unmodifiableMap(cases);
        this.kinds = Collections.unmodifiableMap(kinds);
        this.nested = nested;
    }

    /** The codec of a type whose fields {@code fields} declares. */
    static <T, B> ObjectCodec<T, B> of(Fields<T, B> fields) {
        return new ObjectCodec<>(fields);
    }

    /** The YAML keys this codec models. */
    public java.util.Set<String> fieldNames() { return cases.keySet(); }

    /**
     * The kind of value each modelled key holds, in declaration order: {@code string}, {@code quantity},
     * {@code int32}, {@code int64}, {@code boolean}, {@code strings}, {@code stringMap}, {@code object} or
     * {@code objects} (for tools that document or describe the model).
     */
    public Map<String, String> fieldKinds() {
        return kinds;
    }

    /** The codec of an {@code object} or {@code objects} field. */
    public Optional<ObjectCodec<?, ?>> nested(String name) {
        return Optional.ofNullable(nested.get(name));
    }

    /** Reads a mapping node; problems go to {@code ctx}, and the result holds what could be read. */
    public T read(Node node, String path, ReadContext ctx) {
        return read(node, path, ctx, Set.of());
    }

    /**
     * Reads a mapping node, keeping the keys in {@code unread} as extras although this codec models
     * them (a field the document's apiVersion spells differently, which kops drops).
     */
    public T read(Node node, String path, ReadContext ctx, Set<String> unread) {
        B b = fields.builder();
        if (Nodes.isNull(node)) return fields.build(b);
        if (!(node instanceof MappingNode m)) {
            ctx.problem(path, node, "expected a mapping, got " + Nodes.describe(node));
            return fields.build(b);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        Slot s = new Slot(Mode.READ);
        s.ctx = ctx;
        for (NodeTuple t : m.getValue()) {
            String key = Nodes.key(t);
            Integer i = unread.contains(key) ? null : cases.get(key);
            if (i == null) {
                extra.put(key, Nodes.toValue(t.getValueNode()));
            } else if (!Nodes.isNull(t.getValueNode())) {
                s.node = t.getValueNode();
                s.path = join(path, key);
                fields.field(i, s, empty, b);
            }
        }
        fields.extras(b, extra);
        return fields.build(b);
    }

    /**
     * Reads one entry into a builder if this codec models the key; returns false otherwise. Lets a
     * caller gather one object's fields from several places (v1alpha2 keeps network fields at the top
     * of {@code spec}).
     */
    public boolean readField(B builder, String key, Node value, String path, ReadContext ctx) {
        Integer i = cases.get(key);
        if (i == null) return false;
        if (!Nodes.isNull(value)) {
            Slot s = new Slot(Mode.READ);
            s.ctx = ctx;
            s.node = value;
            s.path = path;
            fields.field(i, s, empty, builder);
        }
        return true;
    }

    /** The modelled fields of a value, without its extras. */
    public Map<String, Object> writeFields(T value) {
        return walk(value, Mode.WRITE);
    }

    /** Writes the value as a plain ordered map: modelled fields in declaration order, then the extras. */
    public Map<String, Object> write(T value) {
        Map<String, Object> out = walk(value, Mode.WRITE);
        for (Map.Entry<String, Object> e : fields.extras(value).entrySet()) {
            if (!out.containsKey(e.getKey())) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * The paths of the keys of a value, nested objects included, that this codec kept as extras (keys the
     * model has no field for, or spells for the other apiVersion), in document order.
     */
    public void unknownKeys(T value, String path, List<String> out) {
        for (String k : fields.extras(value).keySet()) out.add(join(path, k));
        if (nested.isEmpty()) return;
        Slot s = new Slot(Mode.UNKNOWN);
        s.path = path;
        s.unknown = out;
        for (Integer i : cases.values()) fields.field(i, s, value, null);
    }

    /** Writes the modelled fields of a value, nested objects too, as a plain ordered map without any extras. */
    public Map<String, Object> writeModelled(T value) {
        return walk(value, Mode.MODELLED);
    }

    private Map<String, Object> walk(T value, Mode mode) {
        Slot s = new Slot(mode);
        s.out = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) fields.field(i, s, value, null);
        return s.out;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * The fields of one type. {@link #field} holds one case per field, numbered from 0 in kops' order, then
     * {@code default -> s.end();}. Each case passes the field's name and the value's getter to the slot
     * method of its kind, which returns true when it read a value for the builder's setter:
     * <pre>{@code case 0 -> { if (s.str("registry", v.registry())) b.registry(s.string()); }}</pre>
     */
    abstract static class Fields<T, B> {
        abstract B builder();

        abstract T build(B builder);

        abstract Map<String, Object> extras(T value);

        abstract void extras(B builder, Map<String, Object> extras);

        /** Field {@code i} of value {@code v} through slot {@code s}; {@code b} is null unless the slot reads. */
        abstract void field(int i, Slot s, T v, B b);
    }

    private enum Mode { DECLARE, READ, WRITE, MODELLED, UNKNOWN }

    /**
     * What one pass over the fields does with each: declares it, reads the node of a key into the builder,
     * writes the value's field to a map, or walks nested objects for unknown keys.
     */
    static final class Slot {
        private final Mode mode;
        // DECLARE
        private String name;
        private String kind;
        private ObjectCodec<?, ?> codec;
        private boolean ended;
        // READ (node, path, ctx; the value read) and UNKNOWN (path)
        private Node node;
        private String path;
        private ReadContext ctx;
        private Object value;
        // WRITE and MODELLED
        private Map<String, Object> out;
        // UNKNOWN
        private List<String> unknown;

        private Slot(Mode mode) {
            this.mode = mode;
        }

        /** After the last field. */
        void end() {
            if (mode == Mode.DECLARE) ended = true;
            else throw new IllegalStateException("no such field");
        }

        boolean str(String name, Optional<String> got) {
            return mode == Mode.READ ? took(Scalars.string(node, path, ctx)) : plain(name, "string", got.orElse(null));
        }

        /** A Kubernetes quantity or duration: a string, but a plain number is accepted and kept as written. */
        boolean quantity(String name, Optional<String> got) {
            return mode == Mode.READ ? took(Scalars.quantity(node, path, ctx)) : plain(name, "quantity", got.orElse(null));
        }

        boolean int32(String name, Optional<Integer> got) {
            return mode == Mode.READ ? took(Scalars.int32(node, path, ctx)) : plain(name, "int32", got.orElse(null));
        }

        boolean int64(String name, Optional<Long> got) {
            return mode == Mode.READ ? took(Scalars.int64(node, path, ctx)) : plain(name, "int64", got.orElse(null));
        }

        boolean bool(String name, Optional<Boolean> got) {
            return mode == Mode.READ ? took(Scalars.bool(node, path, ctx)) : plain(name, "boolean", got.orElse(null));
        }

        boolean strings(String name, List<String> got) {
            if (mode != Mode.READ) return plain(name, "strings", got.isEmpty() ? null : got);
            if (!(node instanceof SequenceNode s)) {
                ctx.problem(path, node, "expected a list of strings, got " + Nodes.describe(node));
                return false;
            }
            List<String> list = new ArrayList<>();
            for (int i = 0; i < s.getValue().size(); i++) {
                Optional<String> v = Scalars.string(s.getValue().get(i), path + "[" + i + "]", ctx);
                if (v.isPresent()) list.add(v.get());
            }
            value = list;
            return true;
        }

        boolean stringMap(String name, Map<String, String> got) {
            if (mode != Mode.READ) return plain(name, "stringMap", got.isEmpty() ? null : got);
            if (!(node instanceof MappingNode m)) {
                ctx.problem(path, node, "expected a mapping of strings, got " + Nodes.describe(node));
                return false;
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String k = Nodes.key(t);
                Optional<String> v = Scalars.string(t.getValueNode(), join(path, k), ctx);
                if (v.isPresent()) map.put(k, v.get());
            }
            value = map;
            return true;
        }

        <V> boolean object(String name, ObjectCodec<V, ?> codec, Optional<V> got) {
            switch (mode) {
                case DECLARE -> declare(name, "object", codec);
                case READ -> {
                    value = codec.read(node, path, ctx);
                    return true;
                }
                case WRITE -> {
                    if (got.isPresent()) out.put(name, codec.write(got.get()));
                }
                case MODELLED -> {
                    if (got.isPresent()) out.put(name, codec.writeModelled(got.get()));
                }
                case UNKNOWN -> {
                    if (got.isPresent()) codec.unknownKeys(got.get(), join(path, name), unknown);
                }
            }
            return false;
        }

        <V> boolean objects(String name, ObjectCodec<V, ?> codec, List<V> got) {
            switch (mode) {
                case DECLARE -> declare(name, "objects", codec);
                case READ -> {
                    if (!(node instanceof SequenceNode s)) {
                        ctx.problem(path, node, "expected a list, got " + Nodes.describe(node));
                        return false;
                    }
                    List<V> list = new ArrayList<>();
                    for (int i = 0; i < s.getValue().size(); i++) {
                        list.add(codec.read(s.getValue().get(i), path + "[" + i + "]", ctx));
                    }
                    value = list;
                    return true;
                }
                case WRITE, MODELLED -> {
                    if (got.isEmpty()) return false;
                    List<Object> list = new ArrayList<>();
                    for (V v : got) list.add(mode == Mode.WRITE ? codec.write(v) : codec.writeModelled(v));
                    out.put(name, list);
                }
                case UNKNOWN -> {
                    String at = join(path, name);
                    for (int i = 0; i < got.size(); i++) codec.unknownKeys(got.get(i), at + "[" + i + "]", unknown);
                }
            }
            return false;
        }

        /** The value the last {@code str} or {@code quantity} read. */
        String string() { return (String) value; }

        /** The value the last {@code int32} read. */
        Integer int32() { return (Integer) value; }

        /** The value the last {@code int64} read. */
        Long int64() { return (Long) value; }

        /** The value the last {@code bool} read. */
        Boolean bool() { return (Boolean) value; }

        /** The value the last {@code strings} read. */
        @SuppressWarnings("unchecked")
        List<String> strings() { return (List<String>) value; }

        /** The value the last {@code stringMap} read. */
        @SuppressWarnings("unchecked")
        Map<String, String> stringMap() { return (Map<String, String>) value; }

        /** The value the last {@code object} read through {@code codec}. */
        @SuppressWarnings("unchecked")
        <V> V object(ObjectCodec<V, ?> codec) { return (V) value; }

        /** The values the last {@code objects} read through {@code codec}. */
        @SuppressWarnings("unchecked")
        <V> List<V> objects(ObjectCodec<V, ?> codec) { return (List<V>) value; }

        private boolean took(Optional<?> read) {
            value = read.orElse(null);
            return read.isPresent();
        }

        /** A field without a nested codec, outside reading: declared, or written when it has a value. */
        private boolean plain(String name, String kind, Object got) {
            if (mode == Mode.DECLARE) declare(name, kind, null);
            else if (got != null && (mode == Mode.WRITE || mode == Mode.MODELLED)) out.put(name, got);
            return false;
        }

        private void declare(String name, String kind, ObjectCodec<?, ?> codec) {
            this.name = name;
            this.kind = kind;
            this.codec = codec;
        }
    }

    /** Scalar readers that report a type error with the field path instead of throwing. */
    static final class Scalars {
        private Scalars() {
        }

        static Optional<String> string(Node n, String p, ReadContext c) {
            if (n instanceof ScalarNode s) {
                if (Tag.STR.equals(s.getTag())) return Optional.of(s.getValue());
                // kops reads YAML through JSON, so a number or boolean where a string is expected is an error.
                c.problem(p, n, "expected a string, got " + kind(s) + " " + s.getValue());
                return Optional.empty();
            }
            c.problem(p, n, "expected a string, got " + Nodes.describe(n));
            return Optional.empty();
        }

        /**
         * kops decodes a quantity with Kubernetes' {@code resource.ParseQuantity}, which refuses at
         * decode time what does not match its pattern (ASCII digits only) or has an unknown suffix.
         */
        static Optional<String> quantity(Node n, String p, ReadContext c) {
            if (!(n instanceof ScalarNode s) || Tag.BOOL.equals(s.getTag())) {
                c.problem(p, n, "expected a quantity such as \"100m\", got " + Nodes.describe(n));
                return Optional.empty();
            }
            String q = s.getValue();
            if (!QUANTITY.matcher(q).matches()) {
                c.problem(p, n, "quantities must match the regular expression '" + QUANTITY.pattern() + "', got \""
                        + q + "\"");
                return Optional.empty();
            }
            if (!QUANTITY_PARTS.matcher(q).matches()) {
                c.problem(p, n, "unable to parse quantity \"" + q + "\": expected a number with a suffix such as m, Mi or G");
                return Optional.empty();
            }
            return Optional.of(q);
        }

        private static final java.util.regex.Pattern QUANTITY =
                java.util.regex.Pattern.compile("^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$");
        private static final java.util.regex.Pattern QUANTITY_PARTS = java.util.regex.Pattern.compile(
                "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[numkMGTPE]|[KMGTPE]i|[eE][-+]?[0-9]+)?");

        static Optional<Integer> int32(Node n, String p, ReadContext c) {
            Optional<Long> l = int64(n, p, c);
            if (l.isEmpty()) return Optional.empty();
            if (l.get() < Integer.MIN_VALUE || l.get() > Integer.MAX_VALUE) {
                c.problem(p, n, "expected a 32-bit integer, got " + l.get() + " (out of range)");
                return Optional.empty();
            }
            return Optional.of(l.get().intValue());
        }

        /** An integer as kops reads one: also a float with an integral value ({@code 1e3}, {@code 1400.0}). */
        static Optional<Long> int64(Node n, String p, ReadContext c) {
            if (n instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
                Object v = Nodes.scalar(s);
                if (v instanceof Integer || v instanceof Long) return Optional.of(((Number) v).longValue());
                if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p63) return Optional.of(d.longValue());
                c.problem(p, n, "expected an integer, got " + (v instanceof Double ? Nodes.describe(n)
                        : s.getValue() + " (out of range)"));
                return Optional.empty();
            }
            c.problem(p, n, "expected an integer, got " + Nodes.describe(n));
            return Optional.empty();
        }

        static Optional<Boolean> bool(Node n, String p, ReadContext c) {
            if (n instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) return Optional.of((Boolean) Nodes.scalar(s));
            c.problem(p, n, "expected a boolean (true or false), got " + Nodes.describe(n));
            return Optional.empty();
        }

        private static String kind(ScalarNode s) {
            if (Tag.INT.equals(s.getTag())) return "the integer";
            if (Tag.FLOAT.equals(s.getTag())) return "the number";
            if (Tag.BOOL.equals(s.getTag())) return "the boolean";
            return "the value";
        }
    }
}
