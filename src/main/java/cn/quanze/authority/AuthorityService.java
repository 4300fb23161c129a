package cn.quanze.authority;

import cn.quanze.catalogue.Act;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.decision.InvalidRequestException;
import cn.quanze.decision.Penalty;
import cn.quanze.decision.PenaltyBar;
import cn.quanze.decision.ReasonCode;
import cn.quanze.decision.Verdict;
import cn.quanze.catalogue.Body;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ConductElements;
import cn.quanze.catalogue.Confiscated;
import cn.quanze.catalogue.PenaltyKind;
import cn.quanze.catalogue.PenaltyProvisions;
import cn.quanze.catalogue.Dataset;
import cn.quanze.catalogue.Gazetteer;
import cn.quanze.catalogue.LegalParameters;
import cn.quanze.catalogue.PartyType;
import cn.quanze.engine.CaseFact;
import cn.quanze.engine.Outcome;
import cn.quanze.engine.PlaceStatus;
import cn.quanze.engine.RuleEngine;
import cn.quanze.engine.RuleOutcome;
import cn.quanze.engine.Tri;
import cn.quanze.matching.Asks;
import cn.quanze.matching.ItemMatcher;
import cn.quanze.matching.QuestionReader;
import cn.quanze.matching.ReadQuestion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers authority requests: Java looks up the body, the item and the place; the rules decide,
 * verdict included (rules/verdict.drl combines the effects of the reasons given); this class then
 * assembles the explanation.
 */
public final class AuthorityService {

    public static final int MAX_CANDIDATES = 5;
    /** A question is a sentence or two; longer text is refused rather than searched. */
    public static final int MAX_QUERY_CHARS = 500;

    private final Dataset data;
    /** The catalogue cited by its own name or document number, which no question asks about (see QuestionReader). */
    private final java.util.regex.Pattern catalogueCited;
    private final RuleEngine engine;
    private final Supplier<ItemMatcher> matcher;
    private final QuestionReader reader;
    private final Clock clock;
    private final DocumentLimits documentLimits;
    /** Items whose name is about children (CHILDREN_PROTECTED), found once. */
    private final java.util.Set<Integer> childrenItems;
    /** Each item's citations as the decision prints them, built once per item. */
    private final Map<Integer, List<Decision.BasisRef>> itemBasis = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param matcher the free-text matcher; a supplier so a structured request never waits for it to load */
    public AuthorityService(Dataset data, RuleEngine engine, Supplier<ItemMatcher> matcher, DocumentLimits documentLimits) {
        this(data, engine, matcher, documentLimits, Clock.systemDefaultZone());
    }

    /** @param clock gives "today" for requests without {@code asOf} */
    public AuthorityService(Dataset data, RuleEngine engine, Supplier<ItemMatcher> matcher, DocumentLimits documentLimits, Clock clock) {
        this.clock = clock;
        this.documentLimits = java.util.Objects.requireNonNull(documentLimits, "documentLimits");
        this.data = data;
        this.engine = engine;
        this.matcher = matcher;
        this.reader = new QuestionReader(data.gazetteer(), data.vocabulary());
        this.catalogueCited = QuestionReader.catalogueCited(data.catalogue().name(), data.catalogue().document());
        this.childrenItems = data.catalogue().items().stream().filter(i -> CHILDREN_PROTECTED.matcher(i.name()).find())
                .map(CatalogueItem::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Dataset data() {
        return data;
    }

    public DocumentLimits documentLimits() {
        return documentLimits;
    }

    public Decision decide(AuthorityRequest r) {
        String asked = asAsked(r.query());
        Decision whole = wholeOf(r, asked);
        List<Asks.Ask> asks = r.action() == null && r.itemId() == null ? Asks.of(asked) : List.of();
        return asks.isEmpty() ? whole : answeringEach(r, asked, whole, asks);
    }

    /** The message read whole, each fine and each thing to confiscate that it names checked; {@code asked} is its query as read. */
    private Decision wholeOf(AuthorityRequest r, String asked) {
        return eachThingChecked(r, asked, eachFineChecked(r, asked, decide(r, false)));
    }

    /**
     * 对该门市罚款8万元，对负责人罚款5000元: a fine on the unit and one on its person in charge are each checked against
     * the article's row for that party; the answer lets no more than the stricter of the two.
     */
    private Decision eachFineChecked(AuthorityRequest r, String asked, Decision whole) {
        PartyType told = r.factsOrNone().partyType();
        if (asked == null || r.factsOrNone().penalty() != null || told != null && told != PartyType.ORGANIZATION) return whole;
        double[] fines = QuestionReader.unitAndPersonFines(asked);
        if (fines == null) return whole;
        Decision top = whole;
        PartyType[] parties = {PartyType.ORGANIZATION, PartyType.RESPONSIBLE_PERSON};
        for (int i = 0; i < 2; i++) {
            Facts one = Facts.builder().partyType(parties[i]).penalty(new Penalty(PenaltyKind.FINE, fines[i])).build();
            top = stricterOf(top, decide(r.withFacts(one), false));
        }
        return top;
    }

    /**
     * 没收锅炉，再把厂房也没收; 没收违法所得和他的挖掘机: each thing asked to be confiscated is checked against the article
     * (the reading keeps the first); the answer lets no more than the strictest.
     */
    private Decision eachThingChecked(AuthorityRequest r, String asked, Decision whole) {
        if (asked == null || r.factsOrNone().penalty() != null) return whole;
        List<Confiscated> things = reader.confiscatedThings(asked);
        if (things.size() < 2) return whole;
        Decision top = whole;
        for (Confiscated thing : things) {
            Facts one = Facts.builder().penalty(new Penalty(PenaltyKind.CONFISCATION, null, thing)).build();
            top = stricterOf(top, decide(r.withFacts(one), false));
        }
        return top;
    }

    /**
     * 一是…能处罚吗？二是能不能顺带吊销他的执照？: each ask answered on its own (the first ask's facts lent to a later one
     * that speaks of the same case, see {@link Asks}), listed in {@code asks}. The message's verdict is never more than any ask of power allows — a 可以 for the
     * first would be read as one for the second too — so the strictest of them replaces the whole reading when that was
     * 可以 or conditional. An ask for no leave (要不要上党政联席会研究, 处罚决定书用哪个模板) is listed unanswered; one that asks
     * leave for an act the reader does not know (能不能停他家的低保) is answered, and so may refuse.
     */
    private Decision answeringEach(AuthorityRequest r, String asked, Decision whole, List<Asks.Ask> asks) {
        List<Decision.AskAnswer> answers = new ArrayList<>();
        List<Decision> answered = new ArrayList<>();
        String leaveAsked = asked;
        for (Asks.Ask ask : asks) {
            ReadQuestion own = reader.read(ask.text());
            if (Asks.asksNoLeave(ask.text(), own.act() != null || own.facts().penalty() != null)) {
                answers.add(new Decision.AskAnswer(ask.text(), null, null, List.of(), List.of()));
                leaveAsked = leaveAsked.replace(Asks.ownClause(ask.text()), "");
                continue;
            }
            Decision d = decide(r.withQuery(ask.question()), false);
            answers.add(new Decision.AskAnswer(ask.text(), d.verdict(), d.item(), d.reasons(), d.conditions()));
            answered.add(d);
        }
        // 一是补贴停发由谁决定？二是…审核后转报，是否可以: the message read whole, without the asks for no leave, whose 决定
        // or 不归我们管 would be read as acts asked
        Decision top = leaveAsked.equals(asked) || leaveAsked.isBlank() ? whole
                : wholeOf(r.withQuery(leaveAsked), asAsked(leaveAsked));
        for (Decision d : answered) top = stricterOf(top, d);
        return top.withAsks(answers);
    }

    /** The question as read: a letter's salutation and courtesy dropped, words written as they sound put right. */
    private String asAsked(String query) {
        return data.misheard().correct(QuestionReader.asAsked(query));
    }

    /**
     * Of an answer that lets the act (可以 or conditional) and another asked with it, the one that lets less: a 可以 for the
     * first would be read as one for the second too. An answer that already refuses or cannot decide stands.
     */
    private static Decision stricterOf(Decision held, Decision other) {
        boolean lets = held.verdict() == Verdict.PERMITTED || held.verdict() == Verdict.CONDITIONAL;
        return lets && STRICTNESS.indexOf(other.verdict()) > STRICTNESS.indexOf(held.verdict()) ? other : held;
    }

    /** From the answer that lets most to the one that lets least, for a message of several asks. */
    private static final List<Verdict> STRICTNESS = List.of(Verdict.PERMITTED, Verdict.CONDITIONAL, Verdict.UNDETERMINED,
            Verdict.NOT_PERMITTED);

    /** @param asDocumentAct answer the act the normative document asked about would itself do, not the issuing */
    private Decision decide(AuthorityRequest r, boolean asDocumentAct) {
        Prepared p = prepare(r, asDocumentAct);
        Case c = p.c();
        Decision onDocumentAct = asDocumentAct ? null : documentAct(r, p);
        RuleOutcome o = engine.decide(toFact(c, onDocumentAct));
        // 拘他几天: no township may detain whatever the item (行政处罚法第十八条第三款), so which item is meant does not matter
        boolean detentionAsked = c.facts().penalty() != null && c.facts().penalty().kind() == PenaltyKind.DETENTION;
        boolean ambiguous = p.choice().tentative() && !detentionAsked;
        for (CatalogueItem rival : detentionAsked ? List.<CatalogueItem>of() : p.choice().rivals()) {
            if (ambiguous) break;
            // a rival whose conduct the question names in no word is no reading of it
            if (c.question() != null && data.conductElements().speaksOfNone(rival.id(), c.question())) continue;
            ambiguous = engine.decide(toFact(c.withItem(rival), null)).verdict() != o.verdict();
        }
        if (ambiguous) {
            c = c.asAmbiguous();
            o = engine.decide(toFact(c, null));
        }
        Decision d = assemble(r, c, o, p.candidates());
        // 罚款和扣车: the compulsion asked with the penalty is put to the same item; the stricter answer is the message's
        Act also = p.read().alsoAsked();
        if (also != null && !asDocumentAct && r.action() == null && r.itemId() == null && d.item() != null
                && (d.verdict() == Verdict.PERMITTED || d.verdict() == Verdict.CONDITIONAL)) {
            return stricterOf(d, decide(r.withItemAndAction(d.item().id(), also), false));
        }
        return d;
    }

    /** For {@code ./quanze bench}: the rule-engine fact of a request, to time alternative session strategies. */
    public CaseFact toFactForBench(AuthorityRequest r) {
        return toFact(prepare(r, false).c(), null);
    }

    /**
     * 乡里发个文直接撤了一个村委会: a township may issue normative documents, but only within its own powers (五政办发〔2023〕23号
     * 第一条, 依照法定权限). For a township's question about a document that names what the document itself would do, that act
     * asked of the township as if no document were named; null when the question names no such act or is not a township's.
     */
    private Decision documentAct(AuthorityRequest r, Prepared p) {
        Case c = p.c();
        if (c.act() != Act.ISSUE_NORMATIVE_DOCUMENT || r.action() != null || c.question() == null || c.body() == null
                || !c.body().isTownshipGovernment() || p.read().documentAct() == null) return null;
        Decision d = decide(r, true);
        // A paper deciding one case does what its act does; otherwise only a decision the document would itself take
        // (批准, 撤销, 裁决, 强制, 收费, 施压) is put to the township. A notice organising payments, registrations or
        // certificates (关于做好…发放工作的通知) pays or registers no one; an approval the question leaves to the county, or an
        // honour (评定文明户), is not the document's own.
        boolean decision = QuestionReader.singleCasePaper(c.question()) || p.read().documentActIsFirm()
                && DOCUMENT_DECISIONS.contains(p.read().documentAct()) && !QuestionReader.decisionLeftToOthers(c.question());
        boolean elsewhere = d.reasons().stream().anyMatch(x -> x.code().equals(ReasonCode.OUT_OF_JURISDICTION.name()));
        boolean refuses = d.verdict() == Verdict.NOT_PERMITTED && (decision || elsewhere);
        boolean conditions = d.verdict() == Verdict.CONDITIONAL && decision;
        return refuses || conditions ? d : null;
    }

    /** Acts that find facts out (检查, 核查, 审核, 转报): a fact not yet known is theirs to find. */
    private static final Set<Act> CHECKING_ACTS = java.util.EnumSet.of(Act.INSPECT, Act.REVIEW, Act.FORWARD);

    /** The acts a normative document could itself take in a township's name, which the township must hold. */
    private static final Set<Act> DOCUMENT_DECISIONS = java.util.EnumSet.of(Act.APPROVE, Act.REVOKE, Act.ADJUDICATE,
            Act.ENFORCE, Act.LEVY, Act.MEASURE, Act.DESIGNATE);

    private record Prepared(Case c, List<Decision.Candidate> candidates, ItemChooser.Choice choice, ReadQuestion read) {}

    private Prepared prepare(AuthorityRequest r, boolean asDocumentAct) {
        if (r.body() == null || r.body().isBlank()) {
            throw new InvalidRequestException("MISSING_BODY", "缺少必填字段 body（行为机关名称）。");
        }
        if (r.itemId() != null && data.catalogue().item(r.itemId()).isEmpty()) {
            throw new InvalidRequestException("UNKNOWN_ITEM", "清单中没有第 " + r.itemId() + " 项（序号应为 1–"
                    + data.catalogue().items().size() + "）。");
        }
        if (r.query() != null && r.query().length() > MAX_QUERY_CHARS) {
            throw new InvalidRequestException("QUERY_TOO_LONG", "问题描述过长（" + r.query().length() + " 字），请用 "
                    + MAX_QUERY_CHARS + " 字以内描述拟办事项。");
        }
        r = r.withQuery(asAsked(r.query()));
        Body body = data.bodies().resolve(r.body()).orElse(null);
        boolean hasText = r.query() != null && !r.query().isBlank();
        String ownTownship = body != null && body.isTownshipGovernment() ? body.shortTownshipName() : null;
        // what the asker pasted in (【…】, 原文：…, 转发：…) helps find the item but confirms no act or fact of the case; what
        // bars a penalty or rules an element out is still read from the whole message (Told, contradicted elements)
        String ownText = hasText ? QuestionReader.withoutPasted(r.query(), catalogueCited) : null;
        ReadQuestion read = hasText ? reader.read(ownText, ownTownship) : ReadQuestion.NOTHING;
        Facts facts = r.factsOrNone().over(read.facts());
        LocalDate asOf = r.asOf() != null ? r.asOf() : LocalDate.now(clock);
        if (hasText && !ownText.equals(r.query()) && QuestionReader.pointsBack(ownText)) facts = withPastedSum(facts, reader.read(r.query(), ownTownship).facts());
        // a deadline told as a date, unless the request's own facts say otherwise: 限12月15日前清除…今天还没清, asked on 5
        // December, is still ahead whatever the proposal calls it (按逾期不消除…罚款); 责令11月30日前补上，到今天还没补, asked on
        // 6 December, has passed uncorrected, where the question read no other way
        Boolean passed = hasText && r.factsOrNone().deadlinePassed() == null ? QuestionReader.deadlinePassedAsTold(r.query(), asOf) : null;
        if (Boolean.FALSE.equals(passed) || Boolean.TRUE.equals(passed) && facts.deadlinePassed() == null) {
            facts = Facts.builder().orderedToCorrect(true).deadlinePassed(passed).build().over(facts);
        }
        // 限期改正通知书10月20日送达…今天能强拆吗: six months to sue have not run out since the decision was served
        if (hasText && r.factsOrNone().appealPeriodExpired() == null
                && Boolean.TRUE.equals(QuestionReader.appealTimeRunning(r.query(), asOf))) {
            facts = Facts.builder().appealPeriodExpired(false).build().over(facts);
        }

        Act act = r.action() != null ? r.action() : asDocumentAct ? read.documentAct() : read.act();
        boolean firmAct = r.action() != null || (asDocumentAct ? read.documentActIsFirm() : read.actIsFirm());
        if (act == null && facts.penalty() != null) {
            act = Act.PENALIZE;
            firmAct = true;
        }

        // the power the question opens by claiming (镇里对选举违法行为有处理权，…) states no element of the case
        // nor does an item it names by its conduct as the basis to borrow (拿处罚卖未登记肥料的那项权力罚这个合作社)
        String told = hasText ? QuestionReader.withoutPowerNamedByConduct(QuestionReader.withoutClaimedPower(ownText)) : null;
        // what the whole question tells of the case, read once here for the item's choice and the facts of every rival
        Told said = Told.read(reader, hasText ? r.query() : null, asOf, read.facts() == null ? null : read.facts().location(),
                hasText ? data.conductElements().facts(r.query()) : null);
        CatalogueItem item = null;
        boolean actAssumed = false;
        CatalogueItem proposedOther = null;
        List<Decision.Candidate> candidates = List.of();
        boolean weak = false;
        ItemChooser.Choice choice = ItemChooser.Choice.NONE;
        if (act != Act.ISSUE_NORMATIVE_DOCUMENT) {
            if (r.itemId() != null) {
                item = data.catalogue().item(r.itemId()).orElseThrow();
            } else if (hasText) {
                ItemMatcher.Result result = matcher.get().match(r.query(), act, MAX_CANDIDATES);
                candidates = result.matches().stream()
                        .map(m -> new Decision.Candidate(m.item().id(), m.item().name(), m.score())).toList();
                weak = result.weak();
                ConductElements elements = data.conductElements();
                Set<Integer> stated = elements.fullyStated(told);
                List<CatalogueItem> statedElsewhere = data.catalogue().items().stream()
                        .filter(i -> stated.contains(i.id()) && elements.conductCount(i.id()) >= 2)
                        .toList();
                choice = ItemChooser.choose(matcher.get(), r.query(), result, act, firmAct,
                        i -> stated.contains(i.id()), i -> elements.conductCount(i.id()), statedElsewhere);
                item = choice.item();
                // 法条竞合 (catalog/conduct-elements.tsv "#@ overlaps"): where the question states every element of this item and
                // of one whose article governs the same conduct, that one is answered instead (在住户密集的巷口焚烧生活垃圾: 105
                // for 111) or is a reading too, for the user to pick if it answers otherwise (在河道管理范围内的耕地上挖砂: 99, 120)
                if (item != null && stated.contains(item.id())) {
                    CatalogueItem chosen = item;
                    Act asked = act;
                    CatalogueItem prevails = elements.prevailingOver(item.id()).stream().filter(stated::contains).sorted()
                            .map(i -> data.catalogue().item(i).orElseThrow())
                            .filter(i -> asked == null || i.grantsOrPrecedes(asked) || !chosen.grantsOrPrecedes(asked)).findFirst().orElse(null);
                    if (prevails != null) {
                        item = prevails;
                        choice = new ItemChooser.Choice(prevails, List.of(), false);
                    }
                    choice = choice.withRivals(elements.overlapping(item.id()).stream().filter(stated::contains).sorted()
                            .map(i -> data.catalogue().item(i).orElseThrow()).filter(i -> asked == null || i.grantsOrPrecedes(asked)).toList());
                }
                // 光荣院 asked for a 五保户 who is no entitled serviceman: the nearest item is ruled out by what the question
                // says, and a far neighbour whose words happen to fit (特困供养) is not what was asked; the nearest answers
                CatalogueItem ruledOut = nearestRuledOut(result, item, elements, told);
                if (ruledOut != null) {
                    item = ruledOut;
                    choice = new ItemChooser.Choice(ruledOut, List.of(), false);
                }
                // 还能按第148项罚他吗: the question is about the item it names; its elements are still checked against the text
                Integer proposed = QuestionReader.proposedItem(r.query());
                CatalogueItem named = proposed == null ? null : data.catalogue().item(proposed).orElse(null);
                if (named != null) {
                    item = named;
                    choice = new ItemChooser.Choice(named, List.of(), false);
                } else {
                    CatalogueItem citing = onlyItemCitingProposed(r.query(), result, item, stated::contains);
                    if (citing != null) {
                        item = citing;
                        choice = new ItemChooser.Choice(citing, List.of(), false);
                    }
                    if (item != null) proposedOther = otherItemProposed(r.query(), act, item);
                }
                // a weak search that still found an item whose every element the question states answers on that item
                if (item != null) weak = false;
            }
            // 镇政府可以自己定这个摊点区域和营业时段吧: 定 reads as approving, but of an item whose act is to determine
            // (确定) it is that act, unless a permit or an approval is named
            if (item != null && act == Act.APPROVE && item.name().endsWith("确定") && QuestionReader.saysDetermine(r.query())) {
                act = item.principalAct();
            }
            // 乡里能出面给俺们处理定下来吗, of a dispute over land: to settle who holds it is the ruling a 行政裁决 item grants
            if (item != null && act == Act.APPROVE && item.principalAct() == Act.ADJUDICATE && QuestionReader.saysSettle(r.query())) {
                act = Act.ADJUDICATE;
            }
            // A soft verb (处理, 管) only guides the search; the item's own act is what is asked.
            if (item != null && (act == null || (!firmAct && !item.allows(act)))) {
                // 能铲了吗 is read as an act; 任命个组长, 给她分地 are not, and must not be answered as the item's own act
                // 还能责令改吗 asked of a filing item names an act of its own (an order), which the item's act does not answer
                boolean namedOrder = act == Act.HANDLE && (QuestionReader.namesOrder(r.query())
                        // 在国道上划一段给他们摆摊 asked of a penalty item: setting an area aside is no penalty
                        || QuestionReader.namesDesignation(r.query()));
                // 要镇里先把流转合同备案 asked of a review item: a soft verb of its own (备案, 调解, 发放), not 处理 or 管,
                // is not answered as the item's act without saying so
                // (审核 for 审批 and 上报 for 处理、上报 are near enough to be the item's own act; these are not)
                boolean otherSoftAct = act == Act.FILE || act == Act.PAY || act == Act.CONFIRM || act == Act.ADJUDICATE || act == Act.MEDIATE;
                // 责令他限期补种40棵树 asked of item 139: an order the item's own article gives beside its fine (森林法第七十四条:
                // 责令停止违法行为，限期补种) is the penalty power's own, not an act of another kind
                boolean articleOrder = articleOrders(item, said);
                if (articleOrder) namedOrder = false;
                actAssumed = ((act == null && !articleOrder) || namedOrder || otherSoftAct) && r.itemId() == null && !QuestionReader.asksTermination(r.query());
                act = item.principalAct();
            }
        }
        if (act == null) act = Act.HANDLE;

        Gazetteer.Resolution place = facts.location() == null ? null : data.gazetteer().resolve(facts.location());
        // 陈家庄乡那个李家庄村: the words name which of the townships that have the village is meant
        if (place != null && place.ambiguous() && hasText) place = data.gazetteer().withTownshipNamed(place, r.query());
        // 南禅寺位于本乡李家庄村: the asker's own township's village of that name
        if (place != null && place.ambiguous() && hasText && body != null && body.isTownshipGovernment()
                && QuestionReader.saysOwnVillage(r.query(), facts.location())) {
            place = data.gazetteer().withTownshipNamed(place, body.shortTownshipName() + facts.location());
        }
        // 这个事乡里能批不: a question that names no matter and matched nothing is no usable question
        boolean usable = r.itemId() != null || (hasText && !(weak && item == null && QuestionReader.saysNoMatter(r.query())));
        // 乡综治办想以自己的名义发文: the document would go out in the name of a unit of the township, not the township's
        String bodyInput = r.body();
        String unit = act == Act.ISSUE_NORMATIVE_DOCUMENT && hasText ? QuestionReader.issuingUnit(r.query()) : null;
        // 驼梁风景区服务中心想以中心自己的名义: the unit named is the asking body itself
        if (unit != null && body != null && body.name().endsWith(unit)) unit = null;
        if (unit != null) {
            bodyInput = unit;
            body = data.bodies().resolve(unit).orElse(null);
        }
        Case c = new Case(r.id(), bodyInput, body, item, act, place, facts, usable, weak, asOf, false,
                r.itemId() == null ? told : null, read.documentSets(), hasText ? r.query() : null, actAssumed,
                proposedOther, said);
        return new Prepared(c, candidates, choice, read);
    }

    /**
     * 能否依据《森林防火条例》第五十条给予行政处罚: when the question proposes an article of a law it names and the item
     * chosen (or none, the match being ambiguous) does not cite it, the one item found whose basis is that article and
     * whose every element the question states; null otherwise. The proposal alone decides nothing: the elements must
     * be stated in the facts.
     */
    private CatalogueItem onlyItemCitingProposed(String query, ItemMatcher.Result result, CatalogueItem chosen,
                                                 java.util.function.IntPredicate fullyStated) {
        QuestionReader.ProposedArticle article = QuestionReader.proposedArticle(query);
        if (article == null || article.law().isEmpty() || (chosen != null && cites(chosen, article))) return null;
        List<CatalogueItem> citing = result.matches().stream().map(ItemMatcher.Match::item)
                .filter(i -> cites(i, article) && fullyStated.test(i.id())).toList();
        return citing.size() == 1 ? citing.get(0) : null;
    }

    /** How far below the nearest item's score a chosen neighbour must fall for the ruled-out nearest item to answer. */
    private static final double RULED_OUT_NEAR = 0.75;

    /**
     * 转发：镇里给老王开了5000元的罚单。问：…镇里这么罚行吗: the sum the question points back to in what was pasted. Only the
     * sum is taken — it can put a fine out of the article's range, never make an answer more permissive.
     */
    private static Facts withPastedSum(Facts own, Facts whole) {
        Penalty mine = own.penalty(), pasted = whole.penalty();
        if (pasted == null || pasted.amountYuan() == null || (mine != null && mine.amountYuan() != null)) return own;
        Penalty merged = mine == null ? new Penalty(pasted.kind(), pasted.amountYuan())
                : new Penalty(mine.kind() != null ? mine.kind() : pasted.kind(), pasted.amountYuan(), mine.object(), mine.multiple(),
                        mine.restriction());
        return own.toBuilder().penalty(merged).build();
    }

    /**
     * The search's nearest item when the question rules out one of its elements (a contrary word, 不是优抚对象) and the
     * item chosen instead scored well below it; null otherwise.
     */
    private static CatalogueItem nearestRuledOut(ItemMatcher.Result result, CatalogueItem chosen, ConductElements elements, String told) {
        if (chosen == null || result.matches().isEmpty()) return null;
        ItemMatcher.Match nearest = result.matches().get(0);
        if (nearest.item().id() == chosen.id() || elements.contradicted(nearest.item().id(), told).isEmpty()) return null;
        // 离县道8米盖了门面房: the distance that rules out the nearest (119, on the road's surface) is the one that puts the
        // conduct within the chosen item's zone (117), whose every element is stated; the question is about that one
        if (elements.withinReach(chosen.id(), told) && elements.unconfirmed(chosen.id(), told).isEmpty()) return null;
        // an item found outside the search (every element stated, a typo the search missed) has no score to compare
        java.util.OptionalDouble chosenScore = result.matches().stream().filter(m -> m.item().id() == chosen.id())
                .mapToDouble(ItemMatcher.Match::score).findFirst();
        return chosenScore.isPresent() && chosenScore.getAsDouble() < nearest.score() * RULED_OUT_NEAR ? nearest.item() : null;
    }

    /**
     * 能按公路那几项罚吗 of trees cut by a road: the basis the asker proposes in words, when it matches another item than
     * the one the conduct chose (the chosen one is neither the basis's nearest item nor nearly as near); null otherwise.
     */
    private CatalogueItem otherItemProposed(String question, Act act, CatalogueItem chosen) {
        String basis = QuestionReader.proposedBasis(question);
        if (basis == null) return null;
        ItemMatcher.Result proposal = matcher.get().match(basis, act, 3);
        if (proposal.weak() || proposal.matches().isEmpty()) return null;
        ItemMatcher.Match nearest = proposal.matches().get(0);
        // 按公路建筑控制区那条 of a stall on the road: 117 is the basis named, 119 (the road's surface) only third
        boolean same = proposal.matches().stream()
                .anyMatch(m -> m.item().id() == chosen.id() && m.score() >= nearest.score() * PROPOSAL_CLOSE);
        return same ? null : nearest.item();
    }

    /** How near the chosen item must come to the basis's nearest item to count as the basis proposed. */
    private static final double PROPOSAL_CLOSE = 0.9;

    /**
     * The item cites the article proposed, in its basis or in the penalty articles read for it: the same number, and,
     * where the question names a law, one whose name has the first two characters of the name said (畜禽条例, 固废法).
     */
    private boolean cites(CatalogueItem item, QuestionReader.ProposedArticle proposed) {
        String printed = "第" + cn.quanze.citation.ChineseNumerals.toChinese(proposed.number()) + "条";
        Predicate<String> lawSaid = source -> proposed.law().isEmpty() || namesLaw(source, proposed.law());
        boolean inBasis = item.basis().stream().anyMatch(b -> lawSaid.test(b.source())
                && b.provisions().stream().anyMatch(p -> p.article() == proposed.number()));
        return inBasis || data.penaltyProvisions().of(item.id()).stream()
                .anyMatch(p -> lawSaid.test(p.source()) && p.provision().contains(printed));
    }

    /** 依据突发事件应对法第七十六条 for item 12: the article a revision in force puts in place of the one the item cites. */
    private boolean citesSuccessor(CatalogueItem item, QuestionReader.ProposedArticle proposed, LocalDate asOf) {
        return data.revisions().stream().anyMatch(r -> r.items().contains(item.id()) && !r.inForce().isAfter(asOf)
                && (proposed.law().isEmpty() || namesLaw(r.source(), proposed.law()))
                && r.isSuccessorArticle(proposed.number()));
    }

    /** The item's basis, or the penalty articles read for it, cite the law named (大气法: 大气污染防治法). */
    private boolean citesLaw(CatalogueItem item, String law) {
        return item.basis().stream().anyMatch(b -> namesLaw(b.source(), law))
                || data.penaltyProvisions().of(item.id()).stream().anyMatch(p -> namesLaw(p.source(), law));
    }

    /**
     * A law's full name, without 中华人民共和国 and its brackets, has the name said's first two characters in that order
     * (畜禽条例, 固废法, 野保法), and a law said (…法) is a law, a regulation said (…条例, …办法) a regulation.
     */
    private static boolean namesLaw(String source, String said) {
        String name = QuestionReader.bareLawName(source);
        int first = name.indexOf(said.charAt(0));
        if (first < 0 || said.length() < 2 || name.indexOf(said.charAt(1), first + 1) < 0) return false;
        boolean saidLaw = said.endsWith("法") && !said.endsWith("办法");
        String title = name.replaceAll("[（(].*$", "");
        boolean sourceLaw = title.endsWith("法") && !title.endsWith("办法");
        return saidLaw == sourceLaw || !(title.endsWith("法") || title.endsWith("条例") || title.endsWith("办法") || title.endsWith("规定"));
    }

    /** 树值两千，罚一万五: a fine in yuan beside an exact sum the item's article reckons on is that many times it; else null. */
    private Double timesBase(int item, Double amount, QuestionReader.CaseSum base) {
        return amount != null && base != null && base.exact() && base.yuan() > 0 && data.penaltyProvisions().reckonsOn(item, base.base())
                ? amount / base.yuan() : null;
    }

    /** An item whose name is about children (适龄子女, 未成年人, 童工, 学生): the child it names is not its offender. */
    private static final java.util.regex.Pattern CHILDREN_PROTECTED = java.util.regex.Pattern.compile("子女|儿童|少年|未成年|童工|学生|适龄");

    private CaseFact toFact(Case c, Decision onDocumentAct) {
        CaseFact.Builder f = CaseFact.builder().body(c.bodyInput()).item(c.item() == null ? 0 : c.item().id()).act(c.act())
                .hasQuery(c.hasQuery()).weakMatch(c.weakMatch()).ambiguousMatch(c.ambiguous()).asOf(c.asOf());
        Body b = c.body();
        if (b != null) f.resolvedBody(b.name(), b.kind(), b.parent(), b.isTownshipGovernment() ? b.shortTownshipName() : null);
        Facts facts = c.facts();
        if (c.place() != null) {
            if (c.place().unique()) f.place(PlaceStatus.UNIQUE, facts.location(), c.place().township());
            else if (c.place().ambiguous()) f.place(PlaceStatus.AMBIGUOUS, facts.location(), String.join("、", c.place().townships()));
            else if (c.place().foreign()) f.place(PlaceStatus.FOREIGN, facts.location(), null);
            else if (Gazetteer.otherTownshipSaid(facts.location())) f.place(PlaceStatus.OTHER_TOWNSHIP, facts.location(), null);
            // 台怀镇 (administered apart, not in the gazette): a town or township other than the asker's is not its own
            else if (b != null && b.isTownshipGovernment() && data.gazetteer().unlistedTown(facts.location())) {
                f.place(PlaceStatus.UNIQUE, facts.location(), facts.location());
            }
            else f.place(PlaceStatus.UNKNOWN, facts.location(), null);
            // facts say 南茹村, the words say 豆村镇东腰庄那边有人烧垃圾: the two places lie in different townships
            String toldPlace = c.told().placeTold();
            if (c.place().unique() && toldPlace != null && !toldPlace.equals(facts.location())) {
                Gazetteer.Resolution told = data.gazetteer().resolve(toldPlace);
                if (told.unique() && !told.township().equals(c.place().township())) f.placeTold(toldPlace, told.township());
            }
        }
        if (c.item() != null && c.act() == Act.PENALIZE && data.penaltyProvisions().covers(c.item().id())) {
            Penalty said = facts.penaltyAsked();
            var kind = said.kind();
            var amount = said.amountYuan();
            var object = said.object();
            String told = c.question();
            var multiple = said.multiple();
            if (kind == null && multiple != null) kind = PenaltyKind.FINE;
            // 树值两千，罚一万五: a fine in yuan beside the sum the article reckons on is that many times it
            int itemId = c.item().id();
            QuestionReader.CaseSum base = QuestionReader.caseSum(told, word -> data.penaltyProvisions().reckonsOn(itemId, word)
                    || data.penaltyProvisions().tieredOn(itemId, word));
            if (multiple == null && kind == PenaltyKind.FINE) multiple = timesBase(c.item().id(), amount, base);
            String baseWord = base == null ? null : base.base();
            Double baseSum = base == null ? null : base.yuan();
            Predicate<List<List<String>>> stated = told == null ? null : groups -> data.conductElements().states(told, groups);
            String multipleOf = multiple == null ? null : QuestionReader.multipleOf(told);
            var form = said.restriction();
            var asked = new PenaltyProvisions.Asked(kind, amount, multiple, object, baseWord, baseSum, multipleOf, form);
            // 责令停止放牧、限期补种六百棵 (幼林地, 森林法第七十四条第二款): an order the article gives, no penalty asked
            boolean orderTold = articleOrders(c.item(), c.told()) && !QuestionReader.leftInAnothersHands(told);
            List<PenaltyProvisions.Asked> beside = new java.util.ArrayList<>();
            Double fineToo = kind != null && kind != PenaltyKind.FINE ? QuestionReader.fineSaid(told) : null;
            if (fineToo != null) {
                beside.add(new PenaltyProvisions.Asked(PenaltyKind.FINE, fineToo, timesBase(c.item().id(), fineToo, base), null, baseWord, baseSum));
            } else if (kind != null && kind != PenaltyKind.FINE && multiple != null) {
                // 没收野兔并处价值十二倍罚款: the fine beside a confiscation said as a multiple only
                beside.add(new PenaltyProvisions.Asked(PenaltyKind.FINE, null, multiple, null, baseWord, baseSum, multipleOf, null));
            }
            if (kind != null && kind != PenaltyKind.WARNING && QuestionReader.warningBeside(told)) {
                beside.add(new PenaltyProvisions.Asked(PenaltyKind.WARNING, null, null, null, null, null));
            }
            var answer = data.penaltyProvisions().fit(c.item().id(), facts.partyType(),
                    new PenaltyProvisions.Request(asked, beside, QuestionReader.kindsOneOrOther(told), orderTold), stated);
            var check = answer.check();
            f.kindsAsked(answer.kindsAsked()).kindDecisive(answer.decisive());
            boolean outOfReach = facts.partyType() == PartyType.ORGANIZATION && data.parameters()
                    .on(LegalParameters.SIMPLIFIED_FINE_ORGANIZATION, c.asOf())
                    .map(p -> data.penaltyProvisions().simplifiedOutOfReach(c.item().id(), PartyType.ORGANIZATION, p.value()))
                    .orElse(false);
            f.articles(check.fit(), check.detail(), outOfReach);
            // a lessened fine is a minor's: not where an adult's age is told too (他17岁的女儿也在旁边, the father fined)
            f.fineBelowMinimum(check.fit() == cn.quanze.catalogue.ArticleFit.OUT_OF_RANGE
                    && (told == null || cn.quanze.catalogue.ConductElements.agesStated(told).stream().allMatch(a -> a < 18))
                    && data.penaltyProvisions().belowEveryMinimum(c.item().id(), facts.partyType(), asked, stated));
            f.fineMultiple(multiple).fineMultipleOf(multipleOf);
        }
        // 网吧接纳未成年人, 招了个15岁的童工: where the item protects children, a child named is not its offender
        boolean protectsChildren = c.item() != null && childrenItems.contains(c.item().id());
        if (c.item() != null && c.chosenFrom() != null) {
            var unconfirmed = new java.util.ArrayList<>(data.conductElements().unconfirmed(c.item().id(), c.chosenFrom()));
            // 死因不详，镇里能核查吗: what is not known is what a check or a review is for; any other act waits for it
            ConductElements.Element unknown = CHECKING_ACTS.contains(c.act()) ? null
                    : data.conductElements().unknownAbout(c.item().id(), c.item().name(), c.chosenFrom(), c.act() == Act.PENALIZE);
            if (unknown != null) unconfirmed.add(unknown);
            f.unconfirmedElements(unconfirmed.stream().map(ConductElements.Element::label).toList());
            // 给街边的树喷高毒农药 found item 100 on 大气: an item whose conduct the question names in no word, not even in a text
            // it pastes or forwards, is not the one asked
            f.conductUnspoken(c.question() != null && QuestionReader.proposedItem(c.question()) == null
                    && data.conductElements().speaksOfNone(c.item().id(), c.question()));
            // what rules an element out counts even in a pasted text (转发：他只是在自家灶台烧秸秆做饭。问：…)
            String whole = c.question() == null ? c.chosenFrom() : QuestionReader.withoutClaimedPower(c.question());
            var ruledOut = new java.util.ArrayList<>(data.conductElements().contradicted(c.item().id(), whole).stream()
                    .map(ConductElements.Element::label).toList());
            // …能不能把那个孩子也罚: the item punishes whoever lets the child in, not the child it protects
            String childPenalised = protectsChildren ? QuestionReader.childPenalised(c.chosenFrom()) : null;
            if (childPenalised != null) {
                ruledOut.add("所问处罚的是本事项保护的未成年人（“" + childPenalised + "”），不是本事项的违法行为人");
            }
            String unknowing = c.act() == Act.PENALIZE ? QuestionReader.unknowingPenalised(c.chosenFrom()) : null;
            if (unknowing != null) ruledOut.add("所问处罚的人（“" + unknowing + "”）问题说其根本不知情，不是本事项的违法行为人");
            // 按136项罚了；他们也没设安全管理机构，一并按第136项罚: every conduct penalised together must be one the item names
            if (c.act() == Act.PENALIZE) {
                List<String> wrong = matcher.get().wrongdoingTerms(c.item());
                List<String> terms = wrong.isEmpty() ? matcher.get().conductTerms(c.item()) : wrong;
                // 他还把公路边护路林砍了 under item 117: one shared word (公路, 防火) names the place or object, not the wrong
                int needed = terms.size() > 2 ? 2 : 1;
                for (String clause : QuestionReader.jointlyPenalised(c.chosenFrom())) {
                    if (!terms.isEmpty() && matcher.get().coverage(clause, c.item()).found().stream().filter(terms::contains).count() < needed) {
                        ruledOut.add("一并处罚的“" + clause + "”不是本事项所列的行为");
                    }
                }
            }
            f.contradictedElements(ruledOut);
        }
        f.documentSets(c.documentSets());
        if (c.act() == Act.ISSUE_NORMATIVE_DOCUMENT) {
            f.documentReach(QuestionReader.documentReach(c.question()));
            f.documentStepSkipped(QuestionReader.documentStepSkipped(c.question()));
            f.documentUnsettled(QuestionReader.documentUnsettled(c.question()));
            QuestionReader.DocumentTerms terms = QuestionReader.documentTerms(c.question());
            int validityLimit = documentLimits.validityLimit(terms.provisional());
            f.documentTerms(terms.validityYears(), validityLimit, terms.businesses() ? terms.commentDays() : null,
                    documentLimits.minPublicCommentDays(), terms.tiaoli(), terms.lapsed());
        }
        if (onDocumentAct != null) {
            Decision.ItemRef i = onDocumentAct.item();
            String why = onDocumentAct.reasons().isEmpty() ? "" : onDocumentAct.reasons().get(0).message();
            f.documentAct(onDocumentAct.verdict(), i == null ? 0 : i.id(), i == null ? "" : i.name(), why);
        }
        Told t = c.told();
        f.terminationAsked(t.terminationAsked()).listChangeSupposed(t.listChangeSupposed());
        f.partyCeased(t.partyCeased()).partyIsAuthority(t.partyIsAuthority()).platformFined(t.platformFined());
        f.actToldBy(t.ownActDay()).villageActing(t.villageActing()).otherBodyActing(t.otherBodyActing()).actedByPrivateHand(QuestionReader.privateHand(t.villageActing())).actedByVillageCommittee(QuestionReader.villageCommittee(t.villageActing(), c.question())).beforeCourt(t.beforeCourt()).courtRulings(t.courtRulings());
        f.doubtedFact(t.doubted()).stepMadeUpLater(t.stepPutOff()).overridden(t.overridden())
                .daysCaseOpen(t.daysCaseOpen()).daysSinceServed(t.daysSinceServed()).surchargePercentSaid(t.surchargePercentSaid()).monthsSinceAppealPeriod(t.monthsSinceAppealPeriod())
                .consentByRepresentativesOnly(t.representativesOnly()).compensationDenied(t.compensationDenied()).licenceSetOutright(t.licenceSetOutright()).inspectionRefused(t.inspectionRefused()).hoursOpen(t.venue(), t.hoursOpen(), t.lateNightOnly()).fundsDiverted(t.fundsDiverted()).chargeAttached(t.chargeAttached()).paidForLeave(t.paidForLeave())
                .notSerious(t.notSerious());
        if (c.item() != null && t.proposedArticle() != null) {
            if (cites(c.item(), t.proposedArticle())) f.proposedCitedArticle(t.proposedArticle().number());
            else if (!citesSuccessor(c.item(), t.proposedArticle(), c.asOf())) f.proposedArticle(t.proposedArticle().number());
        }
        if (c.item() != null && t.proposedLaw() != null && !citesLaw(c.item(), t.proposedLaw())) f.proposedLaw(t.proposedLaw());
        if (c.item() != null && c.act() == Act.PENALIZE) f.orderOutsideArticle(orderOutsideArticle(c.item(), t));
        var bars = java.util.EnumSet.noneOf(PenaltyBar.class);
        bars.addAll(t.penaltyBars());
        if (protectsChildren) {
            bars.remove(PenaltyBar.MINOR_NAMED);
            bars.remove(PenaltyBar.MINOR_ACTED);
            bars.remove(PenaltyBar.MINOR_LIGHTER);
        }
        f.penaltyBars(bars);
        f.enforcementSteps(t.enforcementSteps());
        f.partyLeftOpen(t.partyLeftOpen() && c.facts().partyType() == null);
        f.rabidOrStrayDog(Tri.of(t.rabidOrStrayDog())).inBurningBanArea(Tri.of(t.inBurningBanArea())).outsideFireSeason(t.outsideFireSeason()).onPermanentFarmland(t.onPermanentFarmland()).secondHomestead(t.secondHomestead());
        f.ageOnTheDay(t.ageOnTheDay());
        if (c.item() != null && c.question() != null) f.zoneReach(zoneReach(c.item().id(), c.question(), c.asOf()));
        if (t.treatmentContinuedFrom() != null) {
            // 禁毒法第三十三条第一款: the term of community treatment, from catalog/legal-parameters.tsv
            data.parameters().on(LegalParameters.COMMUNITY_DRUG_TREATMENT_YEARS, c.asOf())
                    .filter(p -> !t.treatmentContinuedFrom().plusYears((long) p.value()).isAfter(c.asOf()))
                    .ifPresent(p -> f.treatmentTermRun(cn.quanze.citation.ChineseAmount.number((int) p.value()) + "年"));
        }
        // the parameter is looked up only for a question that tells a birth year (not on every structured request)
        if (t.ageAtEndOfRegistrationYear() >= 0) {
            f.ageAtEndOfRegistrationYear(t.ageAtEndOfRegistrationYear()).registrationAge(data.parameters()
                    .on(LegalParameters.CONSCRIPTION_REGISTRATION_AGE, c.asOf()).map(p -> (int) p.value()).orElse(0));
        }
        f.plantsOnly(t.plantsOnly()).contractForbidsAdjusting(t.contractForbidsAdjusting());
        f.actAssumed(c.actAssumed());
        if (c.proposedOther() != null) f.proposedOther(c.proposedOther().id(), c.proposedOther().name());
        Penalty said = facts.penaltyAsked();
        return f.emergency(facts.emergency()).orderedToCorrect(facts.orderedToCorrect()).deadlinePassed(facts.deadlinePassed())
                .obstructed(facts.obstructed()).noticePublished(facts.noticePublished()).appealPeriodExpired(facts.appealPeriodExpired())
                .villagersConsented(facts.villagersConsented()).occupiesFarmland(facts.occupiesFarmland()).alreadyFined(facts.alreadyFined())
                .party(facts.partyType())
                .penalty(said.kind(), said.amountYuan(), said.object(), said.restriction())
                .build();
    }

    /**
     * 责令加工厂补种200棵 asked of item 141, whose article gives only 责令停止违法行为: why an order the question asks is not
     * one the item's verified penalty articles give (their notes' measures), or null — read only where every article is
     * verified and its measures are noted.
     */
    private String orderOutsideArticle(CatalogueItem item, Told t) {
        java.util.Set<String> asked = t.orderedMeasures();
        if (asked.isEmpty() || !data.penaltyProvisions().settled(item.id())) return null;
        List<String> given = data.penaltyProvisions().measures(item.id());
        if (given.isEmpty()) return null;
        for (String m : asked) {
            // 清除, 恢复: stopping the wrong and undoing it go with 责令停止违法行为、改正 — only a duty of its own (补种, 拆除,
            // 退还) needs the article to name it; 改正 goes with every penalty (行政处罚法第二十八条), named by the article or not
            if (m.equals("恢复") || m.equals("清除") || m.equals("改正")) continue;
            if (given.stream().noneMatch(g -> gives(g, m))) {
                return "所引条款没有规定责令" + m + "（所引条款规定的责令：" + String.join("、", given) + "）";
            }
        }
        if (asked.contains("补种") && Boolean.FALSE.equals(replantWithin(given, t.replantMultiple()))) {
            String replant = given.stream().filter(g -> replantCeiling(g) != null).findFirst().orElse("");
            return "责令补种的株数是毁坏株数的" + (Math.round(t.replantMultiple() * 10) / 10.0) + "倍，超出所引条款的“" + replant + "”";
        }
        return null;
    }

    /** Every measure the question's orders ask (补种, 拆除…) is one the item's penalty articles give (their notes' measures). */
    private boolean articleOrders(CatalogueItem item, Told t) {
        java.util.Set<String> asked = t.orderedMeasures();
        // 那个村民去世了…能不能责令他儿子退地拆房: the party gone, an order on someone else is not the article's
        if (asked.isEmpty() || t.partyCeased() != null) return false;
        List<String> given = data.penaltyProvisions().measures(item.id());
        if (!asked.stream().allMatch(m -> given.stream().anyMatch(g -> gives(g, m)))) return false;
        // 限期补种毁坏株数一倍以上三倍以下: a count ordered must fall within the multiples the article sets
        return t.replantMultiple() == null || Boolean.TRUE.equals(replantWithin(given, t.replantMultiple()));
    }

    /**
     * 毁了20棵…补种40棵 against 限期补种毁坏株数一倍以上三倍以下: whether the multiple ordered is within the articles' — null
     * unless both the trees destroyed and ordered are told and an article sets the multiples.
     */
    private static Boolean replantWithin(List<String> given, Double multiple) {
        Integer ceiling = given.stream().map(AuthorityService::replantCeiling).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (multiple == null || multiple <= 0 || ceiling == null) return null;
        return multiple >= 1 && multiple <= ceiling;
    }

    /**
     * Whether an order the article gives (its note's words) covers the measure asked: 退回 is 退还, and restoring or
     * clearing is a remedy (采取补救措施, 纠正违法行为, 限期治理 cover 恢复原状 and 清除).
     */
    private static boolean gives(String given, String asked) {
        return given.contains(asked)
                || (asked.equals("退还") && given.contains("退回"))
                || (asked.equals("改正") && (given.contains("改正") || given.contains("纠正")))
                || ((asked.equals("恢复") || asked.equals("清除")) && (given.contains("补救") || given.contains("纠正") || given.contains("治理")
                        || given.contains("恢复") || given.contains("排除")));
    }

    private static final java.util.regex.Pattern REPLANT_MULTIPLES = java.util.regex.Pattern.compile("补种.*?一倍以上([一二三四五六七八九十])倍以下");

    /** 限期补种毁坏株数一倍以上三倍以下树木: 3; null for a measure that sets no multiples. */
    private static Integer replantCeiling(String measure) {
        java.util.regex.Matcher m = REPLANT_MULTIPLES.matcher(measure);
        return m.find() ? cn.quanze.citation.ChineseNumerals.spoken(m.group(1)) : null;
    }

    private Decision assemble(AuthorityRequest r, Case c, RuleOutcome o, List<Decision.Candidate> candidates) {
        Verdict verdict = o.verdict();
        List<Decision.Reason> reasons = o.reasons().stream()
                .filter(f -> keep(f, verdict))
                .sorted(Comparator.comparingInt(AuthorityService::weight))
                .map(f -> new Decision.Reason(f.code().name(), f.message(), f.effect()))
                .toList();
        List<Decision.Condition> conditions = new ArrayList<>();
        if (verdict == Verdict.CONDITIONAL) {
            Set<String> seen = new LinkedHashSet<>();
            for (Outcome.Needed n : o.conditions()) {
                if (seen.add(n.code())) conditions.add(new Decision.Condition(n.code(), n.fact(), n.message()));
            }
        }
        Map<String, Decision.BasisRef> basis = new LinkedHashMap<>();
        if (c.item() != null && c.act() != Act.ISSUE_NORMATIVE_DOCUMENT) {
            for (Decision.BasisRef ref : itemBasis.computeIfAbsent(c.item().id(), id -> c.item().basis().stream()
                    .map(ci -> new Decision.BasisRef(ci.source(), ci.edition(), ci.provisionTexts(), ci.citation())).toList())) {
                basis.putIfAbsent(ref.citation(), ref);
            }
        }
        // Then the provisions of the deciding rules: those whose reasons the verdict kept.
        Set<String> deciding = new LinkedHashSet<>();
        o.reasons().stream().filter(f -> f.effect().pushes() != null && keep(f, verdict)).forEach(f -> deciding.add(f.rule()));
        for (RuleOutcome.RuleProvision p : o.provisions()) {
            if (!deciding.contains(p.rule())) continue;
            List<String> provs = p.articles().isEmpty() ? List.of() : List.of(p.articles().split("、"));
            String printed = "《" + p.source() + "》" + (p.edition().isEmpty() ? "" : "（" + p.edition() + "）") + p.articles();
            basis.putIfAbsent(printed, new Decision.BasisRef(p.source(), p.edition(), provs, printed));
        }
        Body b = c.body();
        var cat = data.catalogue();
        return Decision.builder(r.id(), verdict)
                .body(b == null ? null : new Decision.BodyRef(r.body(), b.name(), b.kind().name()))
                .item(c.item() == null ? null : new Decision.ItemRef(c.item().id(), c.item().type().label(), c.item().name()))
                .candidates(candidates).reasons(reasons).conditions(conditions).basis(List.copyOf(basis.values()))
                .rules(o.rulesFired().stream().map(f -> new Decision.RuleRef(f.name(), f.title(), f.effect().name())).toList())
                .catalogue(new Decision.CatalogueRef(cat.name(), cat.version(), data.sha256()))
                .act(c.act().name()).advice(o.advice()).factsUsed(c.facts()).asOf(c.asOf())
                .build();
    }

    /**
     * 离县道8米: the least width of the road's building-control zone that the distance falls within, with the provision
     * that sets it (公路安全保护条例第十一条, from catalog/legal-parameters.tsv), or the width the county drew; "" when none.
     */
    private String zoneReach(int itemId, String question, LocalDate asOf) {
        ConductElements.Reach r = data.conductElements().reachMet(itemId, question);
        if (r == null) return "";
        String metres = cn.quanze.citation.ChineseAmount.number((int) r.metres()) + "米";
        if (r.road().equals(ConductElements.DRAWN)) return "问题所说县里划定的建筑控制区宽" + metres;
        String key = ConductElements.Reach.keyOf(r.road());
        return key == null ? "" : data.parameters().on(key, asOf)
                .map(p -> "《" + p.source() + "》" + p.provision() + "：" + r.road() + "的建筑控制区自公路用地外缘起向外不少于" + metres)
                .orElse("");
    }

    /** A reason pushing towards another verdict than the final one is dropped (the item's grant on a refusal, say). */
    private static boolean keep(Outcome.Found f, Verdict verdict) {
        Verdict p = f.effect().pushes();
        if (p == null || p == verdict) return true;
        // a refusal that holds whoever acts outweighs the doubt whether a village may act (rules/verdict.drl); the doubt is still said
        if (verdict == Verdict.NOT_PERMITTED && f.code() == ReasonCode.DELEGATED_TO_VILLAGE) return true;
        return verdict == Verdict.CONDITIONAL && p == Verdict.PERMITTED;
    }

    /** Reasons that decide come first, the weightiest verdict first; explanations after. */
    private static int weight(Outcome.Found f) {
        Verdict p = f.effect().pushes();
        return p == null ? 10 : 5 - p.ordinal();
    }
}
