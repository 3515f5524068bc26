package dev.podnet.providers.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the annotations of a record's fields from its class file: the declaration annotations of
 * each field and the type annotations on the first type argument of a field's type
 * ({@code List<@Cidr String>}). {@link FieldConstraints} uses it instead of the reflective annotation
 * API, whose first use in a JVM builds a proxy class per annotation type (about 40 ms of start-up for
 * the five constraint annotations); the class file holds the same values. Only what the constraint
 * annotations use is decoded: strings, booleans, numbers, arrays of them and nested annotations
 * (a repeated {@link Cidr} is a {@link Cidr.List}); enums and classes are kept as their names.
 */
final class ConstraintReader {
    /** An annotation as written: its type's binary name and the elements given explicitly. */
    record Written(String type, Map<String, Object> values) {
        /** The element {@code name}, or {@code fallback} when the annotation leaves it to its default. */
        Object get(String name, Object fallback) {
            return values.getOrDefault(name, fallback);
        }
    }

    /** The annotations of one field: on its declaration, and on its type's first type argument. */
    record FieldAnnotations(List<Written> declaration, List<Written> elementType) {}

    private static final int FIELD_TYPE_ANNOTATION = 0x13;
    private static final int TYPE_ARGUMENT_PATH = 3;

    private ConstraintReader() {
    }

    /** The annotations of every field of {@code type}, by field name. */
    static Map<String, FieldAnnotations> read(Class<?> type) {
        String file = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(file)) {
            if (in == null) throw new IllegalArgumentException("no class file for " + type.getName());
            return parse(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + type.getName(), e);
        }
    }

    private static Map<String, FieldAnnotations> parse(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        Object[] pool = constantPool(in);
        in.readUnsignedShort(); // access
        in.readUnsignedShort(); // this
        in.readUnsignedShort(); // super
        skip(in, 2 * in.readUnsignedShort()); // interfaces
        Map<String, FieldAnnotations> out = new LinkedHashMap<>();
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.readUnsignedShort(); // access
            String name = (String) pool[in.readUnsignedShort()];
            in.readUnsignedShort(); // descriptor
            List<Written> declaration = new ArrayList<>();
            List<Written> elementType = new ArrayList<>();
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = (String) pool[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("RuntimeVisibleAnnotations")) {
                    int n = in.readUnsignedShort();
                    for (int i = 0; i < n; i++) declaration.add(annotation(in, pool));
                } else if (attribute.equals("RuntimeVisibleTypeAnnotations")) {
                    int n = in.readUnsignedShort();
                    for (int i = 0; i < n; i++) {
                        int target = in.readUnsignedByte();
                        if (target != FIELD_TYPE_ANNOTATION) throw new IOException("unexpected type annotation target " + target);
                        int pathLength = in.readUnsignedByte();
                        int[] path = new int[2 * pathLength];
                        for (int p = 0; p < path.length; p++) path[p] = in.readUnsignedByte();
                        Written w = annotation(in, pool);
                        if (pathLength == 1 && path[0] == TYPE_ARGUMENT_PATH && path[1] == 0) elementType.add(w);
                    }
                } else {
                    skip(in, length);
                }
            }
            out.put(name, new FieldAnnotations(List.copyOf(declaration), List.copyOf(elementType)));
        }
        return out;
    }

    private static Object[] constantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3 -> pool[i] = in.readInt();
                case 4 -> pool[i] = in.readFloat();
                case 5 -> pool[i++] = in.readLong();
                case 6 -> pool[i++] = in.readDouble();
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> skip(in, 3);
                case 9, 10, 11, 12, 17, 18 -> skip(in, 4);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return pool;
    }

    private static Written annotation(DataInputStream in, Object[] pool) throws IOException {
        String descriptor = (String) pool[in.readUnsignedShort()];
        String type = descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
        Map<String, Object> values = new HashMap<>();
        int pairs = in.readUnsignedShort();
        for (int i = 0; i < pairs; i++) {
            String name = (String) pool[in.readUnsignedShort()];
            values.put(name, elementValue(in, pool));
        }
        return new Written(type, Map.copyOf(values));
    }

    private static Object elementValue(DataInputStream in, Object[] pool) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case 'Z' -> ((Integer) pool[in.readUnsignedShort()]) != 0;
            case 'B', 'C', 'I', 'S' -> ((Integer) pool[in.readUnsignedShort()]).longValue();
            case 'J', 'D', 'F', 's' -> pool[in.readUnsignedShort()];
            case 'e' -> {
                in.readUnsignedShort(); // enum type
                yield pool[in.readUnsignedShort()];
            }
            case 'c' -> pool[in.readUnsignedShort()];
            case '@' -> annotation(in, pool);
            case '[' -> {
                int n = in.readUnsignedShort();
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(elementValue(in, pool));
                yield List.copyOf(items);
            }
            default -> throw new IOException("unknown element value tag " + (char) tag);
        };
    }

    private static void skip(DataInputStream in, int n) throws IOException {
        in.skipNBytes(n);
    }
}
