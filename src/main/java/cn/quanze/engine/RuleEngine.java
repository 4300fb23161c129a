package cn.quanze.engine;

import cn.quanze.catalogue.Dataset;
import cn.quanze.decision.Effect;
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
import java.util.HashMap;
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
    /** Each rule's metadata, read once: a decision fires a handful of rules and must not re-parse them. */
    private final Map<String, RuleMeta> ruleMeta;

    private record RuleMeta(RuleOutcome.FiredRule fired, RuleOutcome.RuleProvision provision) {}

    private static RuleMeta readMeta(Rule rule) {
        Map<String, Object> m = rule.getMetaData();
        RuleOutcome.FiredRule fired = new RuleOutcome.FiredRule(rule.getName(), strip(m.get("title")), Effect.valueOf(strip(m.get("effect"))));
        Object source = m.get("source");
        RuleOutcome.RuleProvision provision = source == null ? null : new RuleOutcome.RuleProvision(rule.getName(), strip(source),
                strip(m.getOrDefault("edition", "")), strip(m.getOrDefault("provisions", "")));
        return new RuleMeta(fired, provision);
    }

    private RuleEngine(KieBase kieBase, List<ItemFact> items, List<IssuerFact> issuers, List<Object> listFacts) {
        this.kieBase = kieBase;
        this.items = items;
        this.issuers = issuers;
        this.listFacts = listFacts;
        List<String> names = new ArrayList<>();
        Map<String, RuleMeta> meta = new HashMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            names.add(r.getName());
            meta.put(r.getName(), readMeta(r));
        }));
        this.ruleMeta = Map.copyOf(meta);
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
        List<String> unlabelled = new ArrayList<>();
        kb.getKiePackages().forEach(pkg -> pkg.getRules().forEach(r -> {
            String problem = metadataProblem(r.getMetaData());
            if (problem != null) unlabelled.add("“" + r.getName() + "”" + problem);
        }));
        if (!unlabelled.isEmpty()) throw new IllegalStateException("规则元数据不完整：\n  " + String.join("\n  ", unlabelled));
        List<ItemFact> items = data.catalogue().items().stream().map(ItemFact::new).toList();
        List<IssuerFact> issuers = data.issuers().issuers().stream().map(IssuerFact::new).toList();
        List<Object> listFacts = new ArrayList<>();
        listFacts.add(new ListsFact(java.time.LocalDate.parse(data.catalogue().date()), java.time.LocalDate.parse(data.issuers().date())));
        data.revisions().forEach(r -> listFacts.add(new RevisionFact(r)));
        listFacts.addAll(simplifiedProcedurePeriods(data.parameters()));
        listFacts.addAll(penaltyPeriods(data.parameters()));
        listFacts.addAll(openingHoursPeriods(data.parameters()));
        return new RuleEngine(kb, items, issuers, listFacts);
    }

    /** The parameters in force from a day until (not including) the next day any of them changes. */
    private interface PeriodFact<T> {
        /** The fact for this period, or null when a parameter it needs is not in force. */
        T of(long fromDay, long untilDay, java.util.function.Function<String, java.util.Optional<Double>> value);
    }

    /** One fact per period in which the parameters stay the same. */
    private static <T> List<T> periods(cn.quanze.catalogue.LegalParameters p, PeriodFact<T> fact) {
        List<T> out = new ArrayList<>();
        List<java.time.LocalDate> days = p.changeDays();
        for (int i = 0; i < days.size(); i++) {
            java.time.LocalDate from = days.get(i);
            long until = i + 1 < days.size() ? days.get(i + 1).toEpochDay() : Long.MAX_VALUE;
            T t = fact.of(from.toEpochDay(), until, key -> p.on(key, from).map(cn.quanze.catalogue.LegalParameters.Parameter::value));
            if (t != null) out.add(t);
        }
        return out;
    }

    /** The simplified-procedure limits (行政处罚法第五十一条), one fact per period. */
    private static List<SimplifiedProcedure> simplifiedProcedurePeriods(cn.quanze.catalogue.LegalParameters p) {
        return periods(p, (from, until, v) -> {
            var ind = v.apply(cn.quanze.catalogue.LegalParameters.SIMPLIFIED_FINE_INDIVIDUAL);
            var org = v.apply(cn.quanze.catalogue.LegalParameters.SIMPLIFIED_FINE_ORGANIZATION);
            return ind.isPresent() && org.isPresent() ? new SimplifiedProcedure(from, until, ind.get(), org.get()) : null;
        });
    }

    /** The procedure's periods, surcharge rate and on-the-spot collection limit (行政处罚法第六十条、第六十七条、第六十八条、第七十二条), one fact per period. */
    private static List<PenaltyPeriods> penaltyPeriods(cn.quanze.catalogue.LegalParameters p) {
        return periods(p, (from, until, v) -> {
            var decide = v.apply(cn.quanze.catalogue.LegalParameters.DECISION_PERIOD_DAYS);
            var pay = v.apply(cn.quanze.catalogue.LegalParameters.PAYMENT_PERIOD_DAYS);
            var surcharge = v.apply(cn.quanze.catalogue.LegalParameters.SURCHARGE_DAILY_PERCENT);
            var collect = v.apply(cn.quanze.catalogue.LegalParameters.ON_THE_SPOT_COLLECTION_MAX);
            var court = v.apply(cn.quanze.catalogue.LegalParameters.COURT_APPLICATION_MONTHS);
            var lawsuit = v.apply(cn.quanze.catalogue.LegalParameters.LAWSUIT_PERIOD_MONTHS);
            return decide.isPresent() && pay.isPresent() && surcharge.isPresent() && collect.isPresent() && court.isPresent() && lawsuit.isPresent()
                    ? new PenaltyPeriods(from, until, decide.get().intValue(), pay.get().intValue(), surcharge.get().intValue(), collect.get(),
                            court.get().intValue(), lawsuit.get().intValue())
                    : null;
        });
    }

    /** The hours venues may open (互联网上网服务营业场所管理条例第二十二条, 娱乐场所管理条例第二十八条), one fact per period. */
    private static List<OpeningHours> openingHoursPeriods(cn.quanze.catalogue.LegalParameters p) {
        return periods(p, (from, until, v) -> {
            var cafeFrom = v.apply(cn.quanze.catalogue.LegalParameters.CAFE_OPEN_FROM);
            var cafeUntil = v.apply(cn.quanze.catalogue.LegalParameters.CAFE_OPEN_UNTIL);
            var closedFrom = v.apply(cn.quanze.catalogue.LegalParameters.ENTERTAINMENT_CLOSED_FROM);
            var closedUntil = v.apply(cn.quanze.catalogue.LegalParameters.ENTERTAINMENT_CLOSED_UNTIL);
            return cafeFrom.isPresent() && cafeUntil.isPresent() && closedFrom.isPresent() && closedUntil.isPresent()
                    ? new OpeningHours(from, until, cafeFrom.get().intValue(), cafeUntil.get().intValue(),
                            closedFrom.get().intValue(), closedUntil.get().intValue())
                    : null;
        });
    }

    /** Every rule states its Chinese title, its effect and (unless it only combines) the provision it rests on. */
    private static String metadataProblem(Map<String, Object> meta) {
        if (!meta.containsKey("title")) return "缺少 @title（中文标题）";
        if (!meta.containsKey("effect")) return "缺少 @effect";
        Effect effect;
        try {
            effect = Effect.valueOf(strip(meta.get("effect")));
        } catch (IllegalArgumentException e) {
            return "的 @effect 不是 " + java.util.Arrays.toString(Effect.values()) + " 之一";
        }
        if (effect != Effect.COMBINE && !meta.containsKey("source")) return "缺少 @source（所依据的规定）";
        return null;
    }

    public List<String> ruleNames() {
        return ruleNames;
    }

    /** The rules decide the case; then rules/verdict.drl combines the effects of their reasons into the verdict. */
    public RuleOutcome decide(CaseFact fact) {
        if (closed) throw new IllegalStateException("rule engine closed");
        return session().fire(List.of(fact), true);
    }

    /** Vetting: the rules of vetting.drl judge a draft's findings (one fact each). */
    public RuleOutcome judgeDraft(DraftFact draft, List<FindingFact> findings) {
        if (closed) throw new IllegalStateException("rule engine closed");
        List<Object> facts = new ArrayList<>(findings);
        facts.add(0, draft);
        return session().fire(facts, false);
    }

    /**
     * The rejected alternative, kept for {@code ./quanze bench} only: a fresh session per request
     * with every list fact inserted again. Same answers, several times slower.
     */
    public RuleOutcome decideInFreshSession(CaseFact fact) {
        Session s = new Session();
        try {
            return s.fire(List.of(fact), true);
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
                    RuleMeta m = ruleMeta.get(event.getMatch().getRule().getName());
                    current.currentRule = m.fired().name();
                    current.currentEffect = m.fired().effect();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    RuleMeta m = ruleMeta.get(event.getMatch().getRule().getName());
                    current.rulesFired.add(m.fired());
                    if (m.provision() != null) current.provisions.add(m.provision());
                }
            });
        }

        /**
         * Inserts the request's facts, fires, and deletes them again: the session keeps only the lists.
         * With {@code combine}, the effects of the reasons given are then inserted and fired on, so that
         * rules/verdict.drl sets the verdict.
         */
        private RuleOutcome fire(List<?> facts, boolean combine) {
            Outcome outcome = new Outcome();
            current = outcome;
            session.setGlobal("outcome", outcome);
            List<FactHandle> handles = new ArrayList<>(facts.size() + 1);
            try {
                for (Object f : facts) handles.add(session.insert(f));
                session.fireAllRules();
                if (combine) {
                    handles.add(session.insert(new DecidingEffects(outcome.reasons)));
                    session.fireAllRules();
                }
            } finally {
                handles.forEach(session::delete);
                current = null;
            }
            return new RuleOutcome(outcome.verdict, outcome.verdictRule, List.copyOf(outcome.reasons), List.copyOf(outcome.conditions),
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
