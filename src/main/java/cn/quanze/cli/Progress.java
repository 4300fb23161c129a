package cn.quanze.cli;

/** Progress on stderr for long batches (over a few hundred lines), so stdout stays clean JSON Lines. */
final class Progress {
    private static final int SHOW_FROM = 300;
    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long lastShown;

    Progress(String what, long total) {
        this.what = what;
        this.total = total;
    }

    void step(long n) {
        if ((total < 0 || total >= SHOW_FROM) && n - lastShown >= 1000) {
            lastShown = n;
            System.err.printf("%s：已处理 %d%s 行%n", what, n, total > 0 ? " / " + total : "");
        }
    }

    void done(long n) {
        if (total < 0 || total >= SHOW_FROM) {
            System.err.printf("%s：完成 %d 行，用时 %.1f 秒%n", what, n, (System.nanoTime() - start) / 1e9);
        }
    }
}
