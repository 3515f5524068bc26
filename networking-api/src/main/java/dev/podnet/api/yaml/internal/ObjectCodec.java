package dev.podnet.api.yaml.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads and writes one kops object type through a list of field descriptors (name, getter,
 * builder setter) instead of reflection. Keys without a descriptor are kept, in order, as the
 * object's extra fields, which makes the codec lossless.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> {
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final Function<T, Map<String, Object>> extras;
    private final BiConsumer<B, Map<String, Object>> setExtras;
    private final Map<String, Field<T, B>> fields;

    private ObjectCodec(Spec<T, B> spec) {
        this.newBuilder = spec.newBuilder;
        this.build = spec.build;
        this.extras = spec.extras;
        this.setExtras = spec.setExtras;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(spec.fields));
    }

    public static <T, B> Spec<T, B> of(Supplier<B> newBuilder, Function<B, T> build,
            Function<T, Map<String, Object>> extras, BiConsumer<B, Map<String, Object>> setExtras) {
        return new Spec<>(newBuilder, build, extras, setExtras);
    }

    /** The YAML keys this codec models. */
    public java.util.Set<String> fieldNames() { return fields.keySet(); }

    /**
     * The kind of value each modelled key holds, in declaration order: {@code string}, {@code quantity},
     * {@code int32}, {@code int64}, {@code boolean}, {@code strings}, {@code stringMap}, {@code raw},
     * {@code object} or {@code objects} (for tools that document or describe the model).
     */
    public Map<String, String> fieldKinds() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, f) -> out.put(k, f.kind()));
        return Collections.unmodifiableMap(out);
    }

    /** The codec of an {@code object} or {@code objects} field. */
    public Optional<ObjectCodec<?, ?>> nested(String name) {
        Field<T, B> f = fields.get(name);
        return f == null ? Optional.empty() : Optional.ofNullable(f.nested());
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
        B b = newBuilder.get();
        if (Nodes.isNull(node)) return build.apply(b);
        if (!(node instanceof MappingNode m)) {
            ctx.problem(path, node, "expected a mapping, got " + Nodes.describe(node));
            return build.apply(b);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = Nodes.key(t);
            Field<T, B> f = unread.contains(key) ? null : fields.get(key);
            if (f == null) {
                extra.put(key, Nodes.toValue(t.getValueNode()));
            } else if (!Nodes.isNull(t.getValueNode())) {
                f.reader.read(b, t.getValueNode(), join(path, key), ctx);
            }
        }
        setExtras.accept(b, extra);
        return build.apply(b);
    }

    /**
     * Reads one entry into a builder if this codec models the key; returns false otherwise. Lets a
     * caller gather one object's fields from several places (v1alpha2 keeps network fields at the top
     * of {@code spec}).
     */
    public boolean readField(B builder, String key, Node value, String path, ReadContext ctx) {
        Field<T, B> f = fields.get(key);
        if (f == null) return false;
        if (!Nodes.isNull(value)) f.reader.read(builder, value, path, ctx);
        return true;
    }

    /** The modelled fields of a value, without its extras. */
    public Map<String, Object> writeFields(T value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Field<T, B>> e : fields.entrySet()) {
            e.getValue().writer.apply(value).ifPresent(x -> out.put(e.getKey(), x));
        }
        return out;
    }

    /** Writes the value as a plain ordered map: modelled fields in declaration order, then the extras. */
    public Map<String, Object> write(T value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Field<T, B>> e : fields.entrySet()) {
            Optional<Object> v = e.getValue().writer.apply(value);
            v.ifPresent(x -> out.put(e.getKey(), x));
        }
        for (Map.Entry<String, Object> e : extras.apply(value).entrySet()) {
            if (!out.containsKey(e.getKey())) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * The paths of the keys of a value, nested objects included, that this codec kept as extras (keys the
     * model has no field for, or spells for the other apiVersion), in document order.
     */
    public void unknownKeys(T value, String path, List<String> out) {
        for (String k : extras.apply(value).keySet()) out.add(join(path, k));
        for (Map.Entry<String, Field<T, B>> e : fields.entrySet()) {
            if (e.getValue().walk != null) e.getValue().walk.unknownKeys(value, join(path, e.getKey()), out);
        }
    }

    /** Writes the modelled fields of a value, nested objects too, as a plain ordered map without any extras. */
    public Map<String, Object> writeModelled(T value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Field<T, B>> e : fields.entrySet()) {
            Field<T, B> f = e.getValue();
            (f.walk == null ? f.writer.apply(value) : f.walk.modelled(value)).ifPresent(x -> out.put(e.getKey(), x));
        }
        return out;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private interface FieldReader<B> {
        void read(B builder, Node node, String path, ReadContext ctx);
    }

    private record Field<T, B>(FieldReader<B> reader, Function<T, Optional<Object>> writer, String kind,
            ObjectCodec<?, ?> codec, Nested<T> walk) {
        ObjectCodec<?, ?> nested() {
            return codec;
        }
    }

    /** An object or objects field seen through its own codec: its unknown keys, its modelled fields. */
    private interface Nested<T> {
        void unknownKeys(T value, String path, List<String> out);

        Optional<Object> modelled(T value);
    }

    /** Declares the fields of one type; {@link #build()} freezes it into a codec. */
    public static final class Spec<T, B> {
        private final Supplier<B> newBuilder;
        private final Function<B, T> build;
        private final Function<T, Map<String, Object>> extras;
        private final BiConsumer<B, Map<String, Object>> setExtras;
        private final Map<String, Field<T, B>> fields = new LinkedHashMap<>();

        private Spec(Supplier<B> newBuilder, Function<B, T> build, Function<T, Map<String, Object>> extras,
                BiConsumer<B, Map<String, Object>> setExtras) {
            this.newBuilder = newBuilder;
            this.build = build;
            this.extras = extras;
            this.setExtras = setExtras;
        }

        private <V> Spec<T, B> field(String name, String kind, ObjectCodec<?, ?> nested, FieldReader<B> reader,
                Function<T, Optional<V>> get) {
            return field(name, kind, nested, null, reader, get);
        }

        private <V> Spec<T, B> field(String name, String kind, ObjectCodec<?, ?> codec, Nested<T> nested,
                FieldReader<B> reader, Function<T, Optional<V>> get) {
            if (fields.put(name, new Field<>(reader, t -> get.apply(t).map(v -> (Object) v), kind, codec, nested)) != null) {
                throw new IllegalStateException("field declared twice: " + name);
            }
            return this;
        }

        public Spec<T, B> str(String name, Function<T, Optional<String>> get, BiConsumer<B, String> set) {
            return field(name, "string", null, (b, n, p, c) -> Scalars.string(n, p, c).ifPresent(v -> set.accept(b, v)), get);
        }

        /** A Kubernetes quantity or duration: a string, but a plain number is accepted and kept as written. */
        public Spec<T, B> quantity(String name, Function<T, Optional<String>> get, BiConsumer<B, String> set) {
            return field(name, "quantity", null, (b, n, p, c) -> Scalars.quantity(n, p, c).ifPresent(v -> set.accept(b, v)), get);
        }

        public Spec<T, B> integer(String name, Function<T, Optional<Integer>> get, BiConsumer<B, Integer> set) {
            return field(name, "int32", null, (b, n, p, c) -> Scalars.int32(n, p, c).ifPresent(v -> set.accept(b, v)), get);
        }

        public Spec<T, B> int64(String name, Function<T, Optional<Long>> get, BiConsumer<B, Long> set) {
            return field(name, "int64", null, (b, n, p, c) -> Scalars.int64(n, p, c).ifPresent(v -> set.accept(b, v)), get);
        }

        public Spec<T, B> bool(String name, Function<T, Optional<Boolean>> get, BiConsumer<B, Boolean> set) {
            return field(name, "boolean", null, (b, n, p, c) -> Scalars.bool(n, p, c).ifPresent(v -> set.accept(b, v)), get);
        }

        public Spec<T, B> strings(String name, Function<T, List<String>> get, BiConsumer<B, List<String>> set) {
            return field(name, "strings", null, (b, n, p, c) -> {
                List<String> out = new ArrayList<>();
                if (!(n instanceof SequenceNode s)) {
                    c.problem(p, n, "expected a list of strings, got " + Nodes.describe(n));
                    return;
                }
                for (int i = 0; i < s.getValue().size(); i++) {
                    Scalars.string(s.getValue().get(i), p + "[" + i + "]", c).ifPresent(out::add);
                }
                set.accept(b, out);
            }, t -> nonEmpty(get.apply(t)));
        }

        public Spec<T, B> stringMap(String name, Function<T, Map<String, String>> get,
                BiConsumer<B, Map<String, String>> set) {
            return field(name, "stringMap", null, (b, n, p, c) -> {
                if (!(n instanceof MappingNode m)) {
                    c.problem(p, n, "expected a mapping of strings, got " + Nodes.describe(n));
                    return;
                }
                Map<String, String> out = new LinkedHashMap<>();
                for (NodeTuple t : m.getValue()) {
                    String k = Nodes.key(t);
                    Scalars.string(t.getValueNode(), join(p, k), c).ifPresent(v -> out.put(k, v));
                }
                set.accept(b, out);
            }, t -> nonEmptyMap(get.apply(t)));
        }

        /** A field whose structure podnet keeps as plain YAML values (maps, lists, scalars). */
        public Spec<T, B> raw(String name, Function<T, Optional<Object>> get, BiConsumer<B, Object> set) {
            return field(name, "raw", null, (b, n, p, c) -> set.accept(b, Nodes.toValue(n)), get);
        }

        public <V, VB> Spec<T, B> object(String name, ObjectCodec<V, VB> codec, Function<T, Optional<V>> get,
                BiConsumer<B, V> set) {
            Nested<T> walk = new Nested<>() {
                @Override
                public void unknownKeys(T value, String path, List<String> out) {
                    get.apply(value).ifPresent(v -> codec.unknownKeys(v, path, out));
                }

                @Override
                public Optional<Object> modelled(T value) {
                    return get.apply(value).map(codec::writeModelled);
                }
            };
            return field(name, "object", codec, walk, (b, n, p, c) -> set.accept(b, codec.read(n, p, c)),
                    t -> get.apply(t).map(codec::write));
        }

        public <V, VB> Spec<T, B> objects(String name, ObjectCodec<V, VB> codec, Function<T, List<V>> get,
                BiConsumer<B, List<V>> set) {
            Nested<T> walk = new Nested<>() {
                @Override
                public void unknownKeys(T value, String path, List<String> out) {
                    List<V> list = get.apply(value);
                    for (int i = 0; i < list.size(); i++) codec.unknownKeys(list.get(i), path + "[" + i + "]", out);
                }

                @Override
                public Optional<Object> modelled(T value) {
                    List<V> list = get.apply(value);
                    if (list.isEmpty()) return Optional.empty();
                    List<Object> out = new ArrayList<>();
                    for (V v : list) out.add(codec.writeModelled(v));
                    return Optional.of(out);
                }
            };
            return field(name, "objects", codec, walk, (b, n, p, c) -> {
                if (!(n instanceof SequenceNode s)) {
                    c.problem(p, n, "expected a list, got " + Nodes.describe(n));
                    return;
                }
                List<V> out = new ArrayList<>();
                for (int i = 0; i < s.getValue().size(); i++) {
                    out.add(codec.read(s.getValue().get(i), p + "[" + i + "]", c));
                }
                set.accept(b, out);
            }, t -> {
                List<V> list = get.apply(t);
                if (list.isEmpty()) return Optional.empty();
                List<Object> out = new ArrayList<>();
                for (V v : list) out.add(codec.write(v));
                return Optional.of(out);
            });
        }

        public ObjectCodec<T, B> build() { return new ObjectCodec<>(this); }

        private static Optional<List<String>> nonEmpty(List<String> l) {
            return l.isEmpty() ? Optional.empty() : Optional.of(l);
        }

        private static Optional<Map<String, String>> nonEmptyMap(Map<String, String> m) {
            return m.isEmpty() ? Optional.empty() : Optional.of(m);
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
