package cn.quanze.engine;

import cn.quanze.catalogue.Dataset;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The one place Drools lives. Builds one immutable KieBase from rules/*.drl and answers
 * {@link #decide(CaseFact)}.
 *
 * <p>Sessions: one stateful session per thread, holding the catalogue items and the issuer list as
 * facts inserted once; a decision inserts the case, fires, and deletes it again. Measured on this
 * 2-core machine by {@code ./quanze bench}, this is several times faster than inserting every fact
 * per request and faster than a stateless session. A stateful session is not thread-safe, hence
 * one per thread; all of them are disposed on {@link #close()}. To reload rules or data, build a
 * new RuleEngine and close the old one.
 *
 * <p>Consequences compile as Java by default; one-shot commands compile them as MVEL, which roughly
 * halves the cold build (about 1.0 s against 1.5 s here) at some cost per decision. A test holds the
 * two dialects to identical decisions.
 */
public final class RuleEngine implements AutoCloseable {

    private final KieBase kieBase;
    private final List<ItemFact> items;
    private final List<IssuerFact> issuers;
    private final List<Object> listFacts;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Session> local = new ThreadLocal<>();
    private final List<String> ruleNames;
    private volatile boolean closed;

    private RuleEngine(KieBase kieBase, List<ItemFact> items, List<IssuerFact> issuers, List<Object> listFacts) {
        this.kieBase = kieBase;
        this.items = items;
        this.issuers = issuers;
        this.listFacts = listFacts;
        List<String> names = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        Collections.sort(names);
        this.ruleNames = List.copyOf(names);
    }

    /** How rule consequences are compiled: Java (faster decisions) or MVEL (faster start-up). */
    public enum Dialect {
        JAVA, MVEL;

        /** From -Dquanze.rules.dialect (the launcher picks MVEL for one-shot commands); Java otherwise. */
        public static Dialect fromSystem() {
            return "mvel".equalsIgnoreCase(System.getProperty("quanze.rules.dialect")) ? MVEL : JAVA;
        }
    }

    public static RuleEngine start(Dataset data, Path rulesDir) {
        return start(data, rulesDir, Dialect.fromSystem());
    }

    /** Compiles every .drl file in {@code rulesDir} once; refuses to start on any compilation error. */
    public static RuleEngine start(Dataset data, Path rulesDir, Dialect dialect) {
        List<Path> files;
        try (Stream<Path> s = Files.list(rulesDir)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("无法读取规则目录 " + rulesDir + "：" + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new IllegalStateException("规则目录 " + rulesDir + " 中没有 .drl 文件");
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setProperty("drools.dialect.default", dialect.name().toLowerCase(java.util.Locale.ROOT));
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (Path f : files) {
            try {
                builder.add(KieServices.Factory.get().getResources().newByteArrayResource(Files.readAllBytes(f))
                        .setSourcePath("rules/" + f.getFileName()), ResourceType.DRL);
            } catch (IOException e) {
                throw new IllegalStateException("无法读取规则文件 " + f + "：" + e.getMessage(), e);
            }
        }
        if (builder.hasErrors()) throw new IllegalStateException("规则编译失败：\n" + builder.getErrors());
        InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase();
        kb.addPackages(builder.getKnowledgePackages());
        List<ItemFact> items = data.catalogue().items().stream().map(ItemFact::new).toList();
        List<IssuerFact> issuers = data.issuers().issuers().stream().map(IssuerFact::new).toList();
        List<Object> listFacts = new ArrayList<>();
        listFacts.add(new ListsFact(java.time.LocalDate.parse(data.catalogue().date()), java.time.LocalDate.parse(data.issuers().date())));
        data.revisions().forEach(r -> listFacts.add(new RevisionFact(r)));
        return new RuleEngine(kb, items, issuers, listFacts);
    }

    public List<String> ruleNames() {
        return ruleNames;
    }

    public RuleOutcome decide(CaseFact fact) {
        if (closed) throw new IllegalStateException("rule engine closed");
        return session().decide(fact);
    }

    /** Vetting: the rules of vetting.drl judge a draft's findings (one fact each). */
    public RuleOutcome judgeDraft(DraftFact draft, List<FindingFact> findings) {
        if (closed) throw new IllegalStateException("rule engine closed");
        List<Object> facts = new ArrayList<>(findings);
        facts.add(0, draft);
        return session().fire(facts);
    }

    /**
     * The rejected alternative, kept for {@code ./quanze bench} only: a fresh session per request
     * with every list fact inserted again. Same answers, several times slower.
     */
    public RuleOutcome decideInFreshSession(CaseFact fact) {
        Session s = new Session();
        try {
            return s.fire(List.of(fact));
        } finally {
            s.session.dispose();
        }
    }

    private Session session() {
        Session s = local.get();
        if (s == null) {
            s = new Session();
            sessions.add(s);
            local.set(s);
        }
        return s;
    }

    @Override
    public void close() {
        closed = true;
        sessions.forEach(s -> s.session.dispose());
        sessions.clear();
    }

    private final class Session {
        final KieSession session = kieBase.newKieSession();
        Outcome current;

        Session() {
            items.forEach(session::insert);
            issuers.forEach(session::insert);
            listFacts.forEach(session::insert);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    current.currentRule = event.getMatch().getRule().getName();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Rule rule = event.getMatch().getRule();
                    current.rulesFired.add(rule.getName());
                    Map<String, Object> meta = rule.getMetaData();
                    Object source = meta.get("source");
                    if (source != null) {
                        current.provisions.add(new RuleOutcome.RuleProvision(rule.getName(), strip(source), strip(meta.getOrDefault("edition", "")),
                                strip(meta.getOrDefault("provisions", ""))));
                    }
                }
            });
        }

        RuleOutcome decide(CaseFact fact) {
            return fire(List.of(fact));
        }

        /** Inserts the request's facts, fires, and deletes them again: the session keeps only the lists. */
        private RuleOutcome fire(List<?> facts) {
            Outcome outcome = new Outcome();
            current = outcome;
            session.setGlobal("outcome", outcome);
            List<FactHandle> handles = new ArrayList<>(facts.size());
            try {
                for (Object f : facts) handles.add(session.insert(f));
                session.fireAllRules();
            } finally {
                handles.forEach(session::delete);
                current = null;
            }
            return new RuleOutcome(List.copyOf(outcome.reasons), List.copyOf(outcome.conditions),
                    List.copyOf(outcome.advice), List.copyOf(outcome.rulesFired),
                    List.copyOf(outcome.provisions),
                    List.copyOf(outcome.failures));
        }
    }

    /** Metadata values written as quoted strings in DRL may keep their quotes. */
    private static String strip(Object o) {
        String s = String.valueOf(o);
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
