package org.newskg.store;

/** Totals of a batch load. */
public record LoadSummary(int added, int replaced, int unchanged, long quads) {
    public static final LoadSummary EMPTY = new LoadSummary(0, 0, 0, 0);

    LoadSummary plus(LoadResult r) {
        return switch (r.outcome()) {
            case ADDED -> new LoadSummary(added + 1, replaced, unchanged, quads + r.quads());
            case REPLACED -> new LoadSummary(added, replaced + 1, unchanged, quads + r.quads());
            case UNCHANGED -> new LoadSummary(added, replaced, unchanged + 1, quads);
        };
    }

    public int articles() {
        return added + replaced + unchanged;
    }

    @Override
    public String toString() {
        return articles() + " article(s): " + added + " added, " + replaced + " replaced, " + unchanged
                + " unchanged; " + quads + " quads written";
    }
}
