package cn.quanze.web;

import cn.quanze.Quanze;
import cn.quanze.quiz.QuizService;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The loaded data and rules the service answers from, and their replacement on reload.
 *
 * <p>Each request leases the current generation; a reload builds and validates a new one (so bad
 * data never replaces good), swaps it in, and closes the old one once its last lease is returned:
 * the old KieBase's sessions are disposed and every later request gets new sessions. No request
 * ever sees a closed engine.
 */
public final class Generations implements AutoCloseable {

    /** One loaded state; its leases count who still uses it (plus one for being current). */
    public static final class Generation {
        private final Quanze quanze;
        private final CatalogueView view;
        private final QuizService quiz;
        private final AtomicInteger users = new AtomicInteger(1);

        Generation(Quanze quanze) {
            this.quanze = quanze;
            this.view = new CatalogueView(quanze.data());
            this.quiz = new QuizService(quanze);
        }

        public Quanze quanze() {
            return quanze;
        }

        public CatalogueView view() {
            return view;
        }

        public QuizService quiz() {
            return quiz;
        }

        private boolean acquire() {
            for (int n = users.get(); n > 0; n = users.get()) {
                if (users.compareAndSet(n, n + 1)) return true;
            }
            return false;
        }

        private void release() {
            if (users.decrementAndGet() == 0) quanze.close();
        }
    }

    /** A generation in use by one request; return it with {@link #close()}. */
    public static final class Lease implements AutoCloseable {
        private final Generation generation;

        private Lease(Generation generation) {
            this.generation = generation;
        }

        public Quanze quanze() {
            return generation.quanze;
        }

        public CatalogueView view() {
            return generation.view;
        }

        public QuizService quiz() {
            return generation.quiz;
        }

        @Override
        public void close() {
            generation.release();
        }
    }

    private final Path home;
    private final AtomicReference<Generation> current;
    private final java.util.concurrent.locks.ReentrantLock reloading = new java.util.concurrent.locks.ReentrantLock();

    public Generations(Path home) {
        this.home = home;
        Quanze q = Quanze.start(home);
        try {
            this.current = new AtomicReference<>(new Generation(q));
        } catch (RuntimeException | Error e) {
            q.close();
            throw e;
        }
    }

    public Lease lease() {
        while (true) {
            Generation g = current.get();
            if (g.acquire()) return new Lease(g);
            // a reload retired g between get() and acquire(): take the new one
        }
    }

    /** The current catalogue view: plain immutable JSON, safe to use without a lease. */
    public CatalogueView view() {
        return current.get().view;
    }

    /** A reload was asked while another was being built. */
    public static final class ReloadInProgress extends RuntimeException {
        ReloadInProgress() {
            super("reload in progress", null, false, false);
        }
    }

    /**
     * Rebuilds from the files; throws (keeping the current generation, and disposing whatever the attempt
     * built) when the data or rules are refused, or {@link ReloadInProgress} when another reload is running.
     */
    public Generation reload() {
        if (!reloading.tryLock()) throw new ReloadInProgress();
        try {
            Quanze q = Quanze.start(home);
            Generation fresh;
            try {
                fresh = new Generation(q);
            } catch (RuntimeException | Error e) {
                q.close();
                throw e;
            }
            Generation old = current.getAndSet(fresh);
            old.release();
            return fresh;
        } finally {
            reloading.unlock();
        }
    }

    @Override
    public void close() {
        current.get().release();
    }
}
