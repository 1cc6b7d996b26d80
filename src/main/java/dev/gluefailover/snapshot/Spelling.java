package dev.gluefailover.snapshot;

/**
 * How far apart two words are, for "did you mean …?" hints: an unknown field of a snapshot file,
 * an unknown command on the command line. One implementation for both.
 */
public final class Spelling {
    private Spelling() {
    }

    /** Levenshtein distance: the fewest inserted, deleted or replaced characters from one word to the other. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
