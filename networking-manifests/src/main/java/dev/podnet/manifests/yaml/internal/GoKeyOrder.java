package dev.podnet.manifests.yaml.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order in which go-yaml v2 writes the keys of a map (its {@code keyList.Less}).
 *
 * <p>It is close to byte order but not equal to it: runs of digits compare by numeric value
 * ({@code a9} before {@code a10}), and a character that is not a letter sorts before any letter
 * ({@code X_} before {@code XA}, although {@code '_' > 'A'} in ASCII). kops' output follows this
 * order, so byte order would differ for such keys.
 */
public final class GoKeyOrder implements Comparator<String> {

    /** The single instance; the comparator has no state. */
    public static final GoKeyOrder INSTANCE = new GoKeyOrder();

    private GoKeyOrder() {
    }

    /** The entries of {@code map} in go-yaml's order; every key must be a String. */
    @SuppressWarnings("unchecked")
    public static List<Map.Entry<String, Object>> sortedEntries(Map<?, ?> map) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new IllegalArgumentException("map key is not a string: " + e.getKey());
            }
            entries.add((Map.Entry<String, Object>) e);
        }
        try {
            entries.sort((x, y) -> INSTANCE.compare(x.getKey(), y.getKey()));
        } catch (IllegalArgumentException notTransitive) {
            // go-yaml's order is not transitive for some mixes of digits and symbols; Java's sort
            // may notice. Go's sort would give some order for them; byte order keeps ours stable.
            entries.sort(Map.Entry.comparingByKey());
        }
        return entries;
    }

    /**
     * The keys in go-yaml's order, as {@link #sortedEntries} orders the entries of a map with these
     * keys in this iteration order (the same sort, the same fallback).
     */
    static String[] sortedKeys(java.util.Collection<String> keys) {
        String[] out = keys.toArray(new String[0]);
        boolean surrogates = false;
        for (String k : out) {
            surrogates |= hasSurrogates(k);
        }
        try {
            // without surrogate pairs every comparison takes the char path of less: check them once
            java.util.Arrays.sort(out, surrogates ? INSTANCE : GoKeyOrder::compareChars);
        } catch (IllegalArgumentException notTransitive) {
            out = keys.toArray(new String[0]);
            java.util.Arrays.sort(out, Comparator.naturalOrder());
        }
        return out;
    }

    @Override
    public int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return less(a, b) ? -1 : (less(b, a) ? 1 : 0);
    }

    /** {@link #compare} of two strings without surrogate pairs. */
    private static int compareChars(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return less(a, b, a.length(), b.length()) ? -1 : (less(b, a, b.length(), a.length()) ? 1 : 0);
    }

    private static boolean less(String as, String bs) {
        // Go compares runes; for text without surrogate pairs a char is a rune, so skip the copy.
        int[] ar = hasSurrogates(as) ? as.codePoints().toArray() : null;
        int[] br = hasSurrogates(bs) ? bs.codePoints().toArray() : null;
        if (ar == null && br == null) {
            return less(as, bs, as.length(), bs.length());
        }
        return less(ar != null ? ar : as.chars().toArray(), br != null ? br : bs.chars().toArray());
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // The same comparison over the chars of two strings without surrogates.
    private static boolean less(String a, String b, int na, int nb) {
        for (int i = 0; i < na && i < nb; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca == cb) {
                continue;
            }
            boolean al = Character.isLetter(ca);
            boolean bl = Character.isLetter(cb);
            if (al && bl) {
                return ca < cb;
            }
            if (al || bl) {
                return bl;
            }
            long an = 0;
            long bn = 0;
            if (ca == '0' || cb == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(a.charAt(j)); j--) {
                    if (a.charAt(j) != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai = i;
            while (ai < na && Character.isDigit(a.charAt(ai))) {
                an = an * 10 + (a.charAt(ai) - '0');
                ai++;
            }
            int bi = i;
            while (bi < nb && Character.isDigit(b.charAt(bi))) {
                bn = bn * 10 + (b.charAt(bi) - '0');
                bi++;
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ca < cb;
        }
        return na < nb;
    }

    private static boolean less(int[] ar, int[] br) {
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return ar[i] < br[i];
            }
            if (al || bl) {
                return bl;
            }
            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai = i;
            while (ai < ar.length && Character.isDigit(ar[ai])) {
                an = an * 10 + (ar[ai] - '0');
                ai++;
            }
            int bi = i;
            while (bi < br.length && Character.isDigit(br[bi])) {
                bn = bn * 10 + (br[bi] - '0');
                bi++;
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }
}
