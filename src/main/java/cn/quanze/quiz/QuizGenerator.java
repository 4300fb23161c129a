package cn.quanze.quiz;

import cn.quanze.Quanze;
import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.Body;
import cn.quanze.catalogue.BodyKind;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ConditionKind;
import cn.quanze.catalogue.Dataset;
import cn.quanze.catalogue.Gazetteer;
import cn.quanze.catalogue.Place;
import cn.quanze.catalogue.PowerType;
import cn.quanze.citation.Citation;
import cn.quanze.authority.AuthorityService;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.catalogue.PartyType;
import cn.quanze.citation.ChineseAmount;
import cn.quanze.decision.Penalty;
import cn.quanze.catalogue.PenaltyKind;
import cn.quanze.decision.ReasonCode;
import cn.quanze.decision.Verdict;
import cn.quanze.issuers.Issuer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes quiz questions from the catalogue, the issuer list and the rules.
 *
 * <p>SCENARIO and ISSUER questions are built from a structured request ({@link Probe}); the request is decided by
 * {@link AuthorityService#decide} and the options are then keyed from that decision: the option that agrees with
 * the decision ({@link Question#keyMatches}) is the key, and a question where not exactly one option agrees is
 * dropped. A key that disagrees with the engine cannot be produced.
 *
 * <p>Deterministic: every pool is built in a fixed order from sorted data, and all choices come from one
 * {@code java.util.Random(seed)}.
 */
public final class QuizGenerator {

    private static final String CATALOGUE_TITLE = "乡镇权责清单";
    private static final String ISSUER_TITLE = "县级行政规范性文件制定主体清单（五政办发〔2023〕23号）";
    private static final String PENALTY_LAW = "中华人民共和国行政处罚法";

    /** A question not yet rendered: a stable ref, topic tags, and how to build it. */
    record Seed(String ref, QuestionKind kind, List<String> tags, Builder builder) {}

    @FunctionalInterface
    interface Builder {
        /** Returns null when no single option agrees with the engine (the question is then dropped). */
        Question build(String id, String ref, Random rnd, Difficulty d);
    }

    private final Dataset data;
    private final AuthorityService authority;
    private final List<String> townships;
    private final Map<QuestionKind, List<Seed>> pools = new EnumMap<>(QuestionKind.class);

    public QuizGenerator(Quanze q) {
        this.data = q.data();
        this.authority = q.authority();
        TreeSet<String> ts = new TreeSet<>();
        for (Body b : data.bodies().all()) if (b.isTownshipGovernment()) ts.add(b.shortTownshipName());
        this.townships = List.copyOf(ts);
        pools.put(QuestionKind.SCENARIO, scenarioSeeds());
        pools.put(QuestionKind.BASIS, basisSeeds());
        pools.put(QuestionKind.TYPE, typeSeeds());
        pools.put(QuestionKind.ISSUER, issuerSeeds());
    }

    public Dataset data() {
        return data;
    }

    /** How many distinct questions (distinct refs) each kind can produce, for a topic (null = all). */
    public Map<QuestionKind, Integer> stats(String topic) {
        Map<QuestionKind, Integer> m = new EnumMap<>(QuestionKind.class);
        for (QuestionKind k : QuestionKind.values()) m.put(k, filtered(k, topic).size());
        return m;
    }

    public Paper paper(QuizSpec spec) {
        return new Paper("五台县乡镇权责培训测验", spec, data.catalogue().name(), data.sha256(), generate(spec));
    }

    public List<Question> generate(QuizSpec spec) {
        Random rnd = new Random(spec.seed());
        Map<QuestionKind, List<Seed>> queues = new LinkedHashMap<>();
        for (QuestionKind k : spec.kinds()) {
            List<Seed> l = new ArrayList<>(filtered(k, spec.topic()));
            Collections.shuffle(l, rnd);
            queues.put(k, l);
        }
        Map<QuestionKind, Integer> next = new EnumMap<>(QuestionKind.class);
        List<Question> out = new ArrayList<>();
        int k = 0;
        int exhausted = 0;
        List<QuestionKind> order = spec.kinds();
        while (out.size() < spec.count() && exhausted < order.size()) {
            QuestionKind kind = order.get(k % order.size());
            k++;
            List<Seed> q = queues.get(kind);
            Question built = null;
            int i = next.getOrDefault(kind, 0);
            while (built == null && i < q.size()) {
                Seed s = q.get(i++);
                built = s.builder().build("Q" + (out.size() + 1), s.ref(), rnd, spec.difficulty());
            }
            next.put(kind, i);
            if (built == null) {
                exhausted++;
                continue;
            }
            exhausted = 0;
            out.add(built);
        }
        // group by kind in the order asked (stable), then number the questions in paper order
        List<Question> grouped = new ArrayList<>();
        for (QuestionKind kind : order) for (Question q : out) if (q.kind() == kind) grouped.add(q);
        List<Question> numbered = new ArrayList<>();
        for (int i = 0; i < grouped.size(); i++) {
            Question q = grouped.get(i);
            numbered.add(new Question("Q" + (i + 1), q.ref(), q.kind(), q.title(), q.text(), q.options(), q.answer(),
                    q.explanation(), q.basis(), q.itemId(), q.probe(), q.verdict()));
        }
        return numbered;
    }

    private List<Seed> filtered(QuestionKind k, String topic) {
        List<Seed> all = pools.get(k);
        if (topic == null) return all;
        return all.stream().filter(s -> s.tags().stream().anyMatch(t -> t.contains(topic))).toList();
    }

    // ------------------------------------------------------------------ SCENARIO

    private List<Seed> scenarioSeeds() {
        List<Seed> out = new ArrayList<>();
        List<CatalogueItem> items = data.catalogue().items();
        int rot = 0;
        // 1. the item's own act, and stage traps / out-of-catalogue acts
        for (CatalogueItem it : items) {
            String town = townships.get(rot++ % townships.size());
            Act own = it.principalAct();
            boolean conditioned = hasOwnCondition(it);
            if (!conditioned) {
                out.add(scenario("own/" + it.id() + "/" + own, it, town, own, Facts.NONE, d ->
                        staff(town, it) + "拟依据" + CATALOGUE_TITLE + "第" + it.id() + "项“" + it.name() + "”，" + actPhrase(own) + "。"
                                + "这是否在乡镇权限内？"));
            }
            boolean earlier = !it.allows(Act.APPROVE) && (it.allows(Act.REVIEW) || it.allows(Act.FORWARD));
            List<Act> others = new ArrayList<>();
            for (Act a : List.of(Act.APPROVE, Act.PENALIZE, Act.ENFORCE, Act.INSPECT)) if (!it.allows(a)) others.add(a);
            for (Act a : others) {
                String town2 = townships.get(rot++ % townships.size());
                String text0 = earlier && a == Act.APPROVE
                        ? "群众向" + town2 + "人民政府提出申请，涉及" + CATALOGUE_TITLE + "第" + it.id() + "项“" + it.name() + "”。镇（乡）政府工作人员认为材料齐全，拟由镇（乡）政府直接作出批准决定。"
                        : staff(town2, it) + "拟依据" + CATALOGUE_TITLE + "第" + it.id() + "项“" + it.name() + "”，" + actPhrase(a) + "。";
                out.add(scenario((earlier && a == Act.APPROVE ? "stage/" : "act/") + it.id() + "/" + a, it, town2, a, Facts.NONE,
                        d -> text0 + "这是否在乡镇权限内？"));
            }
        }
        // 2. simplified procedure (items whose text limits them to 依法适用简易程序的)
        List<Object[]> variants = List.of(
                new Object[]{PartyType.INDIVIDUAL, PenaltyKind.WARNING, null},
                new Object[]{PartyType.ORGANIZATION, PenaltyKind.WARNING, null},
                new Object[]{PartyType.INDIVIDUAL, PenaltyKind.FINE, 50.0},
                new Object[]{PartyType.INDIVIDUAL, PenaltyKind.FINE, 200.0},
                new Object[]{PartyType.INDIVIDUAL, PenaltyKind.FINE, 300.0},
                new Object[]{PartyType.INDIVIDUAL, PenaltyKind.FINE, 500.0},
                new Object[]{PartyType.ORGANIZATION, PenaltyKind.FINE, 1000.0},
                new Object[]{PartyType.ORGANIZATION, PenaltyKind.FINE, 3000.0},
                new Object[]{PartyType.ORGANIZATION, PenaltyKind.FINE, 5000.0},
                new Object[]{null, PenaltyKind.FINE, 1000.0},
                new Object[]{null, PenaltyKind.FINE, null},
                new Object[]{PartyType.ORGANIZATION, PenaltyKind.CONFISCATION, null},
                new Object[]{PartyType.ORGANIZATION, PenaltyKind.BUSINESS_RESTRICTION, null},
                new Object[]{PartyType.INDIVIDUAL, PenaltyKind.DETENTION, null});
        for (CatalogueItem it : items) {
            if (!it.hasCondition(ConditionKind.SIMPLIFIED_PROCEDURE)) continue;
            for (Object[] v : variants) {
                PartyType pt = (PartyType) v[0];
                PenaltyKind pk = (PenaltyKind) v[1];
                Double amt = (Double) v[2];
                String town = townships.get(rot++ % townships.size());
                Facts f = new Facts(null, pt, new Penalty(pk, amt), null, null, null, null);
                String ref = "simple/" + it.id() + "/" + (pt == null ? "ANY" : pt) + "/" + pk + (amt == null ? "" : "/" + Math.round(amt));
                out.add(scenario(ref, it, town, Act.PENALIZE, f, d -> town + "执法人员在巡查中发现" + party(pt) + "存在“" + violation(it) + "”的行为，"
                        + "拟依据" + CATALOGUE_TITLE + "第" + it.id() + "项" + penaltyPhrase(pk, amt) + "。这是否在乡镇权限内？"));
            }
        }
        // 3. detention, for every penalty item
        for (CatalogueItem it : items) {
            if (it.type() != PowerType.PENALTY || it.hasCondition(ConditionKind.SIMPLIFIED_PROCEDURE)) continue;
            String town = townships.get(rot++ % townships.size());
            Facts f = new Facts(null, PartyType.INDIVIDUAL, new Penalty(PenaltyKind.DETENTION, null), null, null, null, null);
            out.add(scenario("detention/" + it.id(), it, town, Act.PENALIZE, f, d -> town + "执法人员查实某村民存在“" + violation(it) + "”的行为，情节恶劣，"
                    + "有人提议由镇政府依据" + CATALOGUE_TITLE + "第" + it.id() + "项对其处以行政拘留五日。这是否在乡镇权限内？"));
        }
        // 4. the items' own conditions (逾期不改正、遇到阻拦和拖延、情况紧急、突发事件、洪水威胁)
        for (CatalogueItem it : items) {
            if (!hasOwnCondition(it)) continue;
            Act act = it.principalAct();
            for (Object[] c : conditionVariants(it)) {
                String town = townships.get(rot++ % townships.size());
                Facts f = (Facts) c[1];
                String said = (String) c[2];
                out.add(scenario("cond/" + it.id() + "/" + c[0], it, town, act, f, d -> town + "人民政府拟依据" + CATALOGUE_TITLE + "第" + it.id() + "项“"
                        + it.name() + "”，" + actPhrase(act) + "。已知情况：" + said + "。这是否在乡镇权限内？"));
            }
        }
        // 5. territory: a village of another township, and a village of the township's own
        List<CatalogueItem> local = new ArrayList<>();
        for (CatalogueItem it : items) {
            if (hasOwnCondition(it) || it.hasCondition(ConditionKind.SIMPLIFIED_PROCEDURE)) continue;
            if (it.type() == PowerType.PENALTY || it.type() == PowerType.INSPECTION || it.hasCondition(ConditionKind.WITHIN_TERRITORY)) local.add(it);
        }
        List<Place> places = new ArrayList<>();
        for (Place p : data.gazetteer().all()) {
            Gazetteer.Resolution r = data.gazetteer().resolve(p.name());
            if (r.unique() && townships.contains(p.township())) places.add(p);
        }
        places.sort((a, b) -> (a.township() + "/" + a.name()).compareTo(b.township() + "/" + b.name()));
        Set<String> seenPlaces = new LinkedHashSet<>();
        int li = 0;
        for (Place p : places) {
            if (!seenPlaces.add(p.name())) continue;
            for (boolean foreign : new boolean[]{true, false}) {
                CatalogueItem it = local.get(li++ % local.size());
                String town;
                if (foreign) {
                    int idx = (townships.indexOf(p.township()) + 1 + (li % (townships.size() - 1))) % townships.size();
                    town = townships.get(idx);
                    if (town.equals(p.township())) town = townships.get((idx + 1) % townships.size());
                } else {
                    town = p.township();
                }
                Act act = it.principalAct();
                Facts f = new Facts(p.name(), null, null, null, null, null, null);
                String t = town;
                out.add(scenario("place/" + p.name() + "/" + t + "/" + it.id(), it, t, act, f, d -> {
                    String where = d == Difficulty.HARD ? p.name() : p.township() + p.name();
                    return it.type() == PowerType.PENALTY
                            ? t + "执法人员在" + where + "发现有人存在“" + violation(it) + "”的行为，拟由" + t + "人民政府依据" + CATALOGUE_TITLE
                            + "第" + it.id() + "项" + actPhrase(act) + "。这是否在" + t + "的权限内？"
                            : t + "人民政府工作人员拟到" + where + "，依据" + CATALOGUE_TITLE + "第" + it.id() + "项“" + it.name() + "”" + actPhrase(act)
                            + "。这是否在" + t + "的权限内？";
                }));
            }
        }
        // 6. a county department invoking the township catalogue
        List<Body> depts = new ArrayList<>(data.bodies().all().stream()
                .filter(b -> b.kind() == BodyKind.COUNTY_DEPARTMENT).toList());
        depts.sort((a, b) -> a.name().compareTo(b.name()));
        int di = 0;
        for (Body b : depts) {
            CatalogueItem it = items.get((di++ * 37) % items.size());
            if (hasOwnCondition(it) || it.hasCondition(ConditionKind.SIMPLIFIED_PROCEDURE)) it = items.get((di * 37 + 1) % items.size());
            CatalogueItem item = it;
            Act act = item.principalAct();
            out.add(new Seed("body/" + b.name() + "/" + item.id(), QuestionKind.SCENARIO, tags(item, false),
                    (id, ref, rnd, d) -> scenarioQuestion(id, ref, item, new Probe(b.name(), item.id(), act, Facts.NONE), rnd, d,
                            b.name() + "工作人员拟依据" + CATALOGUE_TITLE + "第" + item.id() + "项“" + item.name() + "”，以本部门名义" + actPhrase(act)
                                    + "。仅依乡镇权责清单，能否判断该部门有此职权？")));
        }
        return out;
    }

    private static boolean hasOwnCondition(CatalogueItem it) {
        return it.hasCondition(ConditionKind.DEADLINE_PASSED) || it.hasCondition(ConditionKind.OBSTRUCTED)
                || it.hasCondition(ConditionKind.EMERGENCY) || it.hasCondition(ConditionKind.EMERGENCY_EVENT)
                || it.hasCondition(ConditionKind.FLOOD_THREAT);
    }

    private static List<Object[]> conditionVariants(CatalogueItem it) {
        List<Object[]> l = new ArrayList<>();
        if (it.hasCondition(ConditionKind.DEADLINE_PASSED)) {
            l.add(new Object[]{"overdue", new Facts(null, null, null, null, true, true, null), "镇政府已责令当事人限期改正，期限届满后当事人仍未改正"});
            l.add(new Object[]{"pending", new Facts(null, null, null, null, true, false, null), "镇政府已责令当事人限期改正，但改正期限尚未届满"});
            l.add(new Object[]{"notordered", new Facts(null, null, null, null, false, null, null), "镇政府尚未责令当事人限期改正"});
            l.add(new Object[]{"unknown", Facts.NONE, "卷宗中没有记载是否已责令限期改正、期限是否届满"});
        } else if (it.hasCondition(ConditionKind.OBSTRUCTED)) {
            l.add(new Object[]{"obstructed", new Facts(null, null, null, null, null, null, true), "防汛措施实施中遭到当事人阻拦和拖延"});
            l.add(new Object[]{"smooth", new Facts(null, null, null, null, null, null, false), "当事人积极配合，没有阻拦或拖延"});
            l.add(new Object[]{"unknown", Facts.NONE, "尚不清楚实施中是否遇到阻拦和拖延"});
        } else {
            String yes = it.hasCondition(ConditionKind.FLOOD_THREAT) ? "洪水正在威胁下游群众的安全"
                    : it.hasCondition(ConditionKind.EMERGENCY_EVENT) ? "辖区内正在发生需要应对的突发事件"
                    : "地质灾害险情紧急，随时可能发生";
            String no = it.hasCondition(ConditionKind.FLOOD_THREAT) ? "汛情平稳，洪水并未威胁群众安全"
                    : it.hasCondition(ConditionKind.EMERGENCY_EVENT) ? "辖区内并无正在发生的突发事件，只是为今后备用"
                    : "险情已经排除，情况并不紧急";
            l.add(new Object[]{"urgent", new Facts(null, null, null, true, null, null, null), yes});
            l.add(new Object[]{"calm", new Facts(null, null, null, false, null, null, null), no});
            l.add(new Object[]{"unknown", Facts.NONE, "现场情况尚未核实"});
        }
        return l;
    }

    private Seed scenario(String ref, CatalogueItem it, String town, Act act, Facts f, Function<Difficulty, String> text) {
        boolean penaltyLaw = f.penalty() != null || (f.location() != null && it.type() == PowerType.PENALTY);
        return new Seed(ref, QuestionKind.SCENARIO, tags(it, penaltyLaw),
                (id, r, rnd, d) -> scenarioQuestion(id, r, it, new Probe(town, it.id(), act, f), rnd, d, text.apply(d)));
    }

    private static List<String> tags(CatalogueItem it, boolean penaltyLaw) {
        List<String> t = new ArrayList<>();
        t.add(it.type().label());
        for (Citation c : it.basis()) t.add(c.source());
        if (penaltyLaw) t.add(PENALTY_LAW);
        return t;
    }

    private static String staff(String town, CatalogueItem it) {
        return it.type() == PowerType.PENALTY ? town + "执法人员" : town + "人民政府工作人员";
    }

    static String party(PartyType pt) {
        if (pt == null) return "一名当事人";
        return pt == PartyType.INDIVIDUAL ? "村民王某" : "某建材有限公司";
    }

    static String penaltyPhrase(PenaltyKind pk, Double amt) {
        return switch (pk) {
            case WARNING -> "当场给予警告";
            case FINE -> amt == null ? "对其罚款（数额待定）" : "当场对其罚款" + ChineseAmount.yuan(amt);
            case CONFISCATION -> "没收其违法所得和非法财物";
            case LICENCE_SUSPENSION -> "暂扣其许可证件";
            case LICENCE_REVOCATION -> "吊销其许可证件";
            case BUSINESS_RESTRICTION -> "责令其停产停业";
            case DETENTION -> "对其处以行政拘留";
        };
    }

    static String violation(CatalogueItem it) {
        String n = it.name().replaceAll("[（(][^）)]*[）)]$", "");
        if (n.startsWith("对")) n = n.substring(1);
        for (String suf : List.of("的行为的处罚", "行为的处罚", "的处罚", "的行为")) {
            if (n.endsWith(suf)) {
                n = n.substring(0, n.length() - suf.length());
                break;
            }
        }
        return n;
    }

    static String actPhrase(Act a) {
        return switch (a) {
            case REVIEW -> "进行审核";
            case FORWARD -> "审核后转报上级";
            case APPROVE -> "直接作出审批（批准）决定";
            case FILE -> "予以备案";
            case INSPECT -> "开展行政检查";
            case PENALIZE -> "对当事人作出行政处罚决定";
            case ENFORCE -> "采取行政强制措施";
            case PAY -> "发放补助";
            case CONFIRM -> "作出确认";
            case ADJUDICATE -> "作出裁决";
            case MEDIATE -> "组织调解";
            case HANDLE -> "依职责处理";
            case ISSUE_NORMATIVE_DOCUMENT -> "制定行政规范性文件";
        };
    }

    // Verdict options, in the order an examiner prints them.
    private static final List<Verdict> VERDICT_ORDER = List.of(Verdict.PERMITTED, Verdict.CONDITIONAL, Verdict.NOT_PERMITTED, Verdict.UNDETERMINED);

    /** Reason-coded options for HARD scenarios: code → (verdict, text, why the option is wrong when it is). */
    private static final Map<ReasonCode, String[]> CODED = new LinkedHashMap<>();

    static {
        CODED.put(ReasonCode.WITHIN_CATALOGUE, new String[]{"可以：该行为在清单事项授予乡镇的职权之内，可以直接实施", "事项列入清单，并不等于本案中的这一行为在授权范围内、且各项条件都已具备。"});
        CODED.put(ReasonCode.CONDITIONS_TO_CHECK, new String[]{"有条件可以：本项设有前提条件，须先查明相关事实", "本题所给事实已足以判断，不存在尚待查明的前提。"});
        CODED.put(ReasonCode.STAGE_EXCEEDS_POWER, new String[]{"不可以：本项只授予乡镇审核、转报等前一环节，审批（决定）权在上级机关", "本题不涉及审批（决定）环节。"});
        CODED.put(ReasonCode.NOT_IN_CATALOGUE, new String[]{"不可以：该行为不在本项授予的职权之内，清单外的职权乡镇不得行使", "所问行为正是本项授予的职权。"});
        CODED.put(ReasonCode.OUT_OF_JURISDICTION, new String[]{"不可以：事发地不在本乡镇辖区，不属本乡镇管辖", "本题没有涉及其他乡镇辖区的地点。"});
        CODED.put(ReasonCode.PRECONDITION_UNMET, new String[]{"不可以：本项规定的前提条件已知不成立", "本题中本项规定的前提条件并未被已知事实否定。"});
        CODED.put(ReasonCode.SIMPLIFIED_PROCEDURE_LIMIT, new String[]{"不可以：超出简易程序（当场处罚）的适用范围", "本题不涉及简易程序限额（或拟给予的处罚在限额内）。"});
        CODED.put(ReasonCode.PENALTY_KIND_NOT_AVAILABLE, new String[]{"不可以：该种类的处罚乡镇人民政府无权决定", "本题拟给予的处罚种类并非乡镇一律不得决定的种类。"});
        CODED.put(ReasonCode.BODY_NOT_COVERED, new String[]{"无法判断：乡镇权责清单不规定该机构的职权", "行为机关是乡镇人民政府，乡镇权责清单正是规定其职权的依据。"});
    }

    /** Codes that must not appear together as key and distractor (one would also be arguably right). */
    private static final List<Set<ReasonCode>> NEIGHBOURS = List.of(
            Set.of(ReasonCode.STAGE_EXCEEDS_POWER, ReasonCode.NOT_IN_CATALOGUE),
            Set.of(ReasonCode.PRECONDITION_UNMET, ReasonCode.SIMPLIFIED_PROCEDURE_LIMIT, ReasonCode.PENALTY_KIND_NOT_AVAILABLE));

    private Question scenarioQuestion(String id, String ref, CatalogueItem it, Probe probe, Random rnd, Difficulty d, String text) {
        Decision dec = authority.decide(probe.request(ref));
        String keyReason = keyReason(dec);
        List<Option> opts = new ArrayList<>();
        ReasonCode keyCode = decisiveCode(dec);
        if (d == Difficulty.HARD && keyCode != null && CODED.containsKey(keyCode)) {
            Set<String> present = new LinkedHashSet<>();
            dec.reasons().forEach(r -> present.add(r.code()));
            List<ReasonCode> pool = new ArrayList<>();
            for (ReasonCode c : CODED.keySet()) {
                if (c == keyCode || present.contains(c.name())) continue;
                boolean near = NEIGHBOURS.stream().anyMatch(g -> g.contains(c) && g.contains(keyCode));
                if (!near) pool.add(c);
            }
            Collections.shuffle(pool, rnd);
            // the most tempting wrong answer: “可以” when it is not permitted
            if (pool.remove(ReasonCode.WITHIN_CATALOGUE)) pool.add(0, ReasonCode.WITHIN_CATALOGUE);
            List<ReasonCode> chosen = new ArrayList<>(pool.subList(0, Math.min(3, pool.size())));
            chosen.add(keyCode);
            Collections.shuffle(chosen, rnd);
            for (ReasonCode c : chosen) {
                boolean right = c == keyCode;
                String fb = right ? "正确。" + keyReason : "错误：" + CODED.get(c)[1] + "本题的关键是：" + keyReason;
                opts.add(new Option("", CODED.get(c)[0], right, fb, claimedVerdict(c).name(), List.of(c.name())));
            }
        } else {
            for (Verdict v : VERDICT_ORDER) {
                boolean right = v == dec.verdict();
                if (d == Difficulty.EASY && !right && v != Verdict.PERMITTED && v != Verdict.NOT_PERMITTED) continue;
                opts.add(new Option("", v.label(), right, right ? "正确。" + keyReason : verdictFeedback(v, dec, keyReason), v.name(), null));
            }
        }
        return finish(id, ref, QuestionKind.SCENARIO, titleOf(QuestionKind.SCENARIO, it), text, opts, dec, it.id(), probe);
    }

    /** The verdict a reason-coded option claims (its text opens with it: 可以 / 有条件可以 / 不可以 / 无法判断). */
    private static Verdict claimedVerdict(ReasonCode c) {
        return switch (c) {
            case WITHIN_CATALOGUE -> Verdict.PERMITTED;
            case CONDITIONS_TO_CHECK -> Verdict.CONDITIONAL;
            case BODY_NOT_COVERED, UNKNOWN_BODY -> Verdict.UNDETERMINED;
            default -> Verdict.NOT_PERMITTED;
        };
    }

    private static ReasonCode decisiveCode(Decision dec) {
        for (Decision.Reason r : dec.reasons()) {
            if (r.decides(dec.verdict())) return ReasonCode.valueOf(r.code());
        }
        return null;
    }

    private static String keyReason(Decision dec) {
        StringBuilder s = new StringBuilder();
        for (Decision.Reason r : dec.reasons()) {
            if (r.decides(dec.verdict())) {
                s.append(r.message());
                break;
            }
        }
        if (s.length() == 0 && !dec.reasons().isEmpty()) s.append(dec.reasons().get(0).message());
        if (dec.verdict() == Verdict.CONDITIONAL && !dec.conditions().isEmpty()) {
            s.append("须查明：");
            List<String> cs = new ArrayList<>();
            for (Decision.Condition c : dec.conditions()) cs.add(c.message());
            s.append(String.join("；", cs)).append("。");
        }
        return s.toString();
    }

    private static String verdictFeedback(Verdict v, Decision dec, String keyReason) {
        String lead = switch (v) {
            case PERMITTED -> dec.verdict() == Verdict.CONDITIONAL ? "并非无条件可以。" : "不能认定可以。";
            case CONDITIONAL -> dec.verdict() == Verdict.PERMITTED ? "所给事实已足以判断，没有尚待查明的前提。"
                    : dec.verdict() == Verdict.NOT_PERMITTED ? "已知事实已足以否定，不是附条件的问题。" : "依清单无从判断，谈不上附条件。";
            case NOT_PERMITTED -> dec.verdict() == Verdict.CONDITIONAL ? "并非一概不可，满足条件即可。"
                    : dec.verdict() == Verdict.PERMITTED ? "该行为在清单授权之内。" : "依清单无从断定“不可以”。";
            case UNDETERMINED -> "机构、事项和事实已足以依清单作出判断。";
        };
        return "错误：" + lead + keyReason;
    }

    // ------------------------------------------------------------------ BASIS

    private List<Seed> basisSeeds() {
        List<Seed> out = new ArrayList<>();
        // all citations of all items, in catalogue order, for distractors
        List<Object[]> allCites = new ArrayList<>();
        for (CatalogueItem it : data.catalogue().items()) for (Citation c : it.basis()) allCites.add(new Object[]{it, c});
        for (CatalogueItem it : data.catalogue().items()) {
            Set<String> own = new LinkedHashSet<>();
            for (Citation c : it.basis()) own.add(c.source());
            Set<String> seen = new LinkedHashSet<>();
            for (Citation c : it.basis()) {
                if (c.provisions().isEmpty() || !seen.add(c.citation())) continue;
                out.add(new Seed("basis/" + it.id() + "/" + c.citation(), QuestionKind.BASIS, tags(it, false),
                        (id, ref, rnd, d) -> basisQuestion(id, ref, it, c, own, allCites, rnd, d)));
            }
        }
        return out;
    }

    private Question basisQuestion(String id, String ref, CatalogueItem it, Citation key, Set<String> ownSources,
                                   List<Object[]> allCites, Random rnd, Difficulty d) {
        List<Object[]> cands = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>(ownSources);
        for (Object[] oc : allCites) {
            CatalogueItem other = (CatalogueItem) oc[0];
            Citation c = (Citation) oc[1];
            if (other.id() == it.id() || c.provisions().isEmpty() || ownSources.contains(c.source())) continue;
            if (d == Difficulty.HARD && other.type() != it.type()) continue;
            cands.add(oc);
        }
        if (cands.size() < 3) {
            cands.clear();
            for (Object[] oc : allCites) {
                CatalogueItem other = (CatalogueItem) oc[0];
                Citation c = (Citation) oc[1];
                if (other.id() != it.id() && !c.provisions().isEmpty() && !ownSources.contains(c.source())) cands.add(oc);
            }
        }
        Collections.shuffle(cands, rnd);
        int want = d == Difficulty.EASY ? 2 : 3;
        List<Option> opts = new ArrayList<>();
        opts.add(new Option("", key.citation(), true, "正确。第" + it.id() + "项的职权依据（原文）：" + it.basisText(), null, null));
        for (Object[] oc : cands) {
            if (opts.size() > want) break;
            Citation c = (Citation) oc[1];
            if (!used.add(c.source())) continue;
            CatalogueItem other = (CatalogueItem) oc[0];
            opts.add(new Option("", c.citation(), false, "错误：这是第" + other.id() + "项“" + other.name() + "”的依据，第" + it.id()
                    + "项的依据中没有《" + c.source() + "》。", null, null));
        }
        Collections.shuffle(opts, rnd);
        boolean several = it.basis().size() > 1;
        String text = CATALOGUE_TITLE + "第" + it.id() + "项“" + it.name() + "”（" + it.type().label() + "）的职权依据" + (several ? "包括" : "是") + "下列哪一项？";
        List<String> basis = new ArrayList<>();
        for (Citation c : it.basis()) basis.add(c.citation());
        String expl = "第" + it.id() + "项“" + it.name() + "”的职权依据为：" + String.join("；", basis) + "。";
        return new Question(id, ref, QuestionKind.BASIS, titleOf(QuestionKind.BASIS, it), text, letter(opts), keyOf(letter(opts)), expl, basis, it.id(), null, null);
    }

    // ------------------------------------------------------------------ TYPE

    private static final Map<PowerType, String> TYPE_NOTES = new EnumMap<>(PowerType.class);

    static {
        TYPE_NOTES.put(PowerType.LICENSING, "行政许可是根据申请准予从事特定活动的行为");
        TYPE_NOTES.put(PowerType.COMPULSION, "行政强制包括对人身、财物的强制措施和强制执行");
        TYPE_NOTES.put(PowerType.EXPROPRIATION, "行政征收（征用）是依法取得单位和个人财产或使用权的行为");
        TYPE_NOTES.put(PowerType.BENEFIT, "行政给付是向特定对象发放物质帮助的行为");
        TYPE_NOTES.put(PowerType.INSPECTION, "行政检查是对遵守法律、履行义务情况的监督检查");
        TYPE_NOTES.put(PowerType.CONFIRMATION, "行政确认是对法律地位、关系或事实的认定");
        TYPE_NOTES.put(PowerType.ADJUDICATION, "行政裁决是对与行政管理有关的民事纠纷的裁处");
        TYPE_NOTES.put(PowerType.OTHER, "其他行政权力收录不属于前八类的审核、转报、备案、处理、调解等");
        TYPE_NOTES.put(PowerType.PENALTY, "行政处罚是对违法行为给予的惩戒");
    }

    private List<Seed> typeSeeds() {
        List<Seed> out = new ArrayList<>();
        for (CatalogueItem it : data.catalogue().items()) {
            out.add(new Seed("type/" + it.id(), QuestionKind.TYPE, tags(it, false), (id, ref, rnd, d) -> typeQuestion(id, ref, it, rnd, d)));
        }
        return out;
    }

    private Question typeQuestion(String id, String ref, CatalogueItem it, Random rnd, Difficulty d) {
        List<PowerType> others = new ArrayList<>();
        for (PowerType t : PowerType.values()) if (t != it.type()) others.add(t);
        Collections.shuffle(others, rnd);
        if (d == Difficulty.HARD) {
            // the classic confusions: 其他行政权力 vs the named types, 行政检查 vs 行政强制
            List<PowerType> near = List.of(PowerType.OTHER, PowerType.INSPECTION, PowerType.COMPULSION, PowerType.PENALTY);
            for (int i = near.size() - 1; i >= 0; i--) if (others.remove(near.get(i))) others.add(0, near.get(i));
        }
        int want = d == Difficulty.EASY ? 2 : 3;
        List<Option> opts = new ArrayList<>();
        opts.add(new Option("", it.type().label(), true, "正确。清单将第" + it.id() + "项列为“" + it.type().label() + "”；" + TYPE_NOTES.get(it.type()) + "。", null, null));
        for (PowerType t : others.subList(0, want)) {
            opts.add(new Option("", t.label(), false, "错误：清单将第" + it.id() + "项列为“" + it.type().label() + "”，不是“" + t.label() + "”；"
                    + TYPE_NOTES.get(t) + "。", null, null));
        }
        Collections.shuffle(opts, rnd);
        String text = CATALOGUE_TITLE + "第" + it.id() + "项“" + it.name() + "”属于哪一职权类型？";
        List<String> basis = new ArrayList<>();
        basis.add("《五台县乡镇权责清单（2023年版）》（五政办发〔2023〕25号）");
        for (Citation c : it.basis()) basis.add(c.citation());
        String expl = "第" + it.id() + "项在清单中列为“" + it.type().label() + "”（" + TYPE_NOTES.get(it.type()) + "）。职权依据："
                + String.join("；", basis.subList(1, basis.size())) + "。";
        List<Option> lettered = letter(opts);
        return new Question(id, ref, QuestionKind.TYPE, titleOf(QuestionKind.TYPE, it), text, lettered, keyOf(lettered), expl, basis, it.id(), null, null);
    }

    // ------------------------------------------------------------------ ISSUER

    private List<Seed> issuerSeeds() {
        List<Seed> out = new ArrayList<>();
        List<String> tags = List.of("行政规范性文件", ISSUER_TITLE, "制定主体");
        TreeSet<String> names = new TreeSet<>();
        for (Body b : data.bodies().all()) names.add(b.name());
        for (Issuer i : data.issuers().issuers()) names.add(i.name());
        for (String n : names) {
            out.add(new Seed("issuer/may/" + n, QuestionKind.ISSUER, tags, (id, ref, rnd, d) -> issuerMay(id, ref, n, rnd, d)));
        }
        List<String> vertical = new ArrayList<>();
        for (Issuer i : data.issuers().issuers()) if (i.vertical()) vertical.add(i.name());
        Collections.sort(vertical);
        for (String n : vertical) {
            out.add(new Seed("issuer/filing/" + n, QuestionKind.ISSUER, tags, (id, ref, rnd, d) -> issuerFiling(id, ref, n, rnd, d)));
        }
        return out;
    }

    private Question issuerMay(String id, String ref, String body, Random rnd, Difficulty d) {
        Probe probe = new Probe(body, null, Act.ISSUE_NORMATIVE_DOCUMENT, null);
        Decision dec = authority.decide(probe.request(ref));
        String why = reasonsText(dec);
        List<Option> opts = new ArrayList<>();
        opts.add(new Option("", "可以，依照法定权限和程序以本机构名义制定", false, "", Verdict.PERMITTED.name(),
                List.of(ReasonCode.ISSUER_LISTED.name())));
        opts.add(new Option("", "可以，但印发后须在向上一级主管部门备案的同时向县政府备案", false, "", Verdict.PERMITTED.name(),
                List.of(ReasonCode.ISSUER_LISTED.name(), ReasonCode.VERTICAL_DUAL_FILING_REQUIRED.name())));
        opts.add(new Option("", "不可以以本机构名义制定；确需制定的，应当报请主管部门制定", false, "", Verdict.NOT_PERMITTED.name(),
                List.of(ReasonCode.ISSUER_NOT_LISTED.name())));
        if (d != Difficulty.EASY) {
            opts.add(new Option("", "经县司法局合法性审核后，即可以本机构名义制定", false, "", null, List.of("LEGALITY_REVIEW_SUFFICES")));
        }
        Set<String> u = Question.universe(opts);
        List<Option> keyed = new ArrayList<>();
        for (Option o : opts) {
            boolean right = Question.keyMatches(o, dec, u);
            String fb;
            if (right) fb = "正确。" + why;
            else if (o.codes().contains("LEGALITY_REVIEW_SUFFICES")) fb = "错误：合法性审核是制定程序的一环（通知第二条），不能替代制定主体资格。" + why;
            else if (o.codes().contains(ReasonCode.VERTICAL_DUAL_FILING_REQUIRED.name())) fb = "错误：双重备案只适用于实行垂直管理的单位（通知第三条）。" + why;
            else fb = "错误：" + why;
            keyed.add(new Option("", o.text(), right, fb, o.verdict(), o.codes()));
        }
        if (keyed.stream().filter(Option::correct).count() != 1) return null;
        if (d == Difficulty.HARD) Collections.shuffle(keyed, rnd);
        String text = body + "拟以本机构名义制定一份行政规范性文件。依照" + ISSUER_TITLE + "，下列说法正确的是？";
        return finish(id, ref, QuestionKind.ISSUER, "制定主体：" + body, text, keyed, dec, null, probe);
    }

    private Question issuerFiling(String id, String ref, String body, Random rnd, Difficulty d) {
        Probe probe = new Probe(body, null, Act.ISSUE_NORMATIVE_DOCUMENT, null);
        Decision dec = authority.decide(probe.request(ref));
        String why = reasonsText(dec);
        List<Option> opts = new ArrayList<>();
        opts.add(new Option("", "在向上一级主管部门备案的同时，向五台县人民政府备案", false, "", Verdict.PERMITTED.name(),
                List.of(ReasonCode.ISSUER_LISTED.name(), ReasonCode.VERTICAL_DUAL_FILING_REQUIRED.name())));
        opts.add(new Option("", "只须向上一级主管部门备案，县政府无权管辖垂直管理单位", false, "", null, List.of("SUPERIOR_ONLY")));
        if (d != Difficulty.EASY) opts.add(new Option("", "只须向五台县人民政府备案", false, "", null, List.of("COUNTY_ONLY")));
        opts.add(new Option("", "垂直管理单位不得制定行政规范性文件，应报请县政府制定", false, "", Verdict.NOT_PERMITTED.name(),
                List.of(ReasonCode.ISSUER_NOT_LISTED.name())));
        Set<String> u = Question.universe(opts);
        List<Option> keyed = new ArrayList<>();
        for (Option o : opts) {
            boolean right = Question.keyMatches(o, dec, u);
            String fb = right ? "正确。" + why
                    : o.codes().contains("SUPERIOR_ONLY") || o.codes().contains("COUNTY_ONLY")
                    ? "错误：通知要求两处都备案。" + data.issuers().rules().vertical()
                    : "错误：" + why;
            keyed.add(new Option("", o.text(), right, fb, o.verdict(), o.codes()));
        }
        if (keyed.stream().filter(Option::correct).count() != 1) return null;
        Collections.shuffle(keyed, rnd);
        String text = body + "依照法律法规和国家有关规定，制发了一份行政规范性文件。依照" + ISSUER_TITLE + "，文件印发后应当如何备案？";
        return finish(id, ref, QuestionKind.ISSUER, "垂直管理单位备案：" + body, text, keyed, dec, null, probe);
    }

    private static String reasonsText(Decision dec) {
        List<String> m = new ArrayList<>();
        for (Decision.Reason r : dec.reasons()) m.add(r.message());
        return String.join("", m);
    }

    // ------------------------------------------------------------------ common

    /** Letters the options, checks the key against the engine, and writes the explanation from the decision. */
    private Question finish(String id, String ref, QuestionKind kind, String title, String text, List<Option> opts,
                            Decision dec, Integer itemId, Probe probe) {
        List<Option> lettered = letter(opts);
        Set<String> u = Question.universe(lettered);
        long right = 0;
        for (Option o : lettered) {
            boolean m = Question.keyMatches(o, dec, u);
            if (m != o.correct()) return null; // impossible by construction; never emit a key the engine disagrees with
            if (m) right++;
        }
        if (right != 1) return null;
        List<String> basis = new ArrayList<>();
        for (Decision.BasisRef b : dec.basis()) basis.add(b.citation());
        StringBuilder e = new StringBuilder("结论：").append(dec.verdict().label()).append("。");
        for (Decision.Reason r : dec.reasons()) e.append(r.message());
        if (dec.verdict() == Verdict.CONDITIONAL && !dec.conditions().isEmpty()) {
            List<String> cs = new ArrayList<>();
            for (Decision.Condition c : dec.conditions()) cs.add(c.message());
            e.append("须查明：").append(String.join("；", cs)).append("。");
        }
        if (dec.advice() != null && !dec.advice().isEmpty()) e.append("建议：").append(String.join("", dec.advice()));
        if (!basis.isEmpty()) e.append("依据：").append(String.join("；", basis)).append("。");
        return new Question(id, ref, kind, title, text, lettered, keyOf(lettered), e.toString(), basis, itemId, probe, dec.verdict().name());
    }

    private static List<Option> letter(List<Option> opts) {
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < opts.size(); i++) out.add(opts.get(i).withKey(String.valueOf((char) ('A' + i))));
        return out;
    }

    private static String keyOf(List<Option> opts) {
        return opts.stream().filter(Option::correct).map(Option::key).findFirst().orElseThrow();
    }

    private static String titleOf(QuestionKind k, CatalogueItem it) {
        return k.label() + "：第" + it.id() + "项";
    }

    /** Looks up a seed by its ref (for re-checking and for answer checking). */
    public List<String> refs(QuestionKind k) {
        return pools.get(k).stream().map(Seed::ref).toList();
    }

    /** The number of questions in all pools, for a topic. */
    public int total(String topic) {
        int n = 0;
        for (QuestionKind k : QuestionKind.values()) n += filtered(k, topic).size();
        return n;
    }
}
