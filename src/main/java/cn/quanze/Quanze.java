package cn.quanze;

import cn.quanze.catalogue.CatalogueLoader;
import cn.quanze.catalogue.Dataset;
import cn.quanze.authority.AuthorityService;
import cn.quanze.engine.RuleEngine;
import cn.quanze.matching.ItemMatcher;
import cn.quanze.vetting.Vetter;
import cn.quanze.vetting.VettingService;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The composition root, shared by the CLI and the web service: loads and validates the data,
 * compiles the rules, and wires the services. No framework.
 */
public final class Quanze implements AutoCloseable {

    private final Path home;
    private final Dataset data;
    private final RuleEngine engine;
    private final CompletableFuture<ItemMatcher> matcher;
    private final AuthorityService authority;
    private final VettingService vetting;

    private Quanze(Path home) {
        this.home = home;
        this.data = CatalogueLoader.load(home.resolve("catalog"));
        // The Chinese analyzer's dictionaries load on the second core while the rules compile on this one;
        // a structured request never waits for them (one-shot commands answer sooner).
        this.matcher = CompletableFuture.supplyAsync(() -> new ItemMatcher(data.catalogue(), data.synonyms(), data.vocabulary()));
        RuleEngine built = null;
        try {
            built = RuleEngine.start(data, home.resolve("rules"));
            this.engine = built;
            Vetter vetter = Vetter.fromHome(home);
            this.authority = new AuthorityService(data, engine, this::matcher, vetter.settings().documentLimits());
            this.vetting = new VettingService(authority, engine, vetter);
        } catch (RuntimeException | Error e) {
            // a refused start leaves nothing half-built behind (a reload keeps serving the old generation)
            if (built != null) built.close();
            matcher.thenAccept(ItemMatcher::close);
            throw e;
        }
    }

    public static Quanze start(Path home) {
        return new Quanze(home);
    }

    /** The folder holding catalog/ and rules/, as {@link Home} resolves it. */
    public static Path defaultHome() {
        return Home.get();
    }

    public Path home() {
        return home;
    }

    public Dataset data() {
        return data;
    }

    public RuleEngine engine() {
        return engine;
    }

    public ItemMatcher matcher() {
        return matcher.join();
    }

    public AuthorityService authority() {
        return authority;
    }

    public VettingService vetting() {
        return vetting;
    }

    @Override
    public void close() {
        engine.close();
        if (matcher.isDone() && !matcher.isCompletedExceptionally()) matcher.join().close();
    }
}
