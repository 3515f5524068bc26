package dev.podnet.api.render.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers: {@code ""} is the whole document, {@code /a/b~1c} is {@code a}, {@code b/c}. */
final class JsonPointer {
    private JsonPointer() {
    }

    /** The reference tokens of {@code pointer}, unescaped. */
    static List<String> parse(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) return out;
        if (!pointer.startsWith("/")) throw new PatchException("JSON pointer \"" + pointer + "\" does not start with '/'");
        for (String raw : pointer.substring(1).split("/", -1)) {
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c != '~') {
                    t.append(c);
                    continue;
                }
                char next = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
                if (next != '0' && next != '1') {
                    throw new PatchException("JSON pointer \"" + pointer + "\" has '~' not followed by 0 or 1");
                }
                t.append(next == '0' ? '~' : '/');
                i++;
            }
            out.add(t.toString());
        }
        return out;
    }

    /**
     * @return the list index {@code token} names, {@code size} for {@code -} when {@code dash} is allowed
     * @throws PatchException for a token that is not an index (leading zeros too) or out of range
     */
    static int index(String token, int size, boolean dash, String pointer) {
        if (dash && token.equals("-")) return size;
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw new PatchException(pointer + ": \"" + token + "\" is not a list index");
        }
        int i = Integer.parseInt(token);
        int max = dash ? size : size - 1;
        if (i > max) throw new PatchException(pointer + ": index " + i + " is past the end of a list of " + size);
        return i;
    }
}
