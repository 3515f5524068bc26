package dev.podnet.manifests.object;

import dev.podnet.manifests.yaml.internal.Frozen;
import dev.podnet.manifests.yaml.internal.FrozenList;
import dev.podnet.manifests.yaml.internal.FrozenMap;
import java.util.List;
import java.util.Map;

/**
 * Reading and editing a {@link KubeObject}'s frozen tree along a path of keys and list indexes
 * ({@link Paths}). An edit returns a new tree that shares every subtree it does not touch, and the
 * same node when nothing changes.
 */
final class TreeNodes {

    private TreeNodes() {
    }

    static Object getIn(Object node, List<Object> path) {
        Object current = node;
        for (Object seg : path) {
            if (seg instanceof String key && current instanceof Map<?, ?> m) {
                current = m.get(key);
            } else if (seg instanceof Integer i && current instanceof List<?> l && i < l.size()) {
                current = l.get(i);
            } else {
                return null;
            }
        }
        return current;
    }

    static Object setIn(Object owner, Object node, List<Object> path, int at, Object value, boolean create) {
        if (at == path.size()) {
            return Frozen.freeze(value);
        }
        Object seg = path.get(at);
        if (seg instanceof String key) {
            FrozenMap map;
            if (node == null && create) {
                map = FrozenMap.empty();
            } else if (node instanceof FrozenMap m) {
                map = m;
            } else {
                throw new IllegalArgumentException(owner + ": " + Paths.format(path.subList(0, at))
                        + " is " + (node == null ? "absent" : "not a mapping"));
            }
            Object child = map.get(key);
            Object newChild = setIn(owner, child, path, at + 1, value, create);
            return child == newChild && map.containsKey(key) ? map : map.with(key, newChild);
        }
        int index = (Integer) seg;
        if (!(node instanceof FrozenList list) || index >= list.size()) {
            throw new IllegalArgumentException(owner + ": " + Paths.format(path.subList(0, at + 1))
                    + " does not exist");
        }
        Object child = list.get(index);
        Object newChild = setIn(owner, child, path, at + 1, value, create);
        return child == newChild ? list : list.with(index, newChild);
    }

    static Object removeIn(Object node, List<Object> path, int at) {
        Object seg = path.get(at);
        boolean last = at == path.size() - 1;
        if (seg instanceof String key && node instanceof FrozenMap map && map.containsKey(key)) {
            if (last) {
                return map.without(key);
            }
            Object child = map.get(key);
            Object newChild = removeIn(child, path, at + 1);
            return newChild == child ? map : map.with(key, newChild);
        }
        if (seg instanceof Integer index && node instanceof FrozenList list && index < list.size()) {
            if (last) {
                return list.minus(index);
            }
            Object child = list.get(index);
            Object newChild = removeIn(child, path, at + 1);
            return newChild == child ? list : list.with(index, newChild);
        }
        return node;
    }

    static FrozenMap asMap(Object o) {
        if (o instanceof FrozenMap m) {
            return m;
        }
        throw new IllegalArgumentException("not a mapping: " + o);
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(List<?> l) {
        return (List<Object>) l;
    }
}
