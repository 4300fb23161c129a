package cn.quanze.matching;

import cn.quanze.citation.CalendarDay;
import static cn.quanze.catalogue.LegalParameters.DAYS_IN_A_MONTH;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.Clauses;
import cn.quanze.catalogue.ConductElements;
import cn.quanze.catalogue.Confiscated;
import cn.quanze.catalogue.EnforcementManner;
import cn.quanze.catalogue.Gazetteer;
import cn.quanze.decision.Facts;
import cn.quanze.catalogue.PartyType;
import cn.quanze.decision.Penalty;
import cn.quanze.decision.CourtRuling;
import cn.quanze.decision.EnforcementStep;
import cn.quanze.decision.PenaltyBar;
import cn.quanze.decision.Overridden;
import cn.quanze.catalogue.PenaltyKind;
import cn.quanze.catalogue.Restriction;
import cn.quanze.catalogue.Vocabulary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the intended act and the facts of a case from a plain-Chinese question: the party,
 * amounts (五百元, 500元, 2千元), the penalty kind, emergencies, deadlines and the place.
 * Reading only ever produces values for the rules; the text itself never reaches them.
 */
public final class QuestionReader {

    /** 依据《社会救助暂行办法》第十一条, 按森林防火条例哪条: a law named as the basis, with its article or the ask for it. */
    private static final Pattern CITED_LAW = Pattern.compile(
            "(?:依据|根据|按照|依照|适用)(?:的是)?(?:《[^》]{2,30}》|[\\p{IsHan}]{2,20}?(?:暂行办法|实施办法|办法|条例|规定|法))"
                    + "(?:第[一二三四五六七八九十百零〇两\\d]+条|第几条|哪条|哪一条)?(?:第[一二三四五六七八九十零〇\\d]+款)?");

    /** Offence descriptions mention approval (未经批准) without asking for it. */
    private static final Pattern APPROVAL_NOT_ASKED = Pattern.compile(
            // 县里还没批，能先动工吗: an approval still awaited, then whether to go ahead, asks the approval itself
            "(未经|没经|没有经过|未|没|没有|不经)(过)?(任何)?(批准|审批|批|许可|同意|登记|备案)(手续)?(就|擅自|私自)?"
                    + "(?![^。？！]{0,8}?(?:能|可以)(?:不能)?(?:先|直接)?(?:动工|开工|施工|开建|执行|实施)"
                    // 还没批下来，先让他住进去 / 先给他发钱: the benefit given before the approval asks the approval
                    + "|[^。？！]{0,10}?先(?:让[^，。？！]{0,3}?(?:住进|入住|享受|领)|(?:发|给)[^，。？！]{0,3}?(?:钱|补助|补贴|救助|待遇)))"
                    // 按经批准的分洪方案, 上级已经批准了: an approval already given by another is a fact, not the act asked
                    + "|(?:按|依|根据|按照)?(?:经过?(?![营常济])|已经?|业已)[^，。？！]{0,10}?(?:批准|审批|批复|同意)(?:了)?的|(?:上级|县里|指挥部)[^，。？！]{0,6}?已经?(?:批准|批复|批)了?"
                    // 经县政府批准，两村范围调整: the county's approval told as given, before the matter the township handles
                    + "|经(?:县|市|省|上级)[^，。？！,?!；;]{0,10}?(?:批准|批复|同意)(?=[，,。；;]|后)"
                    // 救助审批表, 现场巡查审批单, 审批一栏: the name of an internal form or its field, not an approval asked
                    + "|审批(?:表|单|一栏|栏)"
                    // 骗取宅基地批准盖房: an approval obtained by deceit is the wrongdoing told, not an approval asked
                    + "|(?:骗取|骗得|骗来|骗了)[^，。？！]{0,6}?(?:批准|审批|批复|批文)"
                    // 对其颁证、换发、补发申请进行初审: the applications a review is of, not an approval asked
                    + "|(?:颁证|发证|换发|补发|核发|颁发|审批|批准)(?=(?:[、和及或][\\p{IsHan}]{1,4}?)*(?:的)?(?:申请|材料|事项)(?:进行|作出?|做|予以|开展)?(?:初审|审核|审查|转报|上报))");
    /**
     * 乱倒垃圾的我们能罚，这个知道。现在…; 镇里对村委会选举违法行为有处理权，…; 镇里管禁止野外用火的监督这块，…: a power
     * the asker says the township has, or what he says he knows, sets the scene; it is neither the act asked nor a fact
     * of the case (the conduct it names is not the conduct asked about). 事实清楚，…, 调查取证清楚。, 查清楚了，… and 照片拍得很清楚。 are facts told, and 先把事实核清楚，… a
     * step to take, not knowledge.
     */
    private static final String CLAIMED_POWER =
            "^[^？?]*?(?:这个|这|那个)?(?:我们|俺们|咱们|乡里|镇里|我|俺)?(?:都|也)?(?<![不没未])(?:知道|晓得|(?<![实查弄搞说看问听讲核摸理算写证况据得])(?<!得很|得挺|得太|得较|得比较|得非常)清楚)[。，,！!]"
                    + "|^(?:镇里|乡里|镇上|乡上|镇政府|乡政府|我们|俺们|咱们?)(?:对|管)[^，,。？?]{0,24}?(?:有处理权|有权|这块|这一块|的监督|的治理|的管理)(?:工作)?[，,]"
                    // 镇里对戒毒人员有就业援助的任务，那…; 乡里有权对险情检查，检查以后…; 白家庄镇能给劳动者办登记，那…
                    + "|^(?:镇里|乡里|镇上|乡上|镇政府|乡政府|[\\p{IsHan}]{2,3}[镇乡])(?:对[^，,。？?]{0,16}?有[^，,。？?]{0,10}?(?:任务|职责|责任|职权)"
                    + "|(?:可以|能|有权)(?:对|给)?[^，,。？?]{1,24}?)[，,](?=那|但|可是|然后|[^，,。？?]{0,4}?以后)"
                    // 卖农药没许可证的能罚，那…; 镇上管公共场所吐痰的，那…; 困难残疾人康复有补贴，那…: a power granted, then another asked
                    + "|^[^，,。？?]{0,30}?(?:能|可以|有权)(?:罚|处罚|管|救助|补助|补贴|审核|调解|处理|查|检查)[^，,。？?]{0,12}?[，,](?=那|要是|如果|可是|但是?|[^，,。？?]{0,20}?呢)(?![^？?]*?(?:也|一起|一块)(?:罚|处罚))"
                    + "|^[^，,。？?]{0,30}?(?:管|负责)[^，,。？?]{0,16}?[，,](?=那|要是|如果|可是|但是?|现在)"
                    + "|^[^，,。？?]{2,30}?(?:有补贴|有补助)[，,](?=那|要是|如果|可是|但是?)"
                    // 养犬管理归我们，那村民养的鸡鸭也…; 业委会决定违法我们处理（58项）；村民代表会议的决定也按58项: a power
                    // claimed as ours, then stretched to another thing
                    + "|^[^，,。？?；;]{2,30}?(?:归我们|归乡里|归镇里|是我们的事|是我们的活|是我们管的|我们(?:能|可以)?(?:处理|管|监督|查))"
                    + "(?:（[^）]{0,10}）|\\([^)]{0,10}\\))?[；;，,](?=那|[^。？?]{0,40}?(?:也按|也照|也归|顺便|也是我们|也能|也可以|也管|也由))"
                    // 食用菌基地是农产品生产，检查没问题；那顺便查一下…: a check said to be fine, then another asked
                    + "|^[^；;。？?]{2,40}?(?:没问题|没毛病)[；;，,](?=那)"
                    // …照片也拍了，镇里既然能罚没设排放口的，能不能也罚超标排放: a power claimed in passing, then another asked
                    + "|(?:镇里|乡里|镇上|乡上|我们)?既然[^，,。？?]{0,20}?(?:能|可以|有权)[^，,。？?]{1,24}?[，,](?=能不能|能否|可不可以|那|是不是|[^，,。？?]{0,24}?(?:能不能|能否|可不可以))"
                    // 罚过盗伐林木的，那…; 上回处理了村委会侵害村民权益的决定，那…: an earlier lawful step, then another asked
                    + "|^罚过[^，,。？?]{1,20}?[，,]"
                    + "|^(?:上回|上次|之前|以前|前些天|去年)[^，,。？?]{0,6}?(?:处理了|罚了|审核了|批了|调解了|处罚了|救助了|给了)[^，,。？?]{0,20}?[，,](?=那)";
    private static final Pattern CLAIMED_POWER_AT_START = Pattern.compile(CLAIMED_POWER);

    /** 疯狗, 野狗, 得了狂犬病: a rabid or stray dog. */
    private static final Pattern RABID_OR_STRAY = Pattern.compile("疯狗|狂犬(?!病)|野狗|野犬|流浪狗|流浪犬|无主的?狗|没主的?狗|(?:得了|得过|有|染上|患了?)狂犬病");
    private static final Pattern KILLING = Pattern.compile("捕杀|打死|杀掉|杀了|扑杀|处死|打掉");
    /** 把这条狗当野犬捕杀了: a dog to be treated as stray, which it is not said to be. */
    private static final Pattern TAKEN_AS = Pattern.compile("当(?:成|作|做)?(?:野犬|野狗|疯狗|狂犬|流浪狗|流浪犬)|按(?:野犬|野狗|疯狗|狂犬)|算(?:作|成)?(?:野犬|野狗)");
    /** 没病, 打了疫苗的, 老李家养的看门狗: a dog said to be healthy or someone's own. */
    private static final Pattern OWNED_OR_HEALTHY = Pattern.compile(
            "(?:不是|并非|也不是|没有?)(?:疯狗|狂犬|野狗|狂犬病)|(?:没病|健康|打(?:了|过)?[^，。？！,?!]{0,3}?疫苗|打过针|有免疫证)|[\\p{IsHan}]{1,3}[家户](?:养|的)(?:的)?(?:看门)?狗"
                    // 把全乡的土狗都打死: every dog, not a rabid or stray one
                    + "|(?:全乡|全镇|全村|所有|全部|各家各户)[^，。？！,?!]{0,4}?(?:狗|犬)");

    /** 在禁烧区内, 属于县里划定的秸秆禁烧区域, 全县禁烧: the burning told inside the area where burning is forbidden. */
    private static final String BAN_AREA_WORDS = "禁烧区|禁烧范围|禁烧区域|禁止(?:露天)?焚烧(?:秸秆)?(?:的)?(?:区域|范围|地区)";
    // (是不是禁烧区, 属不属于禁烧区, 禁烧区域不清楚: asked or unknown, not told; 禁烧区 matched inside 禁烧区域 is the same word)
    private static final Pattern BAN_AREA = Pattern.compile("(?<!是不是|在不在|属不属于|是否)(?:" + BAN_AREA_WORDS
            + "|(?:全省|全市|全县|全乡|全镇|全域)(?:范围内)?(?:全面)?禁(?:止露天焚)?烧|禁烧令)(?!域?(?:不清楚|不知道|说不准|未知|待核实|还不清楚))");
    /** 不在禁烧区, 禁烧区以外, 没划禁烧区: the burning told outside it. */
    private static final Pattern BAN_AREA_NO = Pattern.compile(
            // (是不是禁烧区, 在不在禁烧范围: asked)
            "(?<![是在属])(?:不在|不属于|不是|没在|并非|不属)[^，。？！,?!]{0,8}?(?:" + BAN_AREA_WORDS + ")"
                    + "|(?:" + BAN_AREA_WORDS + ")(?:以外|之外|外)|(?:没|没有|未)(?:划|划定|设)[^，。？！,?!]{0,4}?禁烧");

    /**
     * Whether the straw or leaves were burnt inside the area the province forbids it (大气污染防治法第七十七条): TRUE when the
     * question puts it there, FALSE when outside, null when it does not say (是不是禁烧区不清楚 is not said).
     */
    public static Boolean inBurningBanArea(String q) {
        if (q == null) return null;
        // 是在禁烧区内还是禁烧区外，还没查清: either side, not told
        if (BAN_AREA_EITHER.matcher(q).find()) return null;
        // 王某称“我家地不在禁烧区内”，镇里已查明在禁烧区内: the party's word in quotes is a claim, the township's finding outweighs it
        String told = SAID_IN_QUOTES.matcher(q).replaceAll("“”");
        if (BAN_AREA_NO.matcher(told).find()) return Boolean.FALSE;
        if (BAN_AREA.matcher(told).find()) return Boolean.TRUE;
        // only quoted: a quoted denial is a claim, not told either way; a quoted 在禁烧区内 is read as before
        if (BAN_AREA_NO.matcher(q).find()) return null;
        return BAN_AREA.matcher(q).find() ? Boolean.TRUE : null;
    }

    private static final Pattern BAN_AREA_EITHER = Pattern.compile("(?:" + BAN_AREA_WORDS + ")(?:内|里|之内|以内)?还是(?:在)?(?:" + BAN_AREA_WORDS + ")?(?:外|以外|之外)");
    /** Words in quotation marks: what someone said, not what the asker tells. */
    private static final Pattern SAID_IN_QUOTES = Pattern.compile("“[^”]{1,60}”|「[^」]{1,60}」");

    /** Whether the dog the question asks to kill is rabid or stray (第二十九条第三项): TRUE, FALSE, or null when not said. */
    public static Boolean rabidOrStrayDog(String q) {
        if (q == null) return null;
        // 把全村养的狗登记起来，一边把那条狂犬和几条野狗捕杀掉: the dogs to be killed are those of the killing's own clause;
        // 疯狗能捕杀我知道，可那些散养的狗没狂犬病…能不能打死: the last clause that says which dogs decides
        Boolean last = null;
        for (String clause : Clauses.of(q)) {
            if (OWNED_OR_HEALTHY.matcher(clause).find()) last = Boolean.FALSE;
            else if (KILLING.matcher(clause).find() && RABID_OR_STRAY.matcher(clause).find() && !TAKEN_AS.matcher(clause).find()) last = Boolean.TRUE;
        }
        if (last != null) return last;
        if (OWNED_OR_HEALTHY.matcher(q).find()) return Boolean.FALSE;
        return RABID_OR_STRAY.matcher(q).find() ? Boolean.TRUE : null;
    }

    /** 责令改, 制止, 查处: a handling verb that names an act of its own, not just 处理 or 管. */
    private static final Pattern ORDER = Pattern.compile("责令|制止|查处|勒令|叫停|责成|限期(?:改正|整改)|要求[^，。？！,?!]{0,6}?(?:改正|整改)"
            // 想让他们改: an order to correct, said plainly
            + "|(?:让|叫)(?:他们|他|她|人家|对方|村里|村委会)(?:把[^，。？！,?!]{0,8}?)?(?:改正|整改|改(?![天日变造建成为名换]))");

    /** A space typed between words where a comma belongs (村民来换证 镇里初审 行不); not before a number (罚 两千). */
    private static final Pattern SPACE_FOR_COMMA = Pattern.compile(
            "(?<=\\p{IsHan})[ \\t\\u3000]+(?=\\p{IsHan})(?![零一二三四五六七八九十百千万两几半])");

    /** A line break or a bar: a form's fields (1.当事人：…↵2.行为：…; 事项：…｜地点：…) end where their lines do. */
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t\\u3000]*(?:[\\r\\n]+|[｜|])[ \\t\\u3000]*");
    private static final Pattern LINE_BREAK_AFTER_STOP = Pattern.compile("(?<=[。？！?!，,；;：:])[ \\t\\u3000]*(?:[\\r\\n]+|[｜|])[ \\t\\u3000]*");

    /**
     * The question as it would be punctuated: chat messages separate their clauses with spaces, forms their fields with
     * line breaks (read as the end of a sentence, so that 罚款↵4.请示 is no fine of 4 yuan).
     */
    public static String punctuated(String q) {
        if (q == null) return null;
        String lines = LINE_BREAK.matcher(LINE_BREAK_AFTER_STOP.matcher(callersWords(q).strip()).replaceAll("")).replaceAll("。");
        return SPACE_FOR_COMMA.matcher(lines).replaceAll("，");
    }

    /** 喂，是豆村镇政府吗？, 茹村乡值班室吧？: a caller's greeting naming the township called, not the place of the act. */
    private static final Pattern CALL_GREETING = Pattern.compile(
            "(?:喂[，,？?！!\\s]*)+(?:您好[，,]?)?(?:请问)?(?:这里)?(?:是)?\\p{IsHan}{1,4}?(?:乡|镇)(?:(?:人民)?(?:政府)?(?:值班室|办公室)?(?:吗|吧)|(?:人民)?政府|值班室|办公室)[？?。，,！!]?"
                    + "|(?<=^|[，,。？?！!\\s：:])(?:请问)?(?:这里)?(?:是)?\\p{IsHan}{1,4}?(?:乡|镇)(?:人民)?(?:政府|值班室)(?:吗|吧)[？?。，,！!]?");
    /** 来电人：…, 来访人：…, 问：…, 甲：…: the caller's turns in a record of a call or a visit. */
    private static final String CALLER = "(?:来电人|来访人|(?<![想要请再我来])问|甲)[：:]";
    private static final Pattern CALLER_LABEL = Pattern.compile(CALLER);
    /** 值班员：嗯，您说，我记一下, 答：…, 乙：…: the duty clerk's turns, up to the caller's next one; not what is asked. */
    private static final Pattern CLERK_TURN = Pattern.compile(
            "(?:值班员|接线员|接待员|工作人员|(?<![回解])答|乙)[：:].*?(?=" + CALLER + "|$)", Pattern.DOTALL);
    /** 乙：那镇里能直接处理吗？: in a chat between two colleagues 乙 may be the one who asks; such a turn is kept. */
    private static final Pattern ASKING_TURN = Pattern.compile("^乙[：:].*(?:[？?]|吗|能不能|可不可以|行不行|能否)", Pattern.DOTALL);
    private static final Pattern RECORD_HEADER = Pattern.compile(
            "^\\s*(?:来电记录|接访记录|来访记录|电话记录|值班记录)(?:（[^）]{0,8}）|\\([^)]{0,8}\\))?[：:]?\\s*");
    private static final Pattern RECORD_NOTE = Pattern.compile("(?:备注|处理意见|记录人)[：:].*$", Pattern.DOTALL);
    /**
     * 想问乡里能不能罚他款……不对，不是罚款，是想问：…: an ask the caller takes back and the words that take it back; what
     * follows is the ask.
     */
    private static final Pattern ASK_TAKEN_BACK = Pattern.compile(
            "(?:想问|问问|问一下)[^。？！?!]{0,24}?(?:……|…|——|—)?[。，,\\s]*不对[，,]\\s*(?:不是|不)[^，。？！,?!]{1,8}?[，,]\\s*(?:我)?是(?:想)?问(?:一下|问)?[：:，,]?");

    /** 询问笔录, 调查笔录, 讯问笔录: a record of an interview with the party, where 问 is the investigator and 答 the party. */
    private static final Pattern INTERROGATION_RECORD = Pattern.compile("(?:询问|讯问|调查|谈话|问询)(?:笔录|记录)");
    private static final Pattern INTERVIEW_QUESTION = Pattern.compile("(?<![想要请再我来])问[：:]([^答]*?)(?=答[：:]|$)", Pattern.DOTALL);

    /** 问：…是你扔的吧？答：没有: the investigator puts the act to the party, who denies it. */
    private static final Pattern PUT_AND_DENIED = Pattern.compile(
            "(问[：:][^问答]{0,80}?是(?:你|您)[^问答]{0,30}?[？?]\\s*[”\"]?\\s*)答[：:]\\s*[“\"]?(?=不是|没有|没(?:扔|砍|烧|干|做|倒|挖|弄|卖)|我没|不对)");

    /**
     * 询问笔录 问：经过谁批准了没有？答：没有。……承办人意见：…本乡能否作出？: the investigator's questions and the party's
     * answers are facts of the case, told; what is asked of the checker comes after them. The investigator's question
     * marks are read as commas, so that only the last sentence asks.
     */
    static String interrogationTold(String s) {
        // 问：那12棵油松是你砍的，对吧？答：不是。: the act put to the party and denied is a denial told
        s = PUT_AND_DENIED.matcher(s).replaceAll("$1当事人否认：");
        s = INTERVIEW_QUESTION.matcher(s).replaceAll(t -> Matcher.quoteReplacement(t.group(1).replaceAll("[？?]", "，")));
        // 问：你知道吗？答：听说了: the party says he knew; no doubt of the asker's about the case
        return s.replaceAll("(?<![回解])答[：:]听说(?:了|过)", "知道").replaceAll("(?<![回解])答[：:]", "");
    }

    /**
     * A record of a call or a visit (来电记录 来电人：… 值班员：…) read as the caller's words alone, and an ask taken back
     * (不对，不是罚款，是想问…) left out. Text without both a caller's and a clerk's turn is left as it is.
     */
    static String callersWords(String q) {
        String s = q;
        if (INTERROGATION_RECORD.matcher(s).find()) {
            s = interrogationTold(s);
        } else if (CALLER_LABEL.matcher(s).find() && CLERK_TURN.matcher(s).find()) {
            s = RECORD_NOTE.matcher(RECORD_HEADER.matcher(s).replaceFirst("")).replaceFirst("");
            s = CALLER_LABEL.matcher(CLERK_TURN.matcher(s).replaceAll(t -> ASKING_TURN.matcher(t.group()).find()
                    ? Matcher.quoteReplacement(t.group().substring(2)) : "。")).replaceAll("");
            s = s.replaceAll("^[。\\s]+", "").replaceAll("[\\s]*。[。\\s]*", "。").replaceAll("([？?！!。])。", "$1");
        }
        return ASK_TAKEN_BACK.matcher(CALL_GREETING.matcher(s).replaceAll("")).replaceAll("");
    }

    /** 县委依法治县办、县司法局：…, 县司法局法制股：…: a letter's salutation to county offices, not a fact of the case. */
    private static final Pattern SALUTATION = Pattern.compile(
            "^\\s*(?:(?:五台)?县[\\p{IsHan}]{1,14}?(?:办|局|股|所|室|科|委|院|中心)[、，,]?)+[：:]\\s*");
    /** 请予书面答复。以上请示，请审示。妥否，请批示。请县司法局予以指导。: a letter's closing courtesy, not part of what is asked. */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:[。．.，,；;]?\\s*(?:以上请示|特此请示|特此报告|妥否|当否|是否妥当|盼复|望(?:予|尽快)?(?:答复|批复|回复|示复)"
                    + "|请(?:县[\\p{IsHan}]{1,8}?)?(?:予以?|给予)?(?:书面)?(?:审示|批示|批复|指导|答复|回复|明确|示复|研究)"
                    // an exam's instruction after the case: 请判断该拟处理是否合法, 请分析其合法性, 请指出错误
                    + "|请(?:判断|分析|说明|评析|辨析)[^，,。．.；;？?！!]{0,16}?(?:是否)?(?:合法|正确|可行|妥当|合法性)(?:并说明理由)?"
                    + "|请指出(?:其中的)?错误(?:并说明理由)?)[，,。．.！!？?]?)+\\s*$");

    /** ……，我乡拟依法处理，请示。: a bare 请示 closing the letter, after a stop (要不要先请示县里 is asked). */
    private static final Pattern BARE_CLOSING = Pattern.compile("[，,。．.；;]\\s*(?:现|特)?请示[。．.！!]?\\s*$");

    /**
     * 我是包村干部，: who asks, not the party. Only the introduction is set aside; what follows it (今天在定襄那边碰上个事)
     * is read as told.
     */
    private static final Pattern LEAD_IN = Pattern.compile("^\\s*我是(?:[\\p{IsHan}]{0,6}?)(?:干部|工作人员|办事员|文书)[，,]");
    /** 村干部一直拿不准，想问一下：: a clause that only says the law is asked about (the clauses around it are read as told). */
    private static final Pattern ASKING_THE_LAW = Pattern.compile(
            "(?<=^|[，,。])(?:村干部|我们|俺们|额们|大伙儿?|大家|新来的同志)?(?:都|一直|也)?(?:拿不准|吃不准|拿不定主意)[，,]?(?:想|来|我替他)?(?:问一下|问问|请教一下)[：:，,。]");

    /**
     * The question as asked: punctuated (see {@link #punctuated}) and, when written as a letter (请示), without its
     * salutation and closing courtesy, so that the last sentence is the one that asks; a lead-in that says who asks
     * ({@link #LEAD_IN}) and a clause that only says the law is asked about ({@link #ASKING_THE_LAW}) are set aside too.
     */
    public static String asAsked(String q) {
        if (q == null) return null;
        q = withoutOthersReadingOfTheLaw(withoutThousandsSeparators(monthDaysInDigits(chosenOption(q))));
        String s = CLOSING.matcher(BARE_CLOSING.matcher(SALUTATION.matcher(ASKING_THE_LAW.matcher(LEAD_IN.matcher(punctuated(q)).replaceFirst("")).replaceFirst(""))
                .replaceFirst("")).replaceFirst("")).replaceFirst("");
        return s.isBlank() ? punctuated(q) : s;
    }

    /**
     * 他请的律师说：“不到情况紧急，政府不能强制疏散。”: what a lawyer, a relative or a bystander says the law allows, quoted
     * with the words that judge (不能, 无权, 只有…才, 必须…批准). It is the argument the question asks to weigh, not a fact
     * told: its 批准, 拘留 or 申请法院 is no act asked and no step the case has taken. A quote that also tells a fact
     * ({@link #QUOTE_TELLS_A_FACT}) stays whole.
     */
    private static final Pattern OTHERS_QUOTED = Pattern.compile(
            "(律师|懂法|法律顾问|法律工作者|亲戚|家属|家里人|侄子|儿子|女婿|女儿|前夫|朋友|有人|对方|代理人)[^。？！?!“”\"「」]{0,16}?"
                    + "(?:说|讲|称|认为|主张|提出|表示|来函|发函|写信|辩称|声称|来信|函称|提到|讲的|说的|懂法)[：:，,]?\\s?[“\"「]([^”\"「」]{1,120})[”\"」]");
    private static final Pattern JUDGES_THE_LAW = Pattern.compile(
            "无权|没权|没有权|没这个权|没有这个权|没资格|无资格|没有资格|不能|不得|只能|只有|必须|应由|应当由|违法|超出|超过|越权|管不着|管不了|无效|不作为|不归");
    /**
     * What makes a quote a fact told as well as an opinion: a place, someone's age, illness or own account (他才13岁,
     * 我方已申请行政复议), a sum or a date; such a quote stays whole, for any element it names is one to check.
     */
    private static final Pattern QUOTE_TELLS_A_FACT = Pattern.compile("[\\p{IsHan}]村(?![委民里干集两])|外县|外乡|外镇|外地|县外|外省|户口|户籍|住在|家在"
            + "|我|他|她|俺|咱|岁|病|残|复议|诉讼|起诉|已经|已|不是|\\d|[一二两三四五六七八九十百千万]+(?:元|块|岁|年|个月|天|日)"
            + "|(?:发生在|是在|就在|在|属于|归)[\\p{IsHan}]{1,4}(?:县|乡|镇)(?!级|里|上|政府|人民|党委)|时效|前年|去年|今年|年前|还是|查清|查明|没查");

    /**
     * 某AI助手回答：“…乡镇可以…”: a chatbot's answer pasted in is a reading of the law to check, never a fact of the case (it
     * knows none): it goes whole, where the asker goes on to tell the case and ask in words of his own.
     */
    private static final Pattern MACHINE_QUOTED = Pattern.compile(
            "(?:AI|ai|Ai|人工智能|智能助手|智能问答|大模型|聊天机器人|问答机器人|DeepSeek|deepseek|豆包|文心一言|ChatGPT|chatgpt|GPT)[^。？！?!“”\"「」]{0,12}?"
                    + "[：:，,]?\\s?[“\"「]([^”\"「」]{1,200})[”\"」]");
    /** 正好出了这事, 就是这种情况: the case told is the one the quote describes, whose words then tell it. */
    private static final Pattern CASE_AS_QUOTED = Pattern.compile("(?:出了|有|发生了|遇到|碰到|就是)(?:这|这种|这个|这样的?|此类|上述)(?:事|情况|情形|问题)|(?:这|这种|上述)(?:情况|情形)");
    /** A chatbot's answer that speaks of the case itself (潘家峪村村民, 王某今年13岁, 根据你描述的), not of the law in general. */
    private static final Pattern MACHINE_TOLD_THE_CASE = Pattern.compile("[\\p{IsHan}]村(?![委民里干集两规])|[\\p{IsHan}]某|岁|你描述|你说的|你提供|你这种|他|她|该户|这户|那户");
    /** 按它说的罚, 就按豆包的意见, 那个村民: the asker takes the chatbot's words for his own. */
    private static final Pattern RELIES_ON_MACHINE = Pattern.compile(
            "按(?:它|AI|ai|豆包|DeepSeek|deepseek|他)(?:说|讲|给|回答|的)|照(?:它|AI|ai|豆包)|就按(?:这个|它|AI|豆包)|它说的(?:数|办|罚|那样)|(?:把|将)情况(?:告诉|发给|输入)|那个(?:村民|人|户)|这个(?:村民|人|户)|该村民");
    /** Han characters outside a chatbot's quote: enough to be a case told and a question asked of its own. */
    private static final int OWN_WORDS_AFTER_MACHINE_QUOTE = 16;

    static String withoutOthersReadingOfTheLaw(String q) {
        Matcher machine = MACHINE_QUOTED.matcher(q);
        if (machine.find()) {
            String rest = q.substring(0, machine.start(1)) + q.substring(machine.end(1));
            if (rest.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= OWN_WORDS_AFTER_MACHINE_QUOTE
                    && !CASE_AS_QUOTED.matcher(q.substring(machine.end())).find()
                    && !MACHINE_TOLD_THE_CASE.matcher(machine.group(1)).find() && !RELIES_ON_MACHINE.matcher(rest).find()) {
                q = rest;
            }
        }
        return OTHERS_QUOTED.matcher(q).replaceAll(m -> JUDGES_THE_LAW.matcher(m.group(2)).find() && !QUOTE_TELLS_A_FACT.matcher(m.group(2)).find()
                ? Matcher.quoteReplacement(m.group().substring(0, m.start(2) - m.start() - 1) + "“”")
                : Matcher.quoteReplacement(m.group()));
    }

    /** 1,500元, 3,600元, 12,000, 150,000: a figure written with separators between its thousands. */
    // not 罚了600,800元 (two sums): a three-figure first group is read as a separator only before ,000 or two more groups
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])(?:\\d{1,2}(?:,\\d{3})+|\\d{3}(?:,\\d{3}){2,}|\\d{3},000)(?![\\d,])");

    /** 罚款1,500元 is 罚款1500元: the separators are taken out, so that every reader of sums sees one figure. */
    static String withoutThousandsSeparators(String q) {
        return THOUSANDS.matcher(q).replaceAll(m -> m.group().replace(",", ""));
    }

    /** A. B. C. D.: an exam's options, each up to the next option or the end of its sentence. */
    private static final Pattern OPTION = Pattern.compile("(?<![A-Za-z])([A-D])\\s*[.．、:：]\\s*([^。；;？?！!]*?)\\s*(?=(?<![A-Za-z])[A-D]\\s*[.．、:：]|[。；;？?！!]|$)");
    /** 标注的选项：B, 拟选答案：B, 参考答案：B: the option the question asks about. */
    private static final Pattern CHOSEN_OPTION = Pattern.compile(
            "(?:标注的?选项|拟选答案|拟选|所选答案|所选选项|选定的?选项|学员(?:选择|选了|选)|参考答案|正确答案|答案)\\s*(?:为|是|选)?\\s*[：:]?\\s*([A-D])(?![A-Za-z])");

    /**
     * 罚款是（  ）。A.300元 B.800元 C.2500元 D.5000元。标注的选项：B: an exam's options with the one marked; the question is
     * about the marked option alone, so the options are read as that one (800元). Without a marked option the text stays.
     */
    static String chosenOption(String q) {
        Matcher chosen = CHOSEN_OPTION.matcher(q);
        String letter = null;
        while (chosen.find()) letter = chosen.group(1);
        if (letter == null) return q;
        Matcher m = OPTION.matcher(q);
        int start = -1, end = -1;
        String text = null;
        char expected = 'A';
        while (m.find()) {
            if (m.group(1).charAt(0) != expected) break;
            if (start < 0) start = m.start();
            end = m.end();
            if (m.group(1).equals(letter)) text = m.group(2);
            expected++;
        }
        if (text == null || expected < 'C') return q;
        return q.substring(0, start) + text + q.substring(end);
    }

    /**
     * 【大气法第一百一十九条…】, 原文：…。问：…, 转发：…, 复制的：“…”——, “…的处罚”——: text the asker pasted in (a clause, the
     * catalogue's wording, a notice); up to 问： or the end of its sentence.
     */
    /**
     * How a catalogue item's wording ends (对……的处罚, ……情况紧急时的强行避灾疏散), at the end of what was pasted (…的行为的处罚
     * is taken whole).
     */
    private static final String ITEM_WORDING_END = "的[\\p{IsHan}]{0,4}?(?:处罚|处理|行为|审核转报|审核|转报|报批|备案|调解|征用|确定|证明|疏散|救助)";

    /**
     * 【大气法第一百一十九条…】, 原文：…。问：…, 转发：“…的行为的处罚”——, “…的处罚”——: text the asker pasted in (a clause, the
     * catalogue's wording, a notice, someone's message), up to 问： or, for an item's wording, to its end. It helps find the
     * item but confirms nothing of the case: the decision reads what it confirms from the rest, and what it rules out or
     * bars from the whole message (AuthorityService), so a paste can make an answer more careful, never more permissive.
     */
    private static final Pattern PASTED = Pattern.compile(
            "【[^】]{8,}】"
                    + "|(?:原文|转发|复制的?|摘录|摘抄|条文|清单原文|清单上写的|文件原文|通知原文)[：:]"
                    + "(?:(?:(?!问[：:])[^？?])*?(?=问[：:])"
                    + "|[“\"]?[^。？?！!“”\"]{4,}?" + ITEM_WORDING_END + "[”\"]?(?=[。，,]|——|—|$)(?:[。，,]|——|—)?)"
                    + "|[“\"][^”\"]{4,}?" + ITEM_WORDING_END + "[”\"](?:——|—)?");

    /** 这么罚行吗, 按这个数罚: the question points back to a penalty told before it. */
    private static final Pattern POINTS_BACK = Pattern.compile("(?:这么|这样|按这个|照这个)(?:数)?(?:罚|处罚)|这个数|这张罚单|这个罚单|罚这么多");

    public static boolean pointsBack(String q) {
        return q != null && POINTS_BACK.matcher(q).find();
    }

    /** 职权名称“…”, 职权类型是行政处罚: an item's particulars quoted from the catalogue. */
    private static final Pattern ITEM_PARTICULARS = Pattern.compile("职权名称(?:是|为)?[“\"][^”\"]+[”\"]|职权类型(?:是|为)?[\\p{IsHan}]{2,6}?(?=[，,。；;])");

    /**
     * 县政府办2023年7月31日印发的五政办发〔2023〕25号文件, 《五台县乡镇权责清单（2023年版）》: the catalogue cited by its name or
     * document number (as its file gives them), built once for {@link #withoutPasted}.
     */
    public static Pattern catalogueCited(String... catalogue) {
        String names = java.util.Arrays.stream(catalogue).filter(c -> c != null && !c.isBlank()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
        return Pattern.compile(names.isEmpty() ? "(?!)" : "(?:(?:五台)?县(?:人民)?政府(?:办公室|办)?)?(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)?"
                + "(?:印发|下发|发布)?的?[《（(]?(?:" + names + ")[》）)]?(?:文件|通知)?"
                // 清单也印发了: the catalogue told as issued
                + "|(?:权责)?清单(?:也|已经?|都|早就?)?(?:印发|下发|公布|发布)(?:了|过了)");
    }

    /**
     * The question without what the asker pasted in (see {@link #PASTED}) or cites of the catalogue itself ({@code cited},
     * see {@link #catalogueCited}; 职权名称“…”): a basis cited is no document asked about and no fact of the case; nor what
     * others are said to say of the township's power (see {@link #GRUMBLE}). The question itself when nothing else is left.
     */
    public static String withoutPasted(String q, Pattern cited) {
        if (q == null) return null;
        String own = cited.matcher(PASTED.matcher(q).replaceAll("")).replaceAll("");
        own = ITEM_PARTICULARS.matcher(own).replaceAll("").strip();
        own = own.replaceFirst("^问[：:]", "").strip();
        own = GRUMBLE.matcher(own).replaceAll("").strip();
        return own.isEmpty() ? q : own;
    }

    /**
     * 有人说特困供养是民政局的事，乡里插手就是越权。 / 每次组织撤离都有人说我们小题大做、限制人身自由。: what others say of the
     * township's power, a sentence of background that tells no act or fact of the case (not one that proposes a penalty).
     */
    private static final Pattern GRUMBLE = Pattern.compile(
            "(?:^|(?<=[。！!；;]))(?![^。！!？?；;]*?(?:罚|想|打算|准备|拟))[^。！!？?；;]{0,20}?"
                    + "(?:有人|人家|别人|上面|上级|法院那边|总有人|老有人)(?:天天|老是?|总是?|一直|都|也|又)?(?:说|讲|担心|质疑|认为|觉得|嫌)"
                    + "(?:(?:我们|咱们|乡里|镇里|乡政府|镇政府)|[^。！!？?；;]*?(?:越权|违法|依法|无权|没权|管不了|不归|插手|担责|小题大做|乱罚|程序|没这个权|不合法))"
                    + "[^。！!？?；;]*[。！!；;]");

    /** 责令他限期补种40棵树, 让他退地、限期拆掉新盖的房子, 责令他限期改正: the things an order asks done. */
    private static final String MEASURES_ASKED = "补种|补栽|恢复|拆除|拆掉|退还|退回|退地|清除|改正|整改|停止放牧|停止砍柴|停止毁苗";
    // asked, not told: 能不能责令…, 让他补种行不行 — not 乡里下了限期拆除决定 (an order given, before the act asked)
    private static final Pattern ORDERED_MEASURE = Pattern.compile(
            // (能否对他依法处理，责令他限期改正: 责令 asked in the clause after the ask)
            // (要是到期不改，责令…: a supposition, not the ask)
            "(?:(?:能不能|能否|可不可以|可以|可否|能|想|要(?!是)|打算|准备|拟|同时|另外|顺带|顺便|并且?)(?:[^，。？！,?!]{0,6}?(?:责令|让|叫|要求|限期|限他|限其)|[^。？！?!]{0,10}?[，,]责令)[^，。？！,?!]{0,12}?"
                    + "(" + MEASURES_ASKED + ")"
                    + "|(?:责令|让|叫|要求|限期|限他|限其)[^，。？！,?!]{0,12}?(" + MEASURES_ASKED + ")"
                    + "(?=[^，。？！,?!]{0,12}?[，,]?(?:行不行|行吗|可以吗|可不可以|能行吗|中不中|行不|对吗|合法吗)))");

    private static final Pattern MEASURE_WORD = Pattern.compile(MEASURES_ASKED);

    /** An order's measure said as the article says it: 补栽 is 补种, 拆掉 拆除, 退地 and 退回 退还. */
    public static String measureKey(String word) {
        return switch (word) {
            case "补栽" -> "补种";
            case "拆掉" -> "拆除";
            case "退地", "退回" -> "退还";
            case "整改" -> "改正";
            case "停止放牧", "停止砍柴", "停止毁苗" -> "停止违法行为";
            default -> word;
        };
    }

    /** The measures the question's orders ask (补种, 恢复, 拆除, 退还, 清除), as {@link #measureKey} names them. */
    public static Set<String> orderedMeasures(String q) {
        Set<String> found = new java.util.LinkedHashSet<>();
        if (q == null) return found;
        Matcher m = ORDERED_MEASURE.matcher(q);
        while (m.find()) {
            found.add(measureKey(m.group(1) != null ? m.group(1) : m.group(2)));
            // 责令他退地、限期拆掉新盖的房子: the measures that follow in the same clause are ordered too
            Matcher more = MEASURE_WORD.matcher(q.substring(m.end()).split("[，。？！,?!]", 2)[0]);
            while (more.find()) found.add(measureKey(more.group()));
        }
        return found;
    }

    /** 毁了20棵刺槐…限期补种40棵树: the trees destroyed (the first count told) and the trees the order asks replanted. */
    private static final Pattern TREES_COUNTED = Pattern.compile("(\\d{1,5}|[一二两三四五六七八九十百千]{1,5})(?:来|多|余)?(?:棵|株)");
    /** 按毁坏株数的三倍补种: the multiple of the trees destroyed said outright. */
    private static final Pattern REPLANT_TIMES = Pattern.compile(
            "(?:株数|棵数|数量)的?([一二两三四五六七八九十]|\\d{1,2})倍(?:补种|补栽)|(?:补种|补栽)[^，。？！,?!]{0,6}?(?:株数|棵数|数量)的?([一二两三四五六七八九十]|\\d{1,2})倍");
    private static final Pattern REPLANT_COUNT = Pattern.compile("(?:补种|补栽)(?:了|上)?(\\d{1,5}|[一二两三四五六七八九十百千]{1,5})(?:棵|株)");

    /**
     * The replanting the question orders as a multiple of the trees destroyed (补种40棵 for 20 destroyed: 2.0); null when
     * no count is ordered, -1 when a count is ordered but the trees destroyed are not told before it.
     */
    public static Double replantMultiple(String q) {
        if (q == null) return null;
        Matcher times = REPLANT_TIMES.matcher(q);
        if (times.find()) return (double) cn.quanze.citation.ChineseNumerals.spoken(times.group(1) != null ? times.group(1) : times.group(2));
        Matcher ordered = REPLANT_COUNT.matcher(q);
        if (!ordered.find()) return null;
        Matcher destroyed = TREES_COUNTED.matcher(q.substring(0, ordered.start()));
        if (!destroyed.find()) return -1.0;
        int n = cn.quanze.citation.ChineseNumerals.spoken(destroyed.group(1));
        int m = cn.quanze.citation.ChineseNumerals.spoken(ordered.group(1));
        return n > 0 && m > 0 ? (double) m / n : -1.0;
    }

    /** The question names an order (责令改正, 制止, 查处) rather than only handling (处理, 管). */
    public static boolean namesOrder(String q) {
        return q != null && ORDER.matcher(withoutClaimedPower(q)).find();
    }

    /** 划一段给他们摆摊, 划个区域, 定个时段: to set an area or a time aside, an act of its own, not handling a wrongdoing. */
    private static final Pattern DESIGNATION = Pattern.compile("划定|划(?:一|出)(?:块|片|个|处|段|条)|划个|定个|规定个");

    /** The question names setting an area or a time aside (划一段, 定个时段) rather than only handling (处理, 管). */
    public static boolean namesDesignation(String q) {
        return q != null && DESIGNATION.matcher(withoutClaimedPower(q)).find();
    }

    /** 按照, 依照, 参照: the words putting a basis forward (按设置排污口那项处罚, 参照…那项权力). */
    private static final String BASIS_VERB = "按照?|按着|照着|依照|依据|参照|比照";
    /** 那项, 那一条, 这项: an item of the list pointed at, named by the words before it. */
    private static final String THAT_ITEM = "那几项|那几条|那一项|那一条|那项|那条|这项|这条";

    /**
     * 拿处罚卖未登记肥料的那项权力, 参照处罚露天烧秸秆的那项权力: an item named by the conduct it punishes, as the basis the asker
     * would borrow; its words tell what the item is about, not what this party did.
     */
    private static final Pattern POWER_NAMED_BY_CONDUCT = Pattern.compile(
            "(?<![没未不])(?:" + BASIS_VERB + "|拿|用|套用|援用|适用)(?!第?[0-9])"
                    // (参照县里低保标准那一条 names a standard to apply, not a power: the item is named by what it punishes)
                    + "(?:[^，。？！,?!]{0,12}?(?:处罚|罚|查处)[^，。？！,?!]{1,16}?(?:的)?(?:" + THAT_ITEM + ")(?:权力|处罚权|职权|规定|条款|事项)?"
                    + "|[^，。？！,?!]{2,24}?(?:的)?(?:" + THAT_ITEM + ")(?:权力|处罚权|职权))");

    /** The question without an item it names by its conduct as a borrowed basis (see {@link #POWER_NAMED_BY_CONDUCT}). */
    public static String withoutPowerNamedByConduct(String q) {
        return q == null ? null : POWER_NAMED_BY_CONDUCT.matcher(q).replaceAll("");
    }

    /** The question without the power or knowledge it opens by claiming (see {@link #CLAIMED_POWER}). */
    public static String withoutClaimedPower(String q) {
        return q == null ? null : CLAIMED_POWER_AT_START.matcher(q).replaceFirst("");
    }

    /** No 能, 可以, 想, 要, 打算 or 准备 in the twenty characters before, within the clause: a penalty told, not proposed. */
    private static final String NOT_PROPOSED = "(?<!(?:能|可以|想|要|打算|准备)[^，,。？！?!]{0,20})";

    /** 除了罚款，…; 等他来交了罚款再还: a penalty named as a condition or an aside is not the act asked. */
    private static final Pattern EXCEPT = Pattern.compile("除了[^，,。？！]{0,15}?(?:以外|之外)?[，,]|(?:罚款|罚钱|警告)(?:之外|以外|外)(?=再|还|能|，|,|乡里|镇里|乡政府|镇政府)|(?:从|用|拿|靠)罚(?:款|没款)[^，,。？！]{0,6}|等[^，,。？！]{0,12}?交[^，,。？！]{0,8}?再(?:还|放|给|退)|让[^，,。？！]{0,6}?交[^，,。？！]{0,8}?再(?:还|放|给|退)"
            // 已经责令补种并罚款了，他拒不交罚款: a fine told as done or unpaid is history, not the penalty asked
            + "|(?:拒不|不肯|不)(?:交|缴|缴纳|交纳)(?:罚款|罚金)"
            // 罚了500块，还想通报批评他; 罚款以后能不能扣车; 罚款交了，还想拉黑: the penalty done is history when more is asked after it
            + "|" + NOT_PROPOSED + "罚(?:了|过)(?:款|他|她|它|他们)?(?:[0-9一二三四五六七八九十百千万两]+(?:块|元)钱?)?(?=[，,][^。？！?!]*?(?:还|再|另外|又|同时|接下来))"
            + "|" + NOT_PROPOSED + "(?<!先)(?:罚款|罚了款|罚钱|处罚|警告)(?:以后|之后|后|完了?)(?=[^。？！?!]{0,12}?(?:还|再|能|想|要))"
            + "|(?:罚款|罚金)(?:交了|已交|缴了|已缴|不交|不缴|拒交|没交)|警告过了?"
            // 他之前因打架被派出所拘留过五天: a detention by the police told as history, not the penalty asked
            + "|(?:曾|曾经|之前|以前|去年|上次|前年)[^，,。？！]{0,10}?被[^，,。？！]{0,10}?拘留(?:过)?|被[^，,。？！]{0,10}?拘留(?:过|了)"
                    // 因酒驾被交警罚款2000元、暂扣驾照; 去年因酒驾被吊销了驾驶证; 因盗伐被法院判处拘役; 派出所之前因为他偷电动车拘留了他
                    + "|因[^，,。？！]{1,10}?被[^，,。？！]{0,14}?(?:暂扣|吊销|拘留|判处?|罚)[^，,。？！]{0,12}|被[^，,。？！]{0,8}?(?:交警|公安|法院|派出所)[^，,。？！]{0,12}?(?:暂扣|吊销|拘留|判处?)[^，,。？！]{0,10}"
                    + "|(?:派出所|公安|交警|法院)[^，,。？！]{0,14}?(?:拘留|暂扣|吊销|判)(?:了|过)[^，,。？！]{0,6}"
            + "|已经?[^，,。？！]{0,10}?罚(?:款)?了[^，,。？！]{0,6}?(?=[，,。])"
            // 乡里收了烧秸秆的罚款五百块，这钱能不能留下来: a fine collected is history; what is done with it is asked
            + "|(?:收了|收上来|收到了?|收缴了)[^，,。？！]{0,12}?(?:罚款|罚金|罚没款)[^，,。？！]{0,8}?(?=[，,。])"
            + "|" + CLAIMED_POWER + "|^[^？?]*?(?:(?:我|俺|咱)(?:想|要)?问的是|想问的是|问题是)[：:]?"
            // 不是问能不能罚秸秆，是问…: what the asker says he is not asking is not the act asked
            + "|^[^？?]*?不是(?:想)?问[^，,。？！]*?[，,](?=而?是(?:想)?问|我?(?:想|要)问)|^.*?[？?](?=我?主要(?:想)?问)"
            // 要是以后发现…能罚；眼下俺们就想…: a supposed case set before what is asked now
            + "|^[^？?]*?(?:要是|如果|假如)[^；;。？?]*?[；;。](?=[^；;。]*?(?:眼下|现在|这回|如今|目前))");
    /** 拟办：…直接发文批准设立。请审核可否: the drafter asks the reader to check the draft, which is no review by the township. */
    private static final Pattern STEP_NOT_TAKEN = Pattern.compile(
            "[，,]\\s*(?:也|并|就|而)?(?:没有|没|未|并未|不再|没再)(?:再|经过?)?(?:上报|报送|转报|呈报|报请|报)(?:给|到)?(?:县|上级|市)[^，。？！,?!]{0,16}?(?=[。；;]|$)");
    private static final Pattern READER_CHECKS = Pattern.compile("(?<=[。；;])请(?:帮忙|予以)?(?:审核|审查|核)(?:一下)?(?:可否|是否可行|能否|是否合法|是否妥当)[。？?！!]*$"
            // 请法制审核把关是否可行, 请司法所审核, 麻烦法制员看一下可行性: the minutes sent to the township's own legal check
            + "|(?<=[。；;])(?:请|麻烦|烦请|报请)(?:乡|镇)?(?:法制|司法所|法制办|法制员|法律顾问|合法性)[^。？！?!]{0,8}?(?:审核|把关|审查|看一下|看看|核一下|过一下)[^。？！?!]{0,10}?[。？?！!]*$");
    /** 报县里批准, 帮他报批; not 转报完就批给他们 or 报县里之前先批准 (the township approving before or after it forwards). */
    private static final Pattern FORWARD_FOR_APPROVAL = Pattern.compile("报批|报(?:到|给)?(县|县里|县政府|上级|上面|市里|民政局|县民政局)?(?!完|好就|过就|了就)(?:(?!没|未|不|前|先)[^，。？！,?!；;]){0,4}(批准|审批|批)"
            // 转报县城乡规划主管部门核发许可证: forwarded for the county office to issue
            + "|(?:转报|报送|上报|报请)(?:县|县里|上级|市里)[^，。？！,?!；;]{0,12}?(?:核发|颁发|颁证|发证)"
            + "|(?<![转呈])报(?:县|县里|上级|市里)(?:去|来)?(?:核发|颁发|颁证|发证)"
            // 审核后报县应急管理局审批, 报县退役军人事务局批准: a county office named between 报 and its approval
            + "|报(?:县|市)[\\p{IsHan}]{1,10}?(?:局|委|办|部|政府|中心)(?:审批|批准|核准|审定)"
            // 报县里的规划主管部门核发许可证, 报县城乡规划主管部门核发: the county office named, then its issue
            + "|报(?:县|市)(?:(?![前后完再先就镇备])(?!(?<!城)乡)\\p{IsHan}){1,12}?(?:局|委|办|部门|政府|中心)(?:去|来)?(?:核发|颁发|颁证|发证)"
            // 报县应急管理局、民政部门审批, 报请县人民政府批准, 报县有关主管部门批准后办理登记: the county's approval; not 报县里之前先批准
            + "|报(?:请|送)?(?:县|市)(?:(?![前后完再先就乡镇])[^，。？！,?!；;]){1,14}?(?:审批|批准|核准|审定)");
    /** 颁证、换发、补发的初审, 换证的审核: the review of an issue named by the issue it precedes. */
    private static final Pattern REVIEW_OF_ISSUE = Pattern.compile(
            "(?:颁证|换发|补发|发证|颁发|换证|补证)(?:[、，,和及或与](?:颁证|换发|补发|发证|颁发|换证|补证))*的?(?:初审|审核|审查)");
    // (他逾期未改；乡里又公告: a denial in the clause before is not the notice's)
    // 2.限期已过未改 3.已公告: a numbered point or an 已 starts another fact
    // (有没有发过强制拆除公告: asked, not denied)
    private static final Pattern NOTICE_NO = Pattern.compile("(?<!有)(没|未|还没|没有)(发|贴|张贴|出|作|进行)?[^，。？！,?!；;已\\d→/]{0,6}公告");
    private static final Pattern NOTICE_YES = Pattern.compile("(已经|已)(发|贴|张贴|作出|进行)?.{0,6}公告|公告(了|过)|公告(?:也|都)?(?:贴|发|张贴|出)(?:了|过)"
            // 乡里又公告限他自行拆除
            + "|(?<![没未不])(?:又|也|再|随后|然后|接着|后来|之后)?(?:发了?|贴了?|张贴了?|发布了?|进行了?|作出了?)?公告(?:限|责令|让|要求)"
            // 随后以镇政府名义发布公告，限期其自行拆除; 又发了公告，限他15日内自行拆除
            + "|(?<![没未不准备打算拟要将])(?:发布|发了|贴了|张贴了|发布了)公告[，,](?:限|责令|让|要求)"
            // 4月份乡里又张贴公告并书面催告，限他15日内自行拆除
            // (准备明天再张贴公告, 打算等过完年之后张贴公告: a notice planned is not published)
            + "|(?<!(?:准备|打算|计划|拟|将|要|等|明天|下周|过几天)[^，。？！,?!]{0,10})(?:又|后来)(?:张贴|发布|发出|贴出)(?:了)?公告[^。？！?!]{0,16}?(?:限|责令|要求)[^。？！?!]{0,10}?自行拆除");
    /** 期限内未申请复议, 在法定期限内没有提起诉讼: within the period, but nothing was applied for — the period is no open one. */
    private static final String NOTHING_APPLIED = "(?![^，。？！]{0,8}?(?:未|没有?|不)[^，。？！]{0,3}?(?:申请|提起|起诉|提出))";
    /** 申请了复议, 起诉了还没判, 复议还没出结果: the party appeals, or may still (还在法定期限内). */
    private static final Pattern APPEAL_OPEN = Pattern.compile("(?:复议|诉讼|起诉)期限内" + NOTHING_APPLIED + "|还在法定期限内|申请了.{0,4}复议|正在申请(?:行政)?复议|复议期间|复议期内|正在复议|提起了.{0,4}诉讼|起诉了|打官司|诉讼期间"
            + "|(?:复议|诉讼)还没(?:结束|出结果|决定)|(?:刚|已经|已)(?:申请了?|提起了?)(?:行政)?(?:复议|诉讼)|已经起诉|案子还没判");
    /** 没写是否申请了复议或起诉, 不知道有没有发过公告: a step whether taken is asked or unknown, the words after 是否 tell nothing. */
    private static final Pattern WHETHER_ASKED = Pattern.compile("(?:没写|未写|没说|未说明|没注明|未注明|不知道|不清楚|不确定|搞不清)?(?:是否|有没有|有无)[^，。？！,?!；;]{0,16}"
            // 材料里没写公告的事, 没提公告: the paper is silent on it, which tells nothing either way
            + "|(?:没写|未写|没提(?!起|出)|未提(?!起|出)|没说|没讲|没交代|未载明|没载明)(?:到|及)?(?:有关)?(?:公告|复议|诉讼|起诉)(?:的事|的情况|这一块|这块|的问题)?");
    /** 复议维持后他没起诉, 撤诉了: an appeal told, then ended or not followed by a suit, so no longer open. */
    private static final Pattern APPEAL_OVER = Pattern.compile("维持|驳回|撤回|撤诉|没起诉|没有起诉|未起诉");
    /** 复议诉讼期也过了; not when asked or doubted (复议诉讼期也过了吗？不清楚). */
    private static final Pattern APPEAL_DONE = Pattern.compile("(?:复议.{0,4}期限.{0,4}(过了|届满|已过)|复议(?:诉讼)?期(?:限)?(?:都|也)?(?:过了|满了|届满|已过)|(?:没有?|未)申请(?:行政)?复议.{0,6}(也)?(?:没有?|未)(起诉|提起(?:行政)?诉讼)|诉讼期限.{0,4}(过了|届满)"
            + "|(?:复议|诉讼|起诉)[^。？！?!]{0,10}?(?:期限|期)[^。？！?!]{0,6}?(?:过了|届满|已过|满了|都过|已满)|没(?:有)?复议[^。？！?!]{0,3}?(?:也)?没(?:有)?(?:起诉|诉讼|打官司))"
            + "(?![吗么？?]|没(?:有)?(?=[？?]|$)|[^，。,]{0,3}?(?:不清楚|不知道|说不准|没数))");
    /**
     * 只是没催告, 没发催告书, 催告程序没走, 只口头催告了一下, 催告书刚送达: no written demand, or one not yet overdue
     * (行政强制法第三十五条、第三十七条第一款); not 催告也没用 or 催告书没签收, where the demand was made.
     */
    private static final Pattern NO_DEMAND = Pattern.compile(
            "(?:没|没有|未|还没|尚未|没来得及)(?:有)?(?:发|下|送|送达|做|作出|走|进行)?(?:过)?(?:书面)?催告"
                    + "|催告(?:书|程序)?(?:都|也|还)?(?:没|没有|未)(?:发|送|送达|做|下|走)(?:出|过|了)?(?=[，。？！,?!；;]|$)"
                    + "|(?:不用|省了|省掉|跳过)催告|只(?:是)?口头(?:催告|通知|说)|催告书(?:刚|才)(?:送达|送到|发)");


    // 没接到新的险情报告, 免得明年雨季出事: no danger now, a precaution for later
    private static final Pattern EMERGENCY_NO = Pattern.compile("(?:没|没有|未)(?:接到|收到)[^，。？！]{0,4}?险情|免得(?:明年|以后|将来|来年)|不紧急|并不紧急|没什么突发|没有什么突发|没突发|没出什么事|不算紧急|没有紧急|没什么紧急|无紧急|没有突发|没任何突发|排除了|早就排除|已经排除|解除了|已解除|已经解除|没有任何突发|不是突发|没发生|不是紧急|还没来(?!得及)|没有洪水|没有险情|平时|日常|不是汛期|早结束|已经结束|抢险结束|险情结束|汛期结束|早过去|已经过去"
            // 征用…办婚宴, 征用三轮车拉过年的福利: a purpose that is no emergency
            + "|征用[^。？！]{0,24}?(?:办婚宴|婚宴|办酒席|拉福利|接领导|开年会|年会|篮球比赛|比赛|当停车场|搞活动)"
            // 突发事件已经宣布结束
            + "|(?:已经|已|早已|早就)(?:宣布|正式)[^，。？！]{0,2}?(?:结束|解除)"
            // 洪水过去一个月了: the emergency is over
            + "|(?:洪水|山洪|险情|灾情|汛情|疫情|火情)(?:都|已经|早就?)?(?:过去|退|结束|解除)(?:了|[一二两三四五六七八九十半几0-9]+(?:个)?(?:月|年|天)|好几天|多天|很久)"
            // 突发事件过去半年了
            + "|突发事件(?:都|已经|早就?)?(?:过去|结束)(?:了|[一二两三四五六七八九十半几0-9]+(?:个)?(?:月|年|天))");
    /** 现在又发生了山洪, 今年又遇上洪灾: a new emergency told after an earlier one said to be over. */
    private static final Pattern EMERGENCY_AGAIN = Pattern.compile(
            "(?:又|再次)(?:发生|遇上|遇到|来了|发了?|出了|起了)(?:了|一场|一次)?[^，。？！,?!]{0,4}?(?:洪|大水|水灾|灾|险|火|地震|泥石流|滑坡|塌方|疫|事故|突发)"
                    + "|(?:正在|现在)抢险");

    /** An emergency said to be over (突发事件过去半年了), unless a new one is told after it. */
    private static boolean emergencyOver(String q) {
        Matcher m = EMERGENCY_NO.matcher(q);
        while (m.find()) {
            if (!EMERGENCY_AGAIN.matcher(q.substring(m.end())).find()) return true;
        }
        return false;
    }

    /**
     * 现在也没有什么灾害, 专家评估短期内没危险: no danger said of the case, unless a danger is told after it (去年没有什么灾害，今年山体
     * 开裂，情况紧急; 评估没危险的几户不走，但…情况紧急); 没危险的几户 names whom it is said of, not the case.
     */
    private static final Pattern NO_DANGER_NOW = Pattern.compile(
            "没有什么灾害|没什么灾害|没有灾害|没(?:有)?(?:出|发生)过(?:什么)?险情|(?:短期内|暂时|目前|近期|评估[^，。？！]{0,8}?)没(?:有)?(?:什么)?危险(?!的)"
                    // 现在没有发生什么灾害或者事故，就是工期紧; 眼下没有任何火情，只是刚进入防火期
                    + "|没(?:有)?发生(?:什么|任何)?(?:灾害|事故|突发事件|险情|火情)|(?:眼下|现在|目前|当前)(?:也|都|并|还)?没有任何(?:火情|险情|灾情|灾害|突发)"
                    // 村子并没有受到洪水威胁, 不存在地质灾害威胁
                    // (村民说暂时还没受到威胁: a party's word, not a fact told)
                    + "|(?<!是否|有没有|说|认为|觉得|称|表示|以为|说是|说暂时|说还|说暂时还)(?:并|也|都|根本|还)?没(?:有)?受到[^，。？！,?!]{0,4}?威胁"
                    + "|(?<!说|认为|觉得|称|表示|以为)不存在[^，。？！,?!]{0,4}?威胁");
    /** A danger told after the denial; 按地质灾害情况紧急强行疏散 and 突发事件应对法 name a basis, not a fact. */
    // 万一着火了好用, 以防滑坡: a danger only supposed is not told
    private static final Pattern DANGER_TOLD_AFTER = Pattern.compile("紧急|突发|危急|洪水|洪峰|山洪|险情|灾情|开裂|威胁|围困|来不及|超警戒|超过警戒|水位[^，。？！,?!]{0,4}?还在涨|(?<![没未不])发(?:大)?水(?!的可能)|涨得老高|漫过|漫进"
            + "|(?<!万一|要是|如果|防止|以防|怕|一旦|预防|防)(?:滑坡|塌|决口|漫进|着火|起火)|随时可能|随时会");
    private static final Pattern BASIS_NAMED = Pattern.compile("(?:按|依照|依据|根据|按照)[^，。？！,?!]{0,16}|突发事件应对法");

    private static boolean noDangerNow(String q) {
        Matcher m = NO_DANGER_NOW.matcher(q);
        if (!m.find()) return false;
        Matcher end = CLAUSE_END.matcher(q);
        if (!end.find(m.end())) return true;
        String after = BASIS_NAMED.matcher(q.substring(end.end())).replaceAll("");
        return !DANGER_TOLD_AFTER.matcher(after).find() && !q.substring(0, m.start()).contains("除了");
    }

    /** 不确定情况紧不紧急, 不知道会不会威胁群众安全, 够不够得上突发事件拿不准: whether it is an emergency, the asker does not know. */
    /** 到时候, 届时, 真发生了的话: the ask put at the time a supposed emergency comes. */
    private static final Pattern WHEN_IT_COMES = Pattern.compile("到时候|届时|到那时|那时候|真(?:的)?(?:发生|出现|来了|出事)");
    private static final Pattern EMERGENCY_OPEN = Pattern.compile(
            // 到底是不是险情还不确定, 是否构成险情尚待核实
            "(?:到底|究竟)?(?:是不是|是否|算不算)['‘“「]?(?:险情|管涌|紧急情况|情况紧急|突发事件|真的?有险)['’”」]?[^，。？！,?!]{0,6}?(?:还不确定|不确定|还不知道|不清楚|说不准|还没确定|尚待核实|待核实|还在核实|正在核实)"
                    + "|(?:不确定|不知道|拿不准|还不清楚|说不准|说不好|不清楚|没底)[^，。？！,?!]{0,8}?(?:紧不紧急|急不急|会不会(?:威胁|危及|出事|有危险|漫|淹|冲|塌|滑|垮|决口|进村)|够不够得上|算不算突发|是不是突发|算不算紧急|是不是紧急)"
                    // 县里专家还没来看险情到底多急: how urgent it is, the asker does not know yet
                    + "|(?:还没|没|尚未|未|待|还不知道|不知道|不清楚)[^，。？！,?!]{0,8}?(?:险情|情况|灾情|水情)?(?:到底|究竟)(?:有)?多(?:急|危险|紧急|严重)"
                    + "|(?:到底|究竟)(?:有)?多(?:急|危险|紧急|严重)[^。？！?!]{0,14}?(?:没底|说不好|说不准|还得等|要观察|待鉴定|等[^，。？！,?!]{0,8}?鉴定|评估|不清楚|不知道|拿不准)"
                    + "|(?:紧不紧急|急不急|险不险|危不危险|会不会(?:威胁|危及)[^，。？！,?!]{0,8}?|够不够得上[^，。？！,?!]{0,6}?|算不算突发[^，。？！,?!]{0,4}?|算不算(?:情况)?(?:紧急|危急))(?:[，,]?[\\p{IsHan}]{0,6}?)(?:我们)?(?:也)?(?:拿不准|不确定|不知道|不清楚|说不准|说不清|没底|还没给结论|没有结论|说不上|说不好|不好说|吃不准|还没来看|没来看|还没看|还没到场|没到场|还没研判|还没鉴定)"
                    // 还没判断是不是已经到了情况紧急的程度, 没判断是不是已经威胁到群众安全: the one who judges has not yet
                    + "|(?:还没|没|尚未|未|还未|没有)(?:来得及)?(?:判断|判定|认定|确定|研判|评估|搞清|弄清)(?:出来)?(?:到底)?(?:是不是|是否|算不算|够不够|有没有)[^，。？！,?!]{0,10}?(?:紧急|危急|突发|威胁|危及)"
                    + "|(?:紧急不紧急|紧不紧急|危险不危险|危急不危急|急不急)[^，。？！,?!]{0,6}?(?:说不准|说不清|拿不准|不确定|不知道|不清楚|没底|不好说|说不好|吃不准"
                    + "|(?:还|尚)?(?:没|未|没有)(?:来得及)?(?:判断|判定|研判|评估|确定|认定|定|结论))"
                    // 情况是否紧急，还没判断
                    + "|(?:是否|是不是|算不算)(?:情况)?(?:紧急|危急)[，,]?(?:目前|现在)?(?:还|尚)?(?:没|未|没有)(?:来得及)?(?:判断|判定|研判|评估|确定|认定|结论)"
                    // 险情是否紧急目前尚无结论 (a form's field left open)
                    // 会不会进水现在谁也说不准, 到底有没有威胁到群众安全还不知道: whether the danger comes, not known
                    + "|(?:到底|究竟)?(?:有没有|是否|会不会)(?:威胁|危及|危害|进水|进村|淹|漫|冲|塌|滑|垮|决口|出险)[^，。？！,?!]{0,12}?"
                    + "(?:谁也说不准|谁也说不清|说不准|说不清|还不知道|不知道|不清楚|不确定|没底|不好说|拿不准|吃不准)"
                    // 有人说紧急，有人说不紧急: those who speak disagree
                    + "|有人说[^，。？！,?!]{0,6}?(?:紧急|危险|危急|要出事)[^。？！?!]{0,4}?有人说[^，。？！,?!]{0,4}?(?:不|没)"
                    // 是否到了情况紧急的地步没有结论
                    + "|是否(?:(?:已经?)?(?:到了|达到|够得上|构成)?(?:情况)?(?:紧急|危急)|(?:已经?|会)(?:威胁|危及))[^，。？！,?!；;]{0,8}?(?:尚无[\\p{IsHan}]{0,4}?结论|没有[\\p{IsHan}]{0,4}?结论|无结论|不清楚|不确定|不详|待[\\p{IsHan}]{0,5}?(?:研判|查|定|核实|评估|确定)|未(?:确定|明确|研判))"
                    // 是否情况紧急：/ (a form's field left blank)
                    + "|是否(?:情况|属于|构成)?(?:紧急|危急)[^，。？！,?!；;：:]{0,4}?[：:]\\s*(?:/|／|—|-|无|空|不详|待定|未填)\\s*(?=[；;，,。]|$)");
    /** 要是发生了突发事件…: a supposed emergency is not a stated one; the answer stays conditional on it. */
    private static final Pattern EMERGENCY_SUPPOSED = Pattern.compile("(要是|如果|假如|假设|万一|若是|一旦|如遇|若遇|如发生|若发生|如出现|如(?=评估|经|确认|认定)"
            // 倘若情况紧急, 设想一下…, 将来发生突发事件, 遇到突发事件时, 一有紧急情况就, 等洪水来了再, 预案规定…时, 为防备今后…, 下雨时可能情况紧急
            + "|倘若|假若|设想|将来|(?<!遭)遇(?=洪水|山洪|险情|突发|紧急)|一有|预案|为防止|为防备|如有|若(?!是|干)|届时|哪天|碰上|赶上)"
            + "[^，。？！]{0,12}(紧急|突发|洪水|险情|灾|发大水|涨水|山洪)"
            // 到时候情况紧急, 可能情况紧急, 遇到情况紧急时, 等洪水来了再: the emergency said of a time to come
            + "|到时(?:候)?(?:可能)?(?:会)?(?:情况|险情)?(?:紧急|危急)|(?<!随时)可能(?:会)?(?:情况|险情)?(?:紧急|危急)|遇到(?:情况)?(?:紧急|危急|突发事件)"
            + "|等(?:到)?[^，。？！]{0,6}?(?:紧急|洪水|险情|突发)[^，。？！]{0,4}?再"
            // 情况紧急的话, 突发事件发生的话, 洪水威胁群众安全的话
            + "|(?:紧急|突发事件|险情|洪水[^，。？！]{0,8}?)(?:发生)?的话"
            // 突发事件还没定性呢: whether it is an emergency is still open
            + "|(?:还没|没有?|尚未)(?:定性|认定|确定)|是不是突发|算不算突发"
            // 尚无定论, 紧急与否尚未评估, 尚未评估是否情况紧急, 说是紧急但还没经过评估认定, 是否属于紧急情况还要等…鉴定, 村民反映情况紧急，镇里还没派人核实
            + "|尚无定论|紧急与否[^，。？！]{0,4}?(?:尚未|还没有?|未|没有?)|(?:尚未|还没有?|未|没有?)(?:经过)?(?:评估|研判|鉴定|认定)(?:是否|是不是)(?:情况)?(?:紧急|危急|突发)"
            + "|(?:是否|是不是)[^，。？！]{0,8}?(?:紧急|突发)[^，。？！]{0,4}?(?:还要|还得|需要|要)等"
            + "|(?:反映|报告|说是?)[^，。？！]{0,6}?紧急[，,][^，。？！]{0,6}?(?:还没|尚未|没有?)(?:经过)?(?:派人)?(?:核实|核查|去看|查看|评估|认定|鉴定)"
            // 如评估认定险情紧急…目前评估结论尚未作出: the assessment the urgency waits on is not made
            + "|(?:评估|研判|鉴定|监测)结论(?:目前|现在)?(?:尚未|还没有?|没有?|未)(?:作出|做出|出来|形成|给出)"
            // 防汛期就等于突发事件了: a season taken for an emergency is none until one happens
            + "|(?:防汛期|汛期|防火期|雨季)[^。？！]{0,6}?(?:就)?(?:等于|算是?|当成|视为|视同)(?:是)?(?:突发事件|紧急情况)"
            // 险情等级待定: how grave the danger is, not yet settled
            + "|(?:险情|灾情|情况)[^，。？！]{0,4}?(?:等级|级别)?(?:待定|未定|待评估|待研判|待确定)"
            // 说是突发事件，县里还没启动应急响应: only said to be one, no response declared
            + "|(?:还没|没有?|尚未)(?:启动|宣布|发布)[^，。？！]{0,4}?(?:应急响应|应急预案|应急状态|预警)"
            + "(?![^。？！]*?(?:但|可是|不过|已经)[^。？！]{0,12}?(?:洪水|险情|漫|冲|塌|滑坡|泥石流|着火|火情|威胁))"
            // 险情是否紧急尚未判定, 是否构成紧急险情尚待专家研判: whether it is urgent is for the experts still
            + "|(?:是否|是不是|算不算)(?:构成|属于|情况)?(?:紧急|危急|突发)[^，。？！]{0,8}?(?:尚待|有待|待|尚未|还没|还未|未|没有?|难以|无法|不好|不能)(?:[\\p{IsHan}]{0,10}?)(?:研判|判定|认定|确定|评估|鉴定|判断|判明)"
            // 可能出现山洪险情，具体情况正在核实: a danger that may come, still being checked
            + "|(?:可能|也许|或许|恐怕)(?:会)?(?:出现|发生|有)[^，。？！]{0,8}?(?:险情|灾情|洪水|山洪|突发)[^。？！]{0,4}?[，,；;][^。？！，,]{0,6}?(?:正在|尚在|还在|尚待|有待|待)(?:核实|核查|研判|确认|查看|评估)");
    // 滑坡险情, 地质灾害险情 alone is no urgency: 地质灾害防治条例第二十九条 has a 险情 met by 动员转移, and 强行组织避灾疏散
    // only 情况紧急时
    private static final Pattern EMERGENCY_YES = Pattern.compile("(?<!非)紧急|突发(?!事件应对法)|危急|洪水来了|(?:现在|正在|今天|眼下|这会儿|此刻|刚刚?)(?:村里|河里|这里|又|在)?发(?:大)?水(?!的可能)|(?:正在|现在|马上|赶紧|急着)抢险|洪水逼近|洪水.{0,6}(冲|来|淹|漫|进)|威胁.{0,12}安全|眼看(?:就要|就|要)?(?:被)?(?:淹|漫|冲|塌|垮|决口|进村|滑|着)|洪峰|山洪|(?<!该|将|把|滑坡|地灾|灾害|崩塌|塌方|泥石流|报过|出过|有过)险情(?!已?(?:上报|报告|报县|报给))|正在发生|马上(?:就)?要(?:被)?(?:淹|漫|冲|塌|垮|决口|进村|滑|着)|来不及|灾情|十万火急|火烧眉毛|随时可能|随时会|快漫进|漫进|快淹|涨得老高");
    /** 是否拒不改正不详, 不知道他是否整改: whether the party corrected is not known. */
    private static final Pattern CORRECTION_UNKNOWN = Pattern.compile(
            "(?:是否|有没有|会不会)(?:已经?)?(?:自行)?(?:拒不)?(?:改正|整改)(?:到位|完毕)?(?:[，,](?:目前|现在|暂时|至今)?(?=尚未|还没|没有?|未|待))?[^，。？！,?!]{0,2}?(?:不详|不清楚|不知道|不确定|未知|待查|还没查清|尚未查清|(?:尚未|还没|没|未|待)(?:去)?(?:复查|核实|核查))"
                    // 期限届满，目前尚未组织复查; 有没有改正还需核实
                    + "|(?:期限届满|到期了?|期满|期限已过|期限到了|过了期限|过期了)[，,]?(?:目前|现在)?(?:镇里|乡里|我们)?(?:尚未|还没有?|没有?|未)(?:组织|去|进行|派人|安排人|去人)?(?:去)?复查"
                    + "|复查(?:还|尚|都)?(?:没|未)(?:有)?(?:做|进行|开展|搞|去)"
                    // 整改了没有，还没派人去看; 是否拆除目前尚未复查
                    + "|(?:改正|整改|改|拆除|拆|清理|清除|消除)(?:了)?没有?[，,]?(?:目前|现在)?(?:还|尚)?(?:没|未|没有)(?:派人|安排人|去人)?(?:去)?(?:看|复查|核实|核查|查)"
                    + "|(?:是否|有没有)(?:已经?)?(?:拆除|清理|清除|消除)[^，。？！,?!]{0,2}?[，,]?(?:目前|现在)?(?:尚未|还没有?|没有?|未)(?:派人|去)?(?:复查|核实|核查)"
                    + "|(?:有没有|是否)(?:已经?)?(?:改正|整改|拆除|消除)[^，。？！,?!]{0,4}?(?:还需|还要|尚需|需要|有待|待)(?:核实|复查|核查|查实)"
                    // 是否改正到位，目前没有复查记录
                    + "|(?:是否|有没有)(?:已经?)?(?:改正|整改)(?:到位|完毕)?[，,](?:目前|现在|至今)?(?:没有|没|无|尚无|还没有?)(?:复查|核查|核实)(?:记录)?"
                    + "|(?:不知道|不清楚|不确定|说不准)(?:他|她|对方)?(?:是否|有没有|会不会)(?:拒不)?(?:改正|整改)|改没改[^，。？！,?!]{0,2}?(?:不知道|不清楚|不详)"
            // 清了没清谁也没去看, 改了没改，没人去复查: no one has looked
            + "|(?:清|改|拆|挪|整改)了没(?:清|改|拆|挪|整改)?[^。？！?!]{0,10}?(?:没(?:有)?人?去(?:看|复查|查)|没人看|(?:还|尚|都)?(?:没|未)(?:有)?复查|谁也没去)"
            // 现在拆没拆，台账里都没有记录; 有没有按期清掉，现在说不好: whether it was done, no one can say
            + "|(?:拆没拆|清没清|挪没挪|移没移|整改没整改|(?:改|拆|清)了没有|有没有(?:按期|如期|按时)?(?:拆|清|改|挪|移|整改|消除))[^。？！?!]{0,12}?(?:没有记录|没记录|无记录|不知道|不清楚|说不好|说不准|不好说|不详|不确定)"
            // 期限过没过我也记不清: whether the deadline has passed, the asker cannot say
            + "|(?:期限|限期|期)(?:到底)?(?:过没过|到没到|过了没有|到了没有|过没|到没|届满没有|届满没)[^，。？！,?!]{0,6}?(?:记不清|不清楚|不知道|说不清|不记得|搞不清|说不准|说法不一致?|说法不一样|各执一词|有争议)");
    // (?<!到): 到没到期我还得查查 asks, it does not tell
    private static final Pattern DEADLINE_NO = Pattern.compile("(?<!复议|诉讼|申请|起诉)期限(?:尚|还)?(?:未|没有?)届满|还没到期|期限未到|(?<!到)未到期|才第.{1,3}天|期限还没到|还没到期限|(?<!到)没到期限|(?<!到)没到期|还在期限内"
            // 在法定期限内未申请行政复议: the appeal period, not the deadline to correct
            + "|(?<!法定|复议|诉讼)期限内" + NOTHING_APPLIED + "|限期还没到|还没过期|还有几天|刚下[^，。？！,?!]{0,2}?(?:限期|整改|改正)[^，。？！,?!]{0,4}?通知(?![^。？！?!]*?(?:(?:已经?|早就?|早已|现在早)(?:逾期|过期)|过期了|逾期了|期限已过|早过了|期限过了))|刚责令"
            // 叫他一个月里头改正，这才过了十天; 期限到下个月底: the time given still runs
            + "|(?:这才|才刚|刚刚?|(?<=[，,]|^)才|(?:现在|目前|如今)才)过(?:了|去)?(?:[一二两三四五六七八九十0-9]{1,3}天|一个?(?:礼拜|星期|周))|(?<!法定|复议|诉讼|申请)期限(?:是)?到(?:下个?月|明年|下周|下星期)"
            // 限期恢复植被的期限明年春天才到: the deadline set falls later
            + "|(?<!法定|复议|诉讼|申请)期限[^，。？！,?!]{0,8}?(?:才到|才满|才届满|还早)"
            // 期限还有十天, 还有五天才到期: days of the time given are left
            + "|(?<!法定|复议|诉讼|申请)期限还(?:剩|有)[一二两三四五六七八九十几0-9]{1,3}天|还(?:剩|有)[一二两三四五六七八九十几0-9]{1,3}天(?:才)?(?:到期|期满|届满)"
            // 加盖部分已由李某自行拆除, 已经按期整改: corrected within the time given
            // (是否已自行改正尚未复查 asks it)
            + "|(?<!是否|有没有|是不是|会不会)(?:已|已经|早已)(?:由[^，。？！,?!]{1,8}?)?自行(?:拆除|拆掉|拆了|清除|清理|改正|整改)|(?<!是否|有没有|是不是)已(?:经)?(?:按期|如期)(?:拆除|改正|整改)"
            // 期满复查发现已经建立了生产记录: the check after the deadline found it put right
            + "|(?:期满|到期|期限届满)(?:后|时)?[，,]?(?:复查|回访|检查)(?:时)?[，,]?(?:发现)?[\\p{IsHan}]{0,6}?(?:已经|已)(?:把[^，。？！,?!]{1,8}?)?(?:建立|改正|整改到位|整改完毕|拆除|拆了|清理|清除|补上|补办|设置|消除|恢复)(?![^。？！?!]{0,12}?(?:一部分|一半|部分|不全|不完整|还不够|还差|没完|但|可是|不过))");
    /** 期限还没到，到期后他们能拆吗: the act asked is for after the deadline. */
    private static final Pattern ASKS_AFTER_DEADLINE = Pattern.compile(
            // 如果到期还不改，我们就准备依法组织拆除: the act planned for the day the deadline passes uncorrected
            "(?:如果|要是|假如|若是?|万一)(?:到期|期满|期限到了|过了期限|逾期)(?:以后|之后|后)?(?:他|她|对方|当事人)?(?:还|仍|仍然|依然|还是)?(?:不改|没改|不整改|没整改|不拆|没拆|不改正)[^。？！?!]{0,6}?[，,](?:我们|乡里|镇里)?(?:就)?(?:准备|打算|要|想|再)?"
                    // (…如果到期还不改就拆；但今天能不能先强制拆除: asked for now)
                    + "(?![^。？！?!]*?(?:现在|眼下|今天|马上|立即|立刻|提前|先(?:强|拆)))"
                    + "|(?:还没到|没到|未到|未届满|没届满)[^。？！?!]{0,6}?[，,](?:等)?(?:到期|期满|期限届满|期限过了)(?:以后|之后|后)"
                    // 到期后他肯定也不拆，我们现在能先强拆吗: asked for now, not for after the deadline
                    + "(?:(?!现在|眼下|先|提前|马上|立即|立刻|今天|这会儿)[^。？！?!]){0,12}?(?:能|可以|可不可以|行不行|能不能)");
    private static final Pattern NOT_ORDERED = Pattern.compile("(?:不必|不用|无需|无须|不需要|不需|不先|没有先|没先)(?:先)?(?:责令|下[^，。？！,?!]{0,4}?通知|给[^，。？！,?!]{0,4}?(?:整改|改正)期限)|没(?:有)?给[^，。？！,?!]{0,6}?(?:整改|改正)期限|没有责令|没下.{0,6}通知|没给.{0,12}下过.{0,8}通知|还没下.{0,8}通知|还没责令|未责令|没通知.{0,4}改|没让他改|没(?:有)?让(?:他|她|他们|人家)改|(?:还)?没(?:有)?要求(?:他|她|他们|对方|人家|其)(?:限期)?(?:改|整改|改正)|(?:还)?没(?:跟|和|给)(?:他|她|他们|人家)说(?:让)?(?:他|她|他们)?改|刚发现就(?:罚|处罚|强拆|拆|扣)|(?:还)?没(?:有)?(?:叫|让)(?:他|她|他们|人家)(?:拆|改|整改|停|清)|没有下达|没下达|(?<!责令[^。？！?!]{0,30})(?<!(?:觉得|认为|以为|估计|猜)[^，。？！,?!]{0,12})直接(强拆|拆)|第一次发现|首次发现"
            // 限期改正通知书写好了，…通知书到现在也没送到他本人手里: an order never served binds no one yet
            + "|(?:改正|整改|停止建设|拆除)[^。？！?!]{0,6}?通知书?[^。？！?!]{0,24}?(?:没|未|没有)(?:能|有)?(?:送到|送达|交到|送出去|送过去)(?:给)?(?:他|她|本人|户主|当事人|对方)"
            // 还没下过责令改正, 镇里还没人去找过这户: no order yet
            + "|没(?:有)?下过(?:责令|限期|整改|改正)|还没(?:有)?人?(?:去|上门)?找过(?:这户|这家|他|她|当事人|对方)"
            // 通知书…一直没送达, 还没送出去
            + "|通知书?[^。？！?!]{0,16}?(?:一直|还|尚|都)(?:没|未)(?:有)?(?:送达|送出去|送过去|送到|发出|下达)"
            // 整改通知书还没发下去: the order that the fine waits on is not out yet
            + "|(?:整改|改正|隐患整改|限期整改|责令改正)通知书?(?:目前|现在)?(?:还|尚|都)?(?:没|未)(?:有)?(?:发|下发|送达|送|印发)(?:下去|出去|出|到)?");
    /** 逾期未改正的，将责令停产停业整顿; 逾期不消除火灾隐患的，乡政府将给予警告: what a notice threatens once its deadline passes. */
    private static final Pattern THREATENED_AFTER_DEADLINE = Pattern.compile(
            "(?:逾期|过期)(?:仍)?(?:未|不|没有?)(?:改正|整改|改|拆除|履行|清除|恢复|搬离|消除[^，。？！,?!；;]{0,6}?)(?:的|者)[，,]?[^，。？！,?!；;]{0,10}?(?:将|会|要|依法|一律|就)"
                    + "|逾期(?:仍)?(?:未|不|没有?)(?:改正|整改|拆除|履行|清除|恢复|搬离|消除[^，。？！,?!；;]{0,6}?)[，,][^，。？！,?!；;]{0,10}?(?:将|会)(?:依法)?"
                    // 通知书上面写明“逾期不改正，责令停产停业整顿”: the notice's words quoted
                    + "|(?:写明|写着|写的是|上写|载明)[：:]?[“\"]?(?:逾期|过期)(?:仍)?(?:未|不)(?:改正|整改|改)[^。”\"]{0,4}?[，,]?(?:责令|罚|停|处|依法)"
                    // 如逾期不改正, 如果责令改正后逾期不改, 等到期了还不改, 到期后仍不改正的: the overdue case supposed
                    + "|(?:如|如果|若|要是|假如|倘若)[^，。？！,?!]{0,8}?逾期(?:仍)?(?:未|不|没有?)(?:改正|整改|改|拆除|消除)|等到期了?(?:还|仍)(?:不|没)(?:改|拆|整改)|到期后(?:仍|还)(?:不|未|没)(?:改正|整改|改|拆除)的");
    private static final Pattern DEADLINE_YES = Pattern.compile("逾期|过了期限|期限已过|期限(?:早就?|早已)?过了[^，。？！,?!]{0,4}?(?:还是|仍然?|也|还)?(?:没|不|未)(?:改|拆|清(?!楚))|已过期限|期限届满|到期.{0,4}(没|未|不)改|到期[^，。？！,?!]{0,6}?(?:还是|仍然?|也|都)(?:没|未|不)(?:设|改|拆|清|配|搬|整改|加|挪)|到期仍|到期了|拒不改正|拒不整改|还不改|仍不改|仍未改|一直不改|就是不改|没有改正|不整改|不拆|拒不拆除|限期(?!内)[^，。？！,?!；;]{0,8}(没|未|不)(改|拆)|过期(?:了)?(?:还|仍|也|都)?(?:没|未|不)(?:改|整改|拆)"
            // 期满复查发现还没建立: the check after the deadline found it not put right
            + "|(?:期满|到期|期限届满)(?:后)?[，,]?(?:复查|检查|回访)(?:时)?[，,]?(?:发现)?(?:还是|仍然?|依然|还|也)?(?:没|未|没有)(?:建立|改正|整改|拆|清理|清除|补|设置|消除|恢复)");
    private static final Pattern OBSTRUCTED_NO = Pattern.compile("没人阻拦|没人拦|没有人拦|还没人拦|没有阻拦|没阻拦|无人阻拦|没有拖延|没拖延|也没拖|没拖|很配合|都配合|主动配合|没拦|没有拦|不拦|主动帮|帮着拆|自己拆了|自行拆除了|无任何阻拦|没有任何阻拦|无阻拦|没有任何人阻拦|(?<![不没])(?:自行|主动|积极)配合拆除");
    /** 如遇阻拦, 万一有人阻拦, 遇到阻拦的话, 预计会有村民阻拦: an obstruction only supposed or expected. */
    private static final Pattern OBSTRUCTION_SUPPOSED = Pattern.compile(
            "(?:如遇|若遇|如有|如果|要是|假如|假若|倘若|万一|一旦|届时|预计|估计|可能|(?<![正已])(?:若|怕)|到时候?)[^，。？！,?!]{0,14}?(?:阻拦|阻挠|拖延|不让|拦着|不配合)(?:(?:和|或者?|、)(?:阻拦|阻挠|拖延))?(?![^，。？！,?!]{0,3}?了)"
                    + "|(?:阻拦|阻挠|拖延)(?:和拖延|和阻拦)?的话");
    private static final Pattern OBSTRUCTED_YES = Pattern.compile("阻拦|阻挠|拖延|不让|拦着|不配合|拒不执行|拖着"
            // 拦在口门处阻止施工，劝说仍拒不离开
            + "|阻止|拦在|挡在|堵在|拒不离开|拒不撤离|拒绝撤离|不肯离开|不肯撤");

    // 换一块, 那一块地, 3块石碑: a piece of something, not yuan
    // 一块宅基地 is a plot; 五千块宅基地有偿使用费 is money
    private static final String PIECE_NOT_MONEY = "(?![地田石砖板牌碑林空玻木布肉骨瓦荒坡草菜滩场]|儿地|耕地|自留地|宅基地(?![^，。？！]{0,6}?费))";
    private static final Pattern AMOUNT_DIGITS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万|千|k|K|w|W)?\\s*(元|块" + PIECE_NOT_MONEY + "|圆)");
    private static final Pattern AMOUNT_CHINESE = Pattern.compile("(?<![换另那这哪每同整])([零〇一二两三四五六七八九十百千万]+)\\s*(元|块" + PIECE_NOT_MONEY + "|圆)");
    /** 罚他五百, 罚它两万行不行, 乡里罚我五千: an amount just after 罚 needs no 元; 罚他一次, 罚三天 are no amounts. */
    private static final Pattern AMOUNT_AFTER_FINE = Pattern.compile(
            "罚(?:款|了|他|它|她|其|我们|俺们|我|俺|你|咱|对方|该户|这户|企业|厂家|老板|个|他个|它个|她个|(?:他|她|它|其)?一笔|公司|单位|厂子|店家|商户|那家|这家|个人|(?:他|她|其)(?:个人|本人)"
                    + "|(?:企业|公司|厂子|单位|厂里)?(?:主要)?(?:负责人|法人代表|法定代表人|厂长|场长|经理|老板)(?:个人|本人)?|直接负责人|直接责任人员?|直接负责的主管人员"
                    // 罚饭店一万, 罚那个村民五百: a business or a person named between 罚 and the sum
                    + "|(?:那个|这个|那|这)?[\\p{IsHan}&&[^零〇一二两三四五六七八九十百千万]]{0,3}?(?:店|馆|厂|场|社|吧|坊|铺|院|门市|门市部|村民|老汉|车主|司机|业主|户主|公司|企业|单位|超市|小卖部|养殖户|经营户|个体户)"
                    + "|(?:那个|这个)?(?:老|小)[\\p{IsHan}]|[\\p{IsHan}]某)?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*(万|千|w|W|k|K)?(?<tail>(?<=[万千wWkK])[1-9])?|([一二两三四五六七八九十百千万]*[十百千万][一二两三四五六七八九十百千万]*))"
                    + "(?![\\d零〇一二两三四五六七八九十百千万]|\\s*(?:天|日|个月|月|年|次|回|户|人|亩|棵|只|头|倍|遍))");

    private final Gazetteer gazetteer;
    private final List<String> placeNames;
    private final Pattern issue, levy, measure, designate, civil, penalize, revoke, approve, enforce, review, forward, file, adjudicate, mediate, pay, inspect,
            confirm, handle, organization, individual, responsible, detention, revocation, suspension, confiscation, businessRestriction,
            warning, criticism, fineWords, supplyCut, substitute, proceedsKept, internetCafe, entertainment;
    /** What a question asks to confiscate, in the order tried: a tool named beside gains is still a tool. */
    private final Map<Confiscated, Pattern> confiscatedWords = new LinkedHashMap<>();
    /** The forms of business restriction a question names, looked for only in the words that asked for one. */
    private final Map<Restriction, Pattern> restrictionWords = new java.util.EnumMap<>(Restriction.class);
    /** The acts that only guide the search, in the order tried when two end at the same place. */
    private final Map<Act, Pattern> softActs;

    /** The act, penalty-kind and party patterns come from catalog/vocabulary.tsv; the order they are tried in is below. */
    public QuestionReader(Gazetteer gazetteer, Vocabulary vocabulary) {
        this.gazetteer = gazetteer;
        this.placeNames = gazetteer.names();
        issue = vocabulary.question(Act.ISSUE_NORMATIVE_DOCUMENT);
        levy = vocabulary.question(Act.LEVY);
        // 罚款留在乡里当经费 is what is done with a fine the item grants, not a measure of its own: rules/money.drl refuses it
        proceedsKept = vocabulary.question(cn.quanze.catalogue.ProceedsUse.KEPT);
        measure = vocabulary.question(Act.MEASURE);
        designate = vocabulary.question(Act.DESIGNATE);
        civil = vocabulary.question(Act.CIVIL);
        penalize = vocabulary.question(Act.PENALIZE);
        approve = vocabulary.question(Act.APPROVE);
        revoke = vocabulary.question(Act.REVOKE);
        supplyCut = vocabulary.question(EnforcementManner.SUPPLY_CUT);
        substitute = vocabulary.question(EnforcementManner.SUBSTITUTE);
        internetCafe = vocabulary.question(cn.quanze.catalogue.Venue.INTERNET_CAFE);
        entertainment = vocabulary.question(cn.quanze.catalogue.Venue.ENTERTAINMENT);
        // 停了他家的电 is an enforcement asked as well as a manner 第四十三条 forbids: the words are the manner's
        enforce = Pattern.compile("(?:" + substitute.pattern() + ")|(?:" + vocabulary.question(Act.ENFORCE).pattern() + ")|(?:" + supplyCut.pattern() + ")");
        review = vocabulary.question(Act.REVIEW);
        forward = vocabulary.question(Act.FORWARD);
        file = vocabulary.question(Act.FILE);
        adjudicate = vocabulary.question(Act.ADJUDICATE);
        mediate = vocabulary.question(Act.MEDIATE);
        pay = vocabulary.question(Act.PAY);
        inspect = vocabulary.question(Act.INSPECT);
        confirm = vocabulary.question(Act.CONFIRM);
        handle = vocabulary.question(Act.HANDLE);
        organization = vocabulary.question(PartyType.ORGANIZATION);
        individual = vocabulary.question(PartyType.INDIVIDUAL);
        responsible = vocabulary.question(PartyType.RESPONSIBLE_PERSON);
        detention = vocabulary.question(PenaltyKind.DETENTION);
        revocation = vocabulary.question(PenaltyKind.LICENCE_REVOCATION);
        suspension = vocabulary.question(PenaltyKind.LICENCE_SUSPENSION);
        confiscation = vocabulary.question(PenaltyKind.CONFISCATION);
        businessRestriction = vocabulary.question(PenaltyKind.BUSINESS_RESTRICTION);
        warning = vocabulary.question(PenaltyKind.WARNING);
        criticism = vocabulary.question(PenaltyKind.CRITICISM);
        fineWords = vocabulary.question(PenaltyKind.FINE);
        for (Confiscated c : new Confiscated[] {Confiscated.TOOLS, Confiscated.FACILITY, Confiscated.GAINS, Confiscated.PREMISES, Confiscated.GOODS}) {
            confiscatedWords.put(c, vocabulary.question(c));
        }
        for (Restriction r : new Restriction[] {Restriction.LIMIT, Restriction.SUSPEND, Restriction.CLOSE}) {
            restrictionWords.put(r, vocabulary.question(r));
        }
        softActs = new LinkedHashMap<>();
        softActs.put(Act.REVIEW, review);
        softActs.put(Act.FORWARD, forward);
        softActs.put(Act.FILE, file);
        softActs.put(Act.ADJUDICATE, adjudicate);
        softActs.put(Act.MEDIATE, mediate);
        softActs.put(Act.PAY, pay);
        softActs.put(Act.INSPECT, inspect);
        softActs.put(Act.CONFIRM, confirm);
        softActs.put(Act.HANDLE, handle);
    }

    /** Characters that deny what follows them in the same clause: 没出现什么突发事件, 不属于紧急情况. */
    private static final String DENYING = "没无未不";
    private static final int DENIAL_WINDOW = 6;

    /**
     * TRUE when the question states what {@code p} describes, FALSE when every mention is denied (没出现什么突发事件,
     * 这不属于突发事件), null when it is not mentioned.
     */
    private static Boolean stated(Pattern p, String q) {
        return stated(p, q, false);
    }

    /** 能不能, 可不可以: an A不A question, whose 不 denies nothing. */
    private static final Pattern ASKING_A_NOT_A = Pattern.compile("能不能|可不可以|行不行|要不要|该不该|准不准|让不让");

    /**
     * @param asked the act described is the one the question asks (能不能当场把钱收了), so the 不 of an A不A question before
     *              it denies nothing; where the words describe a fact (能不能说成突发事件) that 不 still leaves it untold
     */
    private static Boolean stated(Pattern p, String q, boolean asked) {
        Matcher m = p.matcher(q);
        boolean mentioned = false;
        while (m.find()) {
            mentioned = true;
            int from = m.start();
            int clause = Math.max(0, from - DENIAL_WINDOW);
            for (int i = from - 1; i >= clause; i--) {
                if (Clauses.ENDS.indexOf(q.charAt(i)) >= 0) { clause = i + 1; break; }
            }
            String before = asked ? ASKING_A_NOT_A.matcher(q.substring(clause, from)).replaceAll("") : q.substring(clause, from);
            if (before.chars().noneMatch(c -> DENYING.indexOf(c) >= 0)) return Boolean.TRUE;
        }
        return mentioned ? Boolean.FALSE : null;
    }

    public ReadQuestion read(String question) {
        return read(question, null);
    }

    /** 办'征兵审批'，其实就是做初次兵役登记: the asker's own word in quotes, then what he means by it. */
    private static final Pattern RELABELLED = Pattern.compile(
            "[‘'“「]([^’'”」，。？！,?!]{1,10})[’'”」][^，。？！,?!]{0,4}?[，,—\\s]*(?:其实|实际上|说白了|说穿了)?(?:就是|也就是|即)");
    /** 想把它取缔了——责令他停止经营，把…没收: a loose verb the asker spells out after a dash; the acts spelt out are asked. */
    private static final Pattern EXPLAINED_VERB = Pattern.compile(
            "(?:把[^，。？！,?!]{0,6}?)?(?:取缔|整治|收拾|处理|清理|端掉|办)(?:了|掉|一下)?(?:——|—|--)(?=[^，。？！,?!]{0,4}?(?:责令|罚|没收|拆|扣|查封|警告))"
            // (…取缔了——责令他停止经营: a business stopped is the very restriction the loose verb may hide; kept)
            + "(?![^。？！?!]*?(?:停止经营|停止营业|停业|停产|关闭|关停))");
    /** 处罚：不涉及, 【处罚】无: a form's field saying no penalty is proposed asks none. */
    private static final Pattern NO_PENALTY_FIELD = Pattern.compile(
            "[【\\[]?(?:拟)?(?:处罚|罚款)(?:种类|意见|情况|金额)?(?:[】\\]][：:]?|[：:])\\s*(?:不涉及|无|暂无|不适用|否|—+|-+|／|/)(?=[；;，,。\\s|｜【]|$)");
    /** '执行处罚'，强行把人带离: a legal category the asker puts in quotes as his name for the act. */
    private static final Pattern QUOTED_LABEL = Pattern.compile(
            "[‘'“「]([^’'”」，。？！,?!]{0,6}?(?:处罚|审批|仲裁|处分|执法|罚没|罚金|许可|收费)[^’'”」，。？！,?!]{0,6})[’'”」]");
    private static final Pattern PENALTY_WORDS = Pattern.compile("行政处罚|处罚|执行");

    /**
     * The question with the asker's own names for the act set aside where he says what he means (其实就是…) or names the
     * act elsewhere ('执行处罚'，强行把人带离); a label that names a compulsion itself ('处罚拆除') keeps the compulsion only.
     */
    String relabelled(String q) {
        String s = RELABELLED.matcher(EXPLAINED_VERB.matcher(q).replaceAll("")).replaceAll("");
        Matcher m = QUOTED_LABEL.matcher(s);
        while (m.find()) {
            String label = m.group(1);
            String without = s.substring(0, m.start()) + s.substring(m.end());
            String compulsion = PENALTY_WORDS.matcher(label).replaceAll("");
            if (!compulsion.equals(label) && compulsionIn(compulsion)) {
                s = s.substring(0, m.start()) + compulsion + s.substring(m.end());
            } else if (firmAct(without, false) != null) {
                s = without;
            } else {
                continue;
            }
            m = QUOTED_LABEL.matcher(s);
        }
        return s;
    }

    /**
     * 诉求内容：…拍板… in a work order: the complainant's own words, which tell the matter but not the act the township asks
     * (that is in the county's 转办意见 and the township's own field after it: 镇里问：, 拟办意见：, 请示：).
     */
    private static final Pattern COMPLAINT_FIELD = Pattern.compile(
            "(?:诉求内容|来电内容|反映内容|举报内容|投诉内容|诉求)[：:][^\\n]*?(?=\\n|(?:转办意见|[\\p{IsHan}]{0,10}?拟办(?:意见)?|[\\p{IsHan}]{1,10}?(?:问|请示))[：:]|$)");
    private static final Pattern LATER_FIELD = Pattern.compile("(?:转办意见|拟办(?:意见)?|问|请示)[：:]");

    private static final Pattern PENALTY_REFERRED = Pattern.compile(
            "(?:需要?|应当?|该|须)(?:给予)?(?:行政)?(?:处罚|罚款)的[^，。？！；;]{0,4}?(?:移交|移送|报送|交由|转交|交给)[^，。？！；;]{0,14}");

    /** 下决定, 下个决定, 决定书: a decision said without what it decides (not 强制执行决定书, 拆除决定书). */
    private static final Pattern BARE_DECISION = Pattern.compile("下(?:个)?决定(?!书)|(?<![\\p{IsHan}])决定书|下(?:个)?决定书");

    /** The text without a work order's complaint field, when a field of the county or the township follows it. */
    static String withoutComplaint(String text) {
        Matcher m = COMPLAINT_FIELD.matcher(text);
        if (!m.find() || !LATER_FIELD.matcher(text).find(m.end())) return text;
        return text.substring(0, m.start()) + text.substring(m.end());
    }

    /** 最后一句, 后半句, 最后那条: the ask pointing at the end of a text it quotes. */
    private static final Pattern POINTS_AT_LAST = Pattern.compile("(?:最后|末尾|后半|最后那|最后这|末了)(?:一)?(?:句|条|段)");
    /** The text of the last “…” quote, its last sentence (to 。；; or the quote's end); null without a quote. */
    static String lastQuotedSentence(String q) {
        int close = q.lastIndexOf('”');
        int open = close < 0 ? -1 : q.lastIndexOf('“', close);
        if (open < 0) return null;
        String quote = q.substring(open + 1, close).replaceAll("[。；;\\s]+$", "");
        int cut = Math.max(Math.max(quote.lastIndexOf('。'), quote.lastIndexOf('；')), quote.lastIndexOf(';'));
        String last = quote.substring(cut + 1).strip();
        return last.isEmpty() ? null : last;
    }

    /** @param ownTownship the asking township (东冶镇), whose own name in the question is not a place asked about */
    public ReadQuestion read(String question, String ownTownship) {
        if (question == null || question.isBlank()) return ReadQuestion.NOTHING;
        String q = NO_PENALTY_FIELD.matcher(relabelled(question.strip())).replaceAll("");
        // 除了罚款，能不能把挖沙船扣了: what follows 除了 is not what is asked.
        // 依据社会救助暂行办法第几条: the name of a law asked after is no act (救助 there is not aid asked)
        String asked = EXCEPT.matcher(APPROVAL_NOT_ASKED.matcher(CITED_LAW.matcher(q).replaceAll("依据")).replaceAll("")).replaceAll("");
        asked = withoutComplaint(asked);
        // 发现问题责令整改，需处罚的移交县应急管理局: a penalty left to another body is not asked of the township
        asked = PENALTY_REFERRED.matcher(asked).replaceAll("");
        asked = READER_CHECKS.matcher(asked).replaceAll("可否？");
        // …直接作出审批决定，没有再报县应急管理局: a step told as not taken is no act asked
        asked = STEP_NOT_TAKEN.matcher(asked).replaceAll("");
        // 能调解吧？要是调解不成，能不能直接判给一家: of two questions, the act is read from the second (the penalty kind
        // and the facts still from the whole question)
        String bothAsked = asked;
        Matcher second = SECOND_QUESTION.matcher(asked);
        // 能检查吧，顺便指导一下: what is done along (顺便, 一并) is asked only when it is a firm act of its own
        boolean secondAsked = second.find() && !(ALONG.matcher(second.group(1)).lookingAt() && firmAct(second.group(1), false) == null);
        if (secondAsked) asked = second.group(1);
        // 乡里能开证明，那乡里能不能卖点毒性中药给他: a power granted, then 那 and the question really asked
        Matcher then = THEN_ASK.matcher(asked);
        boolean thenAsked = then.find() && !(ALONG.matcher(then.group(1)).lookingAt() && firmAct(then.group(1), false) == null);
        if (thenAsked) asked = then.group(1);
        // “……；逾期不拆除的，由我乡组织强制拆除。”主要想问最后一句能不能写: the ask points at the quote's last sentence
        if (POINTS_AT_LAST.matcher(asked).find()) {
            String last = lastQuotedSentence(q);
            if (last != null) asked = last;
        }
        // 报县里批准 / 帮他报批: asking to forward for someone else's approval, not to approve.
        boolean forwardForApproval = FORWARD_FOR_APPROVAL.matcher(asked).find();
        if (forwardForApproval) asked = FORWARD_FOR_APPROVAL.matcher(asked).replaceAll("转报");
        // 承包经营权证换发的初审: the review of an issue, not the issue
        asked = REVIEW_OF_ISSUE.matcher(asked).replaceAll("初审");
        // 罚款不交，乡里申请法院强制执行: the court enforces, on the township's application; the township compels nothing
        // (a mediation agreement the township would have enforced is still its own compulsion asked)
        if (!mediate.matcher(asked).find()) asked = COURT_ENFORCES.matcher(asked).replaceAll("向法院申请");

        Double amount = amount(q);
        String withoutAsides = EXCEPT.matcher(q).replaceAll("");
        Double multiple = multiple(withoutAsides);
        PenaltyKind kind = penaltyKind(withoutAsides, amount);
        if (kind == null && multiple != null) kind = PenaltyKind.FINE;
        // 能罚吧？那顺便责令他补种树木: an order to put right, asked along with the penalty, is part of that penalty's
        // article; the question is read whole, as it is without the second clause
        if ((secondAsked || thenAsked) && asked.contains("责令") && penaltyKind(asked, amount) == null
                && penalize.matcher(bothAsked.substring(0, Math.max(0, bothAsked.lastIndexOf(asked)))).find()
                && !compulsionIn(asked) && !measure.matcher(asked).find()) {
            asked = bothAsked;
            secondAsked = thenAsked = false;
        }
        // 想罚1000元，直接下决定行吗: of a penalty named, the decision said bare is the penalty's decision, not an approval
        if (kind != null) asked = BARE_DECISION.matcher(asked).replaceAll("下处罚决定");
        Act act = null;
        boolean firm = true;
        // 镇里能审批临时建筑，……到期了还不拆，镇里能直接强拆吗: the act is the one the last 能 asks, when it names one;
        // a penalty named before it is still asked (能罚他五千，能铲除吗)
        // 罚款可以，那顺便把他的挖沙船扣了吧: when the second clause names a firm act of its own (a measure, a compulsion, an
        // approval: 另外能不能把他家的地收回来), that is
        // what it asks, not the penalty granted in the first (…那顺便责令他改正 still asks the penalty, checked as before)
        boolean penaltyAsked = kind != null && (!(thenAsked || secondAsked) || penaltyKind(asked, amount) != null
                || asked.contains("责令") || firmAct(asked, false) == null);
        Focus focus = new Focus(asked, penaltyAsked);
        Matcher lastAsk = LAST_ASK.matcher(asked);
        // 我镇已经罚款。请问能否扣押其采砂船: a penalty told as done is not asked together with the act that follows
        boolean penaltyDone = kind != null && penaltyKind(PENALTY_DONE.matcher(withoutAsides).replaceAll(""), amount) == null;
        if (lastAsk.find()) focus = narrow(focus, asked.substring(lastAsk.start(1)), kind, amount, penaltyDone);
        else {
            // 一是…二是…。请问我乡能否依据某文件，对名单进行审核？: a letter asks in its last sentence, after the facts; an act
            // told among the facts (县里征收…后) is not asked unless that sentence asks it too
            String sentence = lastSentence(asked);
            if (sentence != null && namesAct(sentence, amount)) {
                Focus narrowed = narrow(focus, sentence, kind, amount, false);
                focus = narrowed != focus || kind != null ? narrowed : new Focus(sentence, false);
            }
        }
        // 罚了不交，镇上去把他店的电表拔了，可以么: an ask word alone at the end asks about the clause before it
        Act whole = null;
        Matcher trailing = TRAILING_ASK.matcher(focus.text());
        if (trailing.matches()) {
            String before = trailing.group(1);
            String tail = before.substring(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
            // a fee, a pressure, a civil act or a revocation asked anywhere is never dropped for the clause that follows
            // (收了他二百元处理费，又罚款五百，行吗; 他家欠了村里的钱，镇里就不给他批宅基地，行吗)
            whole = firmAct(focus.text(), focus.penaltyAsked());
            boolean wholeRefuses = whole == Act.LEVY || whole == Act.MEASURE || whole == Act.DESIGNATE || whole == Act.CIVIL || whole == Act.REVOKE;
            // unlike a 能 in mid-question, the ask word at the end asks about that clause even after a penalty told (罚款不交),
            // unless the clause goes on from the one before (罚他三万，再责令限期拆了，中不中: the two asked together)
            if (!wholeRefuses) {
                Focus narrowed = narrow(focus, tail, kind, amount, !CONTINUING.matcher(tail).lookingAt());
                if (narrowed != focus) whole = null;
                focus = narrowed;
            }
        }
        asked = focus.text();
        penaltyAsked = focus.penaltyAsked();
        // the act the question asks of the township itself; for a document, the act the document would do
        act = whole != null ? whole : firmAct(asked, penaltyAsked);
        if (act == null) {
            firm = false;
            // The act asked is the one the question ends on (审核同意了……可以发放了吗 asks about paying);
            // between acts named at the same place, the order below decides.
            int last = -1;
            for (Map.Entry<Act, Pattern> soft : softActs.entrySet()) {
                Matcher m = soft.getValue().matcher(asked);
                int end = -1;
                while (m.find()) end = m.end();
                if (end > last) {
                    last = end;
                    act = soft.getKey();
                }
            }
            // 调了三次也没调成，能不能直接判一下…下个处理决定: a ruling asked anywhere outweighs the vaguest verb
            if (act == Act.HANDLE && adjudicate.matcher(asked).find()) act = Act.ADJUDICATE;
            // Paying out, registering and adjudicating are decisions of their own: asked of an item that only reviews
            // or mediates, they are refused (调解 a dispute is not 裁决 who owns the house).
            firm = act == Act.PAY || act == Act.CONFIRM || act == Act.ADJUDICATE;
        }
        Act content = act;
        boolean contentFirm = firm && act != null;
        if (issue.matcher(q).find()) {
            act = Act.ISSUE_NORMATIVE_DOCUMENT;
            firm = true;
        }

        // 罚企业负责人个人三万: the person in charge fined in his own name, beside or instead of the firm
        // 还没弄清是个人还是单位: the party is the open question, not read from either word
        // 是个人，不是单位: a kind of party denied is not the party
        String partyText = COMPLAINANT.matcher(PARTY_DENIED.matcher(q).replaceAll("")).replaceAll("");
        boolean declaredIndividual = PARTY_DECLARED_INDIVIDUAL.matcher(q).find();
        boolean declaredOrganization = PARTY_DECLARED_ORGANIZATION.matcher(q).find();
        PartyType party = partyLeftOpen(q) ? null
                : declaredIndividual != declaredOrganization ? (declaredIndividual ? PartyType.INDIVIDUAL : PartyType.ORGANIZATION)
                : PERSON_IN_CHARGE_FINED.matcher(q).find() ? personInCharge(q, partyText)
                : PERSON_FINED.matcher(q).find() && !declaredOrganization ? PartyType.INDIVIDUAL
                : organization.matcher(partyText).find() ? PartyType.ORGANIZATION
                : individual.matcher(partyText).find() ? PartyType.INDIVIDUAL : null;
        Penalty penalty = kind == null && amount == null ? null
                : new Penalty(kind, amount, kind == PenaltyKind.CONFISCATION ? confiscated(q) : null, multiple,
                        kind == PenaltyKind.BUSINESS_RESTRICTION ? restriction(withoutAsides) : null);

        // 要是突发山洪…现在还什么都没发生…到时候能征用吗: asked for the time supposed, not for now
        Boolean emergency = EMERGENCY_OPEN.matcher(q).find() ? null
                : EMERGENCY_SUPPOSED.matcher(q).find() && WHEN_IT_COMES.matcher(q).find() ? null
                : emergencyOver(q) || noDangerNow(q) ? Boolean.FALSE
                : EMERGENCY_SUPPOSED.matcher(q).find() ? null : stated(EMERGENCY_YES, q);
        Boolean ordered = null, passed = null;
        Boolean pastDeadlineDate = deadlineByEndDate(q);
        if (NOT_ORDERED.matcher(q).find()) {
            ordered = false;
            passed = false;
        } else if (ASKS_AFTER_DEADLINE.matcher(q).find()) {
            // 期限还没到，到期后他们能拆吗: the question asks about the time after the deadline; whether it then passes
            // uncorrected is still to be seen
            ordered = true;
        } else if (DEADLINE_NO.matcher(q).find() || deadlineNotRun(q) || Boolean.FALSE.equals(pastDeadlineDate)) {
            ordered = true;
            passed = false;
        } else if (Boolean.TRUE.equals(pastDeadlineDate) && !CORRECTION_UNKNOWN.matcher(q).find()) {
            ordered = true;
            passed = true;
        } else if (CORRECTION_UNKNOWN.matcher(q).find()) {
            // 是否拒不改正不详: whether the party corrected is the open question, read neither way
            ordered = null;
            passed = null;
        } else if (THREATENED_AFTER_DEADLINE.matcher(q).find()
                && !DEADLINE_YES.matcher(THREATENED_AFTER_DEADLINE.matcher(q).replaceAll("")).find()) {
            // 责令你厂十日内改正；逾期未改正的，将责令停产停业整顿: a notice's threat for after its deadline, no more
            ordered = true;
        } else if (DEADLINE_YES.matcher(q).find()) {
            ordered = true;
            passed = true;
        }
        // 没写是否已发布强拆公告，也没写当事人是否申请了复议: what is asked or left blank is not told either way
        String toldOfSteps = WHETHER_ASKED.matcher(q).replaceAll("");
        Boolean notice = NOTICE_NO.matcher(toldOfSteps).find() ? Boolean.FALSE : NOTICE_YES.matcher(toldOfSteps).find() ? Boolean.TRUE : null;
        Boolean appealOver = APPEAL_OPEN.matcher(toldOfSteps).find() && !APPEAL_OVER.matcher(toldOfSteps).find() ? Boolean.FALSE
                : APPEAL_DONE.matcher(toldOfSteps).find() ? Boolean.TRUE : null;
        // 如遇阻拦 supposes an obstruction; one told besides it (部分户主对清障进行阻拦和拖延) is still told
        Boolean obstructed = OBSTRUCTED_NO.matcher(q).find() ? Boolean.FALSE
                : OBSTRUCTED_YES.matcher(OBSTRUCTION_SUPPOSED.matcher(q).replaceAll("")).find() ? Boolean.TRUE : null;
        // 拆旧建新，又往外扩占了耕地: farmland said occupied outweighs the old plot
        Boolean farmland = FARMLAND_YES.matcher(q).find() ? Boolean.TRUE : FARMLAND_NO.matcher(q).find() ? Boolean.FALSE
                : OLD_PLOT.matcher(q).find() && !FARMLAND_NAMED.matcher(q).find() ? Boolean.FALSE : null;
        Boolean share = consentShare(q);
        // 45户签字同意，但村民会议还没开: a count of signatures is no consent the meeting gave when the meeting was not held
        boolean noMeeting = NO_MEETING_YET.matcher(q).find();
        Boolean consented = Boolean.FALSE.equals(share) || CONSENT_NO.matcher(q).find() ? Boolean.FALSE
                : share != null ? (noMeeting ? Boolean.FALSE : share)
                : CONSENT_OPEN.matcher(q).find() ? null : CONSENT_YES.matcher(q).find() ? Boolean.TRUE
                : noMeeting ? Boolean.FALSE : null;

        Set<Act> sets = EnumSet.noneOf(Act.class);
        if (act == Act.ISSUE_NORMATIVE_DOCUMENT) {
            // what the document would set is read from all it is said to say (野外用火的，罚款后再通报…), not only the
            // clause the question ends on
            // 不涉及罚款、收费和审批事项, 内容不设罚款: what the document is said not to set
            String says = NOT_SET_IN_DOCUMENT.matcher(withoutAsides).replaceAll("");
            if ((kind != null && penaltyKind(says, amount) != null) || penalize.matcher(says).find()) sets.add(Act.PENALIZE);
            if (enforce.matcher(says).find()) sets.add(Act.ENFORCE);
            if (approve.matcher(says).find() || LICENCE_REQUIRED.matcher(says).find()) sets.add(Act.APPROVE);
            if (levy.matcher(says).find() || FEE_DUTY.matcher(says).find()) sets.add(Act.LEVY);
            if (measure.matcher(says).find()) sets.add(Act.MEASURE);
        }
        return new ReadQuestion(act, firm && act != null,
                Facts.builder().location(place(withoutComparedPlaces(corrected(q), ownTownship), ownTownship)).partyType(party).penalty(penalty).emergency(emergency)
                        .orderedToCorrect(ordered).deadlinePassed(passed).obstructed(obstructed)
                        .noticePublished(notice).appealPeriodExpired(appealOver).alreadyFined(sameActFinedAgain(q))
                        .occupiesFarmland(farmland).villagersConsented(consented).build(),
                Set.copyOf(sets), act == Act.ISSUE_NORMATIVE_DOCUMENT ? content : null, contentFirm,
                // 罚款和扣车, 能强制拆除并罚吗: the penalty outranks the compulsion in firmAct, but both are asked
                act == Act.PENALIZE && firm && compulsionWithPenalty(asked) ? Act.ENFORCE : null);
    }

    /**
     * 不涉及罚款、收费和审批事项, 不增加审批、不收费、不设罚则, 没有罚则、收费、审批, 也不查封扣押: what a normative document is
     * said not to set, to the end of the clause (对不交罚款的暂扣三轮车 denies nothing: 不 then another verb).
     */
    private static final String NOT_SET_OBJECT = "(?:罚款|处罚|罚则|收费|摊位费|费用|审批|许可|强制(?:措施)?|查封|扣押|暂扣)";
    private static final Pattern NOT_SET_IN_DOCUMENT = Pattern.compile(
            // the denial: 不设, 未涉及, 不收, 没有规定; 没有 and 不 only right before what they deny (没收, 无证经营的罚款,
            // 没有许可证的摊贩罚款 deny nothing)
            "(?:(?:不|未)(?:涉及|设定?|含|包含|规定|增加|新增|新设|增设|另设|搞|收取?)|没(?:有)?(?:设定?|规定|涉及|搞)|也?没有(?=罚则|罚款|收费|审批|强制|查封|扣押|暂扣)|不(?=查封|扣押|暂扣|罚款|收费|审批|处罚))"
                    + "[^，。；;？！,?!、]{0,2}?" + NOT_SET_OBJECT + "(?:[^，。；;？！,?!、]{0,6}?(?:之类的?|等)?措施)?"
                    // 不设审批、罚款、收费: the objects listed after the first, nothing else (不收费、对乱倒垃圾的罚款 keeps the fine)
                    + "(?:(?:事项)?[、和及与或]?(?:不|未|没有)?(?:设|收|搞|涉及)?" + NOT_SET_OBJECT + "(?:事项)?)*");

    /**
     * 村民会议表决没过三分之二, 会议还没开: the two-thirds consent 农村土地承包法第二十八条第二款、第五十二条第一款 require is not
     * there; 村民会议三分之二以上同意了: it is. A hypothetical consent (如果…同意了) yields to a meeting not yet held.
     */
    private static final Pattern CONSENT_NO = Pattern.compile(
            "(?:没过|没到|没达到|不到|不足|未达到|未过|没有达到|没够)三分之二|三分之二[^，。？！,?!]{0,4}?(?:没|未|不)(?:同意|通过)"
                    + "|村民(?:代表)?会议[^，。？！,?!]{0,8}?(?:没通过|未通过|没过|还没开|没开|没有开|还没召开|没召开|不同意|否决|还没讨论|没讨论|没有讨论|还没表决|没表决)"
                    + "|(?:还没|没有|没|尚未)(?:开|召开)[^，。？！,?!]{0,4}?村民(?:代表)?会议"
                    // 乡里批准以后是不是就不用村民会议同意了: the consent is asked to be done without
                    + "|(?:不用|不需要|不必|无需|免去|省去|省掉|跳过|绕过|可以不要)(?:再)?(?:经过?)?(?:村民(?:代表)?会议|村民代表|村民)?[^，。？！,?!]{0,4}?(?:同意|表决|讨论|通过)"
                    // 开村民代表会议时只有一半代表同意: half is short of two thirds
                    + "|(?:只有|仅有|仅|才|刚)(?:一半|半数|二分之一|一小半|少数)(?:的)?(?:村民)?(?:代表|成员)?(?:同意|赞成|通过)");
    /** A head count, in figures or in words, captured as a group. */
    private static final String HEADS = "([0-9]{1,4}|[零一二两三四五六七八九十百]{1,5})";
    /** 村民代表共28人, 村民代表会议应到41人: the members counted (group 1), and what follows up to the next count. */
    private static final String MEMBERS_COUNTED = "村民(?:代表)?(?:会议)?[^。？！?!]{0,12}?(?:共|全体|总共|一共|应到)[^。？！?!0-9零一二两三四五六七八九十百]{0,6}?"
            + HEADS + "(?:人|名|户)[^。？！?!]{0,20}?";
    /**
     * The members and those who agreed (groups 1 and 2): 村民代表共28人，表决时只有16人同意; 应到41人、实到39人，同意33人 (the count
     * after 同意); 35个代表28个同意 and 村民代表45人里只有28人同意 (the representatives, then those who agreed).
     */
    private static final List<Pattern> CONSENT_COUNTED = List.of(
            Pattern.compile(MEMBERS_COUNTED + "(?:只有|仅有|仅|有|其中)?" + HEADS + "(?:人|名|户)(?:表示|签字|签名|签字表示|举手|书面)?(?:同意|赞成|投(?:了)?赞成票)"),
            Pattern.compile(HEADS + "(?:个|名|位)(?:村民)?代表[^。？！?!0-9零一二两三四五六七八九十百]{0,6}?"
                    + HEADS + "(?:个|名|位|人)(?:表示|签字|签名|签字表示|举手|书面)?(?:同意|赞成)"),
            Pattern.compile(MEMBERS_COUNTED + "(?:同意|赞成)(?:的有|的|票)?" + HEADS + "(?:人|名|户|票)"),
            // 村民代表45人里只有28人同意
            Pattern.compile("村民(?:代表)?" + HEADS + "(?:人|名|户)(?:里|中|当中|之中|里头|里面)[，,]?(?:只有|仅有|仅|有|其中)?"
                    + HEADS + "(?:人|名|户)(?:表示|签字|签名|签字表示|举手|书面)?(?:同意|赞成)"));

    /**
     * 全村村民代表共28人，表决时只有16人同意: whether those agreeing reach the two thirds 农村土地承包法第五十二条第一款 requires
     * (16 of 28 do not); null when no count is told.
     */
    static Boolean consentShare(String q) {
        Matcher m = CONSENT_COUNTED.stream().map(p -> p.matcher(q)).filter(Matcher::find).findFirst().orElse(null);
        if (m == null) return null;
        // 村干部上门让21人签字同意: signatures gathered with no meeting named are not the meeting's or the representatives'
        // consent (农村土地承包法第五十二条第一款); whether such a consent was given stays open
        boolean signedOnly = SIGNED.matcher(m.group()).find() && !q.contains("会议") && !q.contains("开会") && !q.contains("开了会");
        try {
            int all = count(m.group(1)), agreed = count(m.group(2));
            if (all <= 0 || agreed > all) return null;
            boolean enough = agreed * 3 >= all * 2;
            return enough && signedOnly ? null : enough;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final Pattern SIGNED = Pattern.compile("签字|签名");

    private static int count(String n) {
        return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : cn.quanze.citation.ChineseNumerals.toInt(n);
    }

    /** 村里还没开会，镇里先批了: no meeting yet, when no consent is told either. */
    private static final Pattern NO_MEETING_YET = Pattern.compile("(?:村里|村民们?|村民代表们?)(?:都)?(?:还)?(?:没|没有|尚未)(?:开|召开)(?:过)?会(?![^，。？！,?!]{0,2}?(?:传达|学习|部署))");
    /** 村民会议或村民代表会议是否已表决同意：材料中未载明: the consent asked in a form and left open. */
    private static final Pattern CONSENT_OPEN = Pattern.compile(
            "是否(?:已|已经)?(?:经)?[^，。？！,?!；;]{0,14}?(?:表决|同意|通过)[^，。？！,?!；;]{0,3}?[：:，,]?[^，。？！,?!；;]{0,6}?(?:未载明|没写|未写明|不清楚|不详|未说明|不知道|待查|未提供|没说)");
    private static final Pattern CONSENT_YES = Pattern.compile(
            "村民(?:代表)?会议[^，。？！,?!]{0,10}?(?:三分之二以上|三分之二多|通过了|同意了|(?:已经|已|都)(?:分别)?(?:讨论|表决)?(?:同意|通过))"
                    + "|三分之二以上[^，。？！,?!]{0,8}?(?:同意|通过)"
                    // 两个村都开了村民会议，讨论同意了: the consent in the clause after the meeting
                    // (not 准备开村民会议，讨论同意了再报: planned; not 通过了，不过只有六成人赞成)
                    + "|(?:开了|开过|召开了|召开过)[^，。？！,?!]{0,6}?村民(?:代表)?会议[，,]\\s*(?:大家|代表们|村民们)?(?:都)?(?:讨论|表决)?后?(?:一致)?(?:同意|通过)了(?![^。？！?!]{0,12}?(?:再|才|不过|但|只有|可是))"
                    // 经两村村民会议分别讨论同意 (not 须经…, 未经…: the law's requirement, or its want)
                    + "|(?<![须需要应必未没不])经[^，。？！,?!]{0,6}?村民(?:代表)?会议[^，。？！,?!]{0,6}?(?:讨论|表决)?(?:同意|通过)");

    /**
     * 村民代表会议讨论同意了, with no word of the villagers' meeting itself: a consent only the meeting can give where the
     * law names it alone (村民委员会组织法第三条第二款; 第二十四条 lets the meeting delegate only the matters it lists).
     */
    public static boolean consentByRepresentativesOnly(String q) {
        return q != null && q.contains("村民代表会议") && !q.replace("村民代表会议", "").contains("村民会议")
                && CONSENT_YES.matcher(q).find();
    }

    /** 不占耕地, 没占用农用地: the homestead takes no farmland (土地管理法第六十二条第四款、第四十四条); 占了耕地: it does. */
    // 村内空闲地, 原有的宅基地: the land 土地管理法第六十二条第三款 points homesteads to, already built land
    private static final Pattern FARMLAND_NO = Pattern.compile("(?:不|没|没有|未|不会)(?:占|占用|动|涉及)(?:了)?(?:耕地|农用地|基本农田|农田|庄稼地)"
            + "|(?:村内|村里|村中)(?:的)?(?:空闲地|闲置地)|(?<!不是|非)空闲地|原有的?宅基地");
    /**
     * 那块地已经划入永久基本农田, 选址在基本农田上: the site is permanent basic farmland, on which no villager's house may be
     * built (土地管理法第六十二条第三款: 不得占用永久基本农田); not when denied (不占基本农田, 不是基本农田, 避开了基本农田).
     */
    private static final Pattern ON_PERMANENT_FARMLAND = Pattern.compile(
            "(?:(?:划入|划进|划为|划成|属于|就是|都是|是|在|占(?:用)?了?)(?:了)?(?:永久)?基本农田(?:保护区)?"
                    + "|(?:永久)?基本农田(?:保护区)?(?:上|里|内|的地)(?:盖|建|修|批))"
                    // 选址在基本农田保护区以外: beside or outside it is not on it
                    + "(?![^，。？！,?!]{0,4}?(?:以外|之外|外|旁|边|附近))");
    private static final Pattern NOT_PERMANENT_FARMLAND = Pattern.compile(
            "(?:不|没|没有|未|并非|不是|不在|不属于|避开了?|不涉及|不占|没占|未占)(?:用|在|是|属于|划入|涉及|占用?)?(?:了)?(?:永久)?基本农田"
                    // 不知道选址是否属于基本农田: the site is still to be found out
                    + "|(?:是否|是不是|不知道|不清楚|不确定)[^，。？！,?!]{0,8}?基本农田");

    /** The site asked about is told to be permanent basic farmland (see {@link #ON_PERMANENT_FARMLAND}). */
    public static boolean onPermanentFarmland(String q) {
        return q != null && ON_PERMANENT_FARMLAND.matcher(q).find() && !NOT_PERMANENT_FARMLAND.matcher(q).find()
                && !FARMLAND_NO.matcher(q).find();
    }

    /**
     * 李某家已经有一处宅基地，老房子还住着人，不打算退: a household keeping the homestead it has asks for another (土地管理法第六十二条
     * 第一款 一户只能拥有一处宅基地); 把老宅卖了，现在又来申请 (第五款 出卖、出租、赠与住宅后，再申请宅基地的，不予批准).
     */
    private static final Pattern HOMESTEAD_HELD = Pattern.compile(
            "(?:已经|已|家里|家中|现在|目前|本来就?|原来就?)(?:还)?(?<![没未无])(?:有|拥有|占着|住着)(?:了)?(?:一处|一块|一个|两处)?(?:合法的?)?(?:宅基地|庄基地?)(?![^，。？！,?!]{0,4}?(?:证|登记))");
    // 在自家宅基地上盖房: the plot held is the one to be built on; 被征收了, 搬迁: the plot is gone
    private static final Pattern HOMESTEAD_GIVEN_UP = Pattern.compile("退出|退回|交回|交还|收回|腾退|复垦|拆旧建新|原址|原宅基地上|在老宅基地上|翻建|翻盖|已经拆|已拆|坍塌|倒塌|灭失"
            + "|在(?:自家|自己家?|他家|她家|这块|那块|该|现有的?|已有的?|这处|那处)?(?:的)?宅基地上(?:翻建|重建|翻盖|拆旧|盖新|建新|改建)|被征收|被征用|征收了|征用了|被占了|整体搬迁|易地搬迁|异地搬迁|移民搬迁");
    /** 儿子已经分户另过, 单独立户: the applicant is a household of its own, not the one holding the plot. */
    private static final Pattern HOUSEHOLD_SPLIT = Pattern.compile("(?<![没未不])(?:分户|分了户|分出户|另立户|单独立户|另立门户|单立户|分家另过|户口(?:已经|已)?分开)(?!了吗|没有)");
    private static final Pattern HOUSEHOLD_NOT_SPLIT = Pattern.compile("(?:没|未|不|没有|还没)(?:有)?(?:分户|分家|分开|立户)|户口(?:也|还)?(?:没|未|没有)(?:分|分开)|同一户|一户人|其实是一户"
            // 假分户, 准备让儿子分户后再申请: a split in name or only meant
            + "|假分户|假装分户|名义上分户|挂名分户|(?:准备|打算|想|要|计划|让[^，。？！,?!]{0,4}?)分户");
    /** 被征收后已经安置了一处新宅基地，又申请一处: a plot given in place of the one taken, held as the household's one. */
    private static final Pattern RESETTLED_PLOT = Pattern.compile("(?:安置|分配|分)了?(?:一处|一块)(?:新的?)?宅基地");
    private static final Pattern HOUSE_DISPOSED = Pattern.compile(
            "(?:卖了|卖掉了?|出卖了?|出售了?|出租了?|租出去了?|租给[^，。？！,?!]{1,6}?了|送给[^，。？！,?!]{1,6}?了|赠与了?|赠送了?|转让了?)[^，。？！,?!]{0,8}?(?:房|住宅|老宅|院子|宅院)"
                    + "|(?:房|住宅|老宅|院子|宅院)[^，。？！,?!]{0,6}?(?:卖了|卖掉了|出卖了|出售了|出租了|租出去了|送人了|转让了)");
    private static final Pattern APPLIES_AGAIN = Pattern.compile("再申请|又申请|又来申请|重新申请|又要|再要|另要|又想要|再批|另批|新申请");

    /** 李某家已经有一处宅基地，儿子已分户: the applicant split off from the household said to hold the plot. */
    private static boolean splitOff(String q, int held) {
        return HOUSEHOLD_SPLIT.matcher(q).find() && !HOUSEHOLD_NOT_SPLIT.matcher(q).find()
                && !HOLDER_IS_APPLICANT.matcher(q.substring(Math.max(0, held - 6), held)).find();
    }

    /** 儿子已分户，但儿子自己已经有一处宅基地: the plot held is the split household's own. */
    private static final Pattern HOLDER_IS_APPLICANT = Pattern.compile("儿子|女儿|自己|本人|名下");

    /** The household is said to keep a homestead while asking for another, or to have sold, let or given its house away. */
    public static boolean secondHomestead(String q) {
        if (q == null) return false;
        Matcher held = HOMESTEAD_HELD.matcher(q);
        if (held.find() && !HOMESTEAD_GIVEN_UP.matcher(q).find() && !splitOff(q, held.start())) return true;
        Matcher resettled = RESETTLED_PLOT.matcher(q);
        if (resettled.find() && APPLIES_AGAIN.matcher(q.substring(resettled.end())).find()) return true;
        Matcher disposed = HOUSE_DISPOSED.matcher(q);
        return disposed.find() && APPLIES_AGAIN.matcher(q.substring(disposed.end())).find();
    }

    /** 在原宅基地上拆旧建新: the old plot, no farmland — unless the question speaks of farmland as well (扩占了耕地, 新址在基本农田上). */
    private static final Pattern OLD_PLOT = Pattern.compile("(?<![不没未])(?:在|用)(?:原来的|原|旧|老)宅基地上|(?<![不没未]在)原址(?:上)?(?:拆旧|翻建|重建|翻盖)|拆旧建新");
    private static final Pattern FARMLAND_NAMED = Pattern.compile("耕地|农田|农用地|庄稼地|承包地|责任田|口粮田|基本农田|地里|田里|村外|新址|挪到|换个地方|另选|另找|再要一处|又要一处|再批一处|第二处");
    private static final Pattern FARMLAND_YES = Pattern.compile("(?<![不没未有会])(?:占|占用)了?(?:耕地|农用地|基本农田|农田|庄稼地)");

    /** 已经, 上次, 上个月: the words that put a penalty before the one asked. */
    private static final String EARLIER = "(?:已经|已|上回|上次|之前|先前|早就|都|上个月|上周|上星期|上礼拜|前几天|前些天|去年)";
    private static final Pattern FINED_BEFORE = Pattern.compile(EARLIER + "[^，。？！,?!]{0,16}?罚(?:过|了|款了)"
            // 已于上月罚款1000元; 已作出罚款1000元的决定; 已缴纳罚款1000元; 罚款2万元他也交了; 开了1000元罚单
            + "|已(?:经)?于[^，。？！,?!]{1,8}?(?:罚款|处以罚款|处罚款)[0-9一二两三四五六七八九十百千万]|已(?:经)?作出罚款|已(?:经)?缴纳(?:了)?罚款"
            // 他已经交了罚款; 罚款500元的决定已经作出并执行完毕; 已受过罚款处罚; 已罚他1000元
            + "|(?:已经|已)被罚(?:款)?[0-9一二两三四五六七八九十百千万]|(?:已经|已)(?:交|缴)(?:了|纳了?)?罚款|罚款[^，。？！,?!]{0,10}?决定(?:已经|已)(?:作出|做出|下达|执行)|(?:已经|已)受过罚款|已罚(?:他|她|其)?[0-9一二两三四五六七八九十百千万]"
            + "|罚款[0-9一二两三四五六七八九十百千万]+(?:元|块)?[^，。？！,?!]{0,4}?(?:交了|缴了|已交|已缴)|开了[0-9一二两三四五六七八九十百千万]+(?:元|块)?的?罚单"
            // 上周已经罚款500元; 4月罚过500元; 已经交了500元罚款
            + "|已(?:经)?罚款[0-9一二两三四五六七八九十百千万]|罚过[0-9一二两三四五六七八九十百千万]+(?:元|块)|交了[0-9一二两三四五六七八九十百千万]+(?:元|块)?罚款|罚过(?:一回|一次|了)|开(?:过|了)(?:一次|一回|一张)?罚单|开(?:过|了)[^，。？！,?!]{1,8}?的罚单"
            // 当场罚了他五十块: a fine with its sum, told as done
            + "|罚了(?:他|她|它)?[0-9一二两三四五六七八九十百千万]+"
            // 罚了东阳村一个烧秸秆的800元
            + "|罚了[^，。？！,?!]{1,20}?[0-9一二两三四五六七八九十百千万]+(?:元|块)"
            // 罚款决定我们2022年10月就下了: the decision told as made
            + "|罚款决定[^，。？！,?!]{0,16}?(?:就|已经|早就|早)?(?:下了|作出了|做出了|下过)"
            // 县公路段于11月20日已就同一遗洒行为对其罚款2000元
            + "|已(?:经)?就[^，。？！,?!]{1,12}?对(?:其|他|她)(?:处以?)?罚款[0-9一二两三四五六七八九十百千万]");
    private static final Pattern SAME_ACT = Pattern.compile("同一(?:个|件)?(?:事|违法|行为|问题|检查)|同一[\\p{IsHan}]{1,4}?行为|就是这(?:把火|回|次|件事)|同一(?:回|次|把火)|还是那(?:一)?(?:回|次|件|个)|就是?那(?:一)?(?:回|次|件)|[那这]一?回事|那一回的事|为这(?:件)?事|这一?起(?=[\\p{IsHan}]{0,4}?[，,])|一个事|还是那(?:间|栋|座|块|片|处|条|棵|批)|就这(?:件|个)事|就这堆|同一堆|再多罚|凑够|追加(?:一次|一笔|一点)?罚款"
            // 就这次焚烧, 针对那一次倾倒: the act named as the one told
            + "|(?:就|对|针对|为)?(?:这|那)一?(?:次|回|起)(?!又)(?=[\\p{IsHan}]{0,4}(?:焚烧|倾倒|排放|砍|挖|占|建|违法|行为|事|用火|堆放|放牧|采|烧|倒|处理过|已经))"
            + "|这一起|(?:就|为|对)此事(?=[^，。？！,?!]{0,6}?罚)");
    private static final Pattern FINE_AGAIN = Pattern.compile("再(?:罚|补罚|处罚|[^，。？！,?!]{0,12}?罚)|补罚|还(?:想|要)罚|另行(?:罚款|处罚|罚)|补(?:一个|个)?[^，。？！,?!]{0,8}?罚款|又罚|重罚一|罚第二次|加罚|接着罚|继续罚|追加(?:一次|一笔|一点)?(?:罚款|处罚)|还(?:能|可以|能不能|可不可以|能否)(?:再)?[^，。？！,?!]{0,8}?罚");

    /** 准备罚款3000元, 拟处以罚款: a fine the township means to impose. */
    private static final Pattern FINE_PLANNED = Pattern.compile("(?:准备|打算|拟|计划|想)(?:对(?:他|她|其)|给(?:他|她))?(?:罚款|罚(?:他|她|其)?[0-9一二两三四五六七八九十百千万]|处以罚款|处罚款|处罚)");

    /** 还是那一回的事，已经罚过一回了，能再罚吗: the same act, fined already, asked to be fined again (行政处罚法第二十九条). */
    static Boolean sameActFinedAgain(String q) {
        // 开了两张罚单，一张1500一张1000: one act fined in two tickets is fined twice (not 两次焚烧各开一张)
        if (SPLIT_TICKETS.matcher(q).find() && !NEW_ACT_TOLD.matcher(q).find() && !ANOTHER_MATTER.matcher(q).find()
                && !TWO_ACTS.matcher(q).find() && !AGAIN_ELSEWHERE.matcher(q).find()) return Boolean.TRUE;
        Matcher told = FINED_BEFORE.matcher(q);
        if (told.find()) {
            // 已经就这件事罚了8000元…还放了两个初中生进去，这是另一件事: the fine asked is for another act
            // 镇里准备罚款3000元。不过县公路段上个月已经就这同一次遗洒罚过他: the fine planned is told before the one made
            if (SAME_ACT.matcher(q).find() && (FINE_AGAIN.matcher(q).find() || FINE_PLANNED.matcher(q.substring(0, told.start())).find())
                    && !ANOTHER_MATTER.matcher(q).find() && !NEW_ACT_TOLD.matcher(q).find()) return Boolean.TRUE;
            // 罚了他300元，……再罚他一次: the one fine told, the same fined once more; 已经按土地管理法第七十五条罚了，还能按
            // 森林法第七十四条再罚吗: the one act fined again under another provision
            String after = q.substring(told.end());
            if ((ONCE_MORE.matcher(after).find() || UNDER_ANOTHER_PROVISION.matcher(after).find()) && !ANOTHER_TIME.matcher(q).find()) {
                return Boolean.TRUE;
            }
        }
        Matcher other = FINED_FOR_SAME_ACT.matcher(q);
        if (!other.find()) {
            // 县农业农村局上周已经罚了，镇里还能依种子法罚吗: the one act told, fined by another body, then a fine asked
            Matcher body = FINED_BY_ANOTHER_BODY.matcher(q);
            if (!body.find()) return null;
            String after = q.substring(body.end());
            return AGAIN.matcher(after).find() && (!ANOTHER_TIME.matcher(q).find()
                    || (SAME_ACT.matcher(q).find() && !NEW_ACT_TOLD.matcher(q).find())) ? Boolean.TRUE : null;
        }
        String after = q.substring(other.end());
        if (ANOTHER_TIME.matcher(after).find()) return null;
        // a draft decision: 处罚内容：警告并罚款2万元 … 另：县局已就同一行为对其作出过罚款决定 — the fine proposed comes first
        return FINE_ASKED_AFTER.matcher(after).find() || PROPOSED_FINE_BEFORE.matcher(q.substring(0, other.start())).find() ? Boolean.TRUE : null;
    }

    /** 开了两张罚单, 罚款分成两笔开, 一张1500一张1000: one fine split into tickets. */
    private static final Pattern SPLIT_TICKETS = Pattern.compile(
            "(?:开了?|开出|下了?|出了?)(?:两|二|2|几)张(?:罚单|罚款单|罚款决定书|处罚决定书|决定书)|(?:罚单|罚款)(?:分|拆)(?:成|开|为)?(?:两|二|2|几)(?:张|次|笔)(?![^，。？！,?!]{0,3}?(?:缴|交|付|还|收))"
                    + "|分(?:成)?(?:两|二|2)(?:次|笔|张)(?:罚|开)|一张[0-9一二两三四五六七八九十百千万]+[^，。？！,?!]{0,4}?一张[0-9一二两三四五六七八九十百千万]+"
                    // 乙又开300元罚单, 又补开500元罚单, 罚了两千又补了一千, 各开一张罚单
                    + "|(?:分|拆)(?:成|开|为)(?:两|二|三|四|五|2|3|4|5|几)张|罚单开了(?:两|二|三|2|3|几)张|一张罚[^，。？！,?!]{0,8}?[0-9一二两三四五六七八九十百千万]+[^。？！?!]{0,8}?一张罚"
                    + "|(?:又|再)(?:补)?开(?:了|出)?(?:一张)?[0-9一二两三四五六七八九十百千万]*(?:元|块)?(?:钱)?(?:的)?罚(?:款)?单|又补(?:了|开了?|罚了?)?[0-9一二两三四五六七八九十百千万]+"
                    // 按第105项罚1500，又按第111项罚500: one act fined under two provisions
                    + "|罚(?:了|款)?[0-9一二两三四五六七八九十百千万]+(?:元|块)?[^。？！?!]{0,16}?又(?:按|依|依据|根据|适用)[^，。？！,?!]{1,14}?罚"
                    // 罚款1000元，逾期不交，再罚他一千; 加处已到2000元，再另外罚他一千: an unpaid fine met by another fine
                    + "|(?:不交|没交|拒交|拒不缴纳|逾期不交|逾期未交|逾期不缴|加处[^，。？！,?!]{0,8}?)[^。？！?!]{0,8}?(?:再|又|另外)(?:另外)?(?:罚|开)(?:他|她|其)?[0-9一二两三四五六七八九十百千万]");
    /** 2023年因盗伐被法院判处拘役并处罚金: a sentence told for an earlier act. */
    private static final Pattern PAST_SENTENCE = Pattern.compile(
            "(?:(?:19|20)[0-9]{2}年|去年|前年|之前|以前|曾经?|上次)[^，。？！,?!]{0,12}?被[^，。？！,?!]{0,6}?判[^，。？！,?!；;（(]{0,16}");

    /** 刘某的妻子往河沟倒垃圾，对户主刘某罚款: one of the family did it, and the one fined is the one named before (第四条). */
    private static final Pattern FAMILY_DID_IT = Pattern.compile(
            "(?<who>[\\p{IsHan}]某)的(?:儿子|女儿|妻子|老婆|媳妇|丈夫|老公|父亲|母亲|爸爸|妈妈|孙子|孙女|弟弟|哥哥|姐姐|妹妹)[^。？！?!]{0,40}?"
                    + "(?:罚|对)(?:户主|家长)?\\k<who>(?!的)");

    /** 他儿子（10岁）在旁边玩耍: a clause with someone only beside the act. */
    private static final Pattern BYSTANDER = Pattern.compile("[^，。；;？！,?!]*(?:在旁边|在一旁|在边上)(?:玩耍|玩|看着|站着|看热闹|围观|看)[^，。；;？！,?!]*");

    /** 他的父亲曾被法院判处罚金, 邻居上个月被派出所罚款: a sentence or fine told of someone else. */
    private static final Pattern OTHERS_SENTENCE = Pattern.compile(
            "(?:父亲|母亲|爸爸|妈妈|哥哥|弟弟|姐姐|妹妹|儿子|女儿|丈夫|妻子|老婆|邻居)[^，。？！,?!]{0,8}?被[^，。？！,?!]{0,8}?(?:判|罚)[^，。？！,?!；;]{0,12}");
    /** 这次焚烧, 此次, 新的一次, 刑满释放后又: the act asked told apart from an earlier one. */
    private static final Pattern THIS_TIME = Pattern.compile("这次|此次|这回|新的一次|刑满|出狱后");

    /** 羊是托给邻居放的, 雇人放的羊: the animals or the work left in another's hands, who may be the doer. */
    private static final Pattern IN_ANOTHERS_HANDS = Pattern.compile("托给[^，。？！,?!]{0,6}?(?:放|看|管)|交给[^，。？！,?!]{0,6}?(?:放|看管)|雇[^，。？！,?!]{0,6}?(?:放|看)");

    /** The question says the animals or the work were left in another's hands (托给邻居放的). */
    public static boolean leftInAnothersHands(String q) {
        return q != null && IN_ANOTHERS_HANDS.matcher(q).find();
    }

    /** 周五又在西地焚烧, 这回又烧: the act done again, elsewhere or later (not 罚了两千又补了一千). */
    private static final Pattern AGAIN_ELSEWHERE = Pattern.compile(
            "又(?:在|把|往|去|跑到)|这[次回]又|(?:这个月|今天|今年|这回|周[一二三四五六日]|星期[一二三四五六日天]|第二天|隔天|次日)又|别的地块|另一块地");

    /** 两次焚烧, 烧了两回, 两处: two acts told, each of which may be fined. */
    private static final Pattern TWO_ACTS = Pattern.compile("(?:两|二|2|几)(?:次|回|起|处|块)(?!罚|开)|[烧倒砍挖排占建盖采]了(?:两|二|2|几)(?:次|回)|(?:每次|每回)各(?:开|罚)");

    /** 处罚内容：警告并罚款2万元, 处罚决定：罚款, 拟罚款: the fine a draft proposes. */
    private static final Pattern PROPOSED_FINE_BEFORE = Pattern.compile(
            "(?:处罚内容|处罚决定|拟处罚|拟处理|处理意见|拟作出)[：:]?[^。？！?!]{0,20}?(?<![不免没])罚款|拟(?:并处)?罚款");

    /** 决定罚款3万元, 再罚: a fine asked (not 不罚款, 免罚). */
    private static final Pattern FINE_ASKED_AFTER = Pattern.compile("(?<![不别免没])(?:罚款|罚[0-9一二两三四五六七八九十百千万]|再罚|罚(?:他|她|它|其)?(?:吗|么|不|一下)|处罚(?:吗|他|她|它|不))");
    /** 这次是新的一次: a later act of the same kind, not the one fined. */
    private static final Pattern ANOTHER_TIME = Pattern.compile("新的一次|一次新的|新的(?:焚烧|违法|行为)|别的地块|另一块地|又一次|这次是另(?:一|外一)(?:次|回|件)|另一次|另一件|另一(?:个|起)违法"
            + "|这[次回]又|又(?:在|把|往|去)|不是同一|别的事|另外的事|他又|又[^，。？！,?!]{0,3}?了一(?:回|次)|(?:这个月|今天|今年|这回)又"
            // 罚了以后还在排: the act went on after the fine, which may be a new one
            + "|罚(?:了|完|过)(?:以后|之后)?[^，。？！,?!]{0,4}?(?:还|又|仍|继续|照样)|仍然|依然|还在|继续(?!罚)");

    /** 这个月又烧了, 一次新的焚烧, 别的地块: a new act told in so many words. */
    private static final Pattern NEW_ACT_TOLD = Pattern.compile(
            "新的一次|一次新的|新的(?:焚烧|违法|行为)|别的地块|另一块地|(?:这个月|今天|昨天|前天)又(?:在[^，。？！,?!]{0,6}?)?(?:烧|倒|砍|挖|排|占|建|盖|采|放|卖)");

    /** 这是另一件事, 两码事, 不是同一个违法行为: the act now asked about said to be another than the one fined. */
    private static final Pattern ANOTHER_MATTER = Pattern.compile("另一件|另一(?:个|起|项)(?:违法|事)|不是同一|别的事|另外的事|另一回事|两回事|两码事|另案");

    /** 再罚他一次, 再罚一笔: the fine told, imposed once more. */
    private static final Pattern ONCE_MORE = Pattern.compile("再[^。？！?!]{0,16}?罚(?:他|她|它|其)?一(?:次|回|笔|遍|下)|补罚|追加(?:罚款|罚)");

    /** 还能按森林法第七十四条再罚, 再按公路法罚一次: a fine asked under another law or item than the one told. */
    private static final Pattern UNDER_ANOTHER_PROVISION = Pattern.compile(
            "(?:再|还能|还可以|还想|又)(?:再)?(?:按|依|依据|根据|适用)[^，。？！,?!]{1,16}?(?:再)?(?:罚|处罚)");

    /** 县林业局已罚款, 生态环境局已经罚了, 森林公安罚过了: a fine told as imposed by a county body. */
    /** The ends of names of bodies that fine (县林业局, 县公路段, 市场监管所, 综合执法中队). */
    private static final String FINING_BODY = "局|公安|执法队|大队|中队|公路段|公路站|监管所|资源所|林业站";
    private static final Pattern FINED_BY_ANOTHER_BODY = Pattern.compile(
            "(?:县|市)?[\\p{IsHan}]{0,8}?(?:" + FINING_BODY + "|派出所)(?:上周|上个月|之前|前几天|早就|已经|已|都)?[^，。？！,?!]{0,14}?"
                    + "(?<![不没未])(?:罚(?:过|了)|罚款(?:了|[0-9一二两三四五六七八九十百千万])|已罚款|处罚(?:过|了))"
                    // 县林业局已于10月对其罚款
                    + "|(?:" + FINING_BODY + ")[^，。？！,?!]{0,12}?已(?:经)?[^，。？！,?!]{0,20}?(?:罚款|处以罚款)|已由[^，。？！,?!]{1,12}?(?:局|公安|大队)(?:作出)?(?:处罚|罚款)"
                    + "|已被[^，。？！,?!]{1,12}?(?:局|公安|大队)(?:处以?)?(?:罚款|处罚)");

    /** 县农业农村局已就同一行为对其作出过罚款决定, 然后(决定)罚款3万元: the same act fined already, by this body or another, then a fine. */
    private static final Pattern FINED_FOR_SAME_ACT = Pattern.compile(
            "就同一(?:个)?(?:违法)?(?:行为|事实|事情|件事)[^，。？！,?!]{0,10}?(?:作出|做出|下|给予|给了|开)(?:过|了)?[^，。？！,?!]{0,4}?(?:罚款|罚单)");

    private static final Pattern UNPROVEN = Pattern.compile(
            "证据不足|证据不够|证据不充分|没有证据|没证据|拿不出证据|找不到证据|无法证实|没法证实|证实不了|事实不清|查不清|没查清|没有查清|"
                    // 烧的人跑了，现在还不知道是谁
                    + "(?:还|仍|至今)?(?:不知道|不清楚|没查出|查不出|没认出)(?:是|到底是)?谁(?=[，。？！,?!；;]|$)|"
                    + "不知道?是?谁(?:干|烧|倒|弄|砍|挖|放|扔|盖|堆|抽|贴|画|刻|撒|洒|拉)|不知(?:道)?是谁的|找不到是谁|查不到是谁|没拍清楚?|看不清是谁|没人看见是谁"
                    // 可能是盗伐也可能是自家的树: which of two it was is not known
                    + "|可能是[^，。？！,?!]{1,12}?也可能是|(?:说不清|不知道|搞不清|弄不清)(?:是|到底是)[^，。？！,?!]{1,10}?还是"
                    // 证据尚不充分; 焚烧人尚未查明; 盗伐者目前尚未确定; 当事人身份尚在核实; 车辆归属尚在核查: who did it is not yet known
                    + "|证据(?:尚|还|仍|暂)(?:不充分|不足|不够)"
                    + "|(?:焚烧人|焚烧者|盗伐者|盗伐人|行为人|违法行为人|违法者|肇事者|倾倒者|倾倒人|当事人|车主|点火人|用火人|(?:烧|倒|砍|挖|点火|放火|用火|焚烧|倾倒|扔|偷)[\\p{IsHan}]{0,4}?的人)(?:身份)?(?:目前|现在|至今|暂时|一时)?(?:尚未|还没有?|没有?|未|仍未|(?:尚|还|仍|暂时?|一时)?(?:无法|不能|没法|难以))(?:确定|查明|查清|找到|查到|确认|认定)(?![^，。？！,?!]{0,2}?(?:何时|什么时候|是否|能否|自己|有没有|多少))"
                    + "|(?:焚烧人|焚烧者|倾倒人|倾倒者|行为人|点火人|(?:烧|倒|砍|挖|点火|放火|用火|焚烧|倾倒|扔|偷)[\\p{IsHan}]{0,4}?的人)(?:还|仍|尚)?(?:确定不了|确认不了|查不清|查不出来?|找不着|找不到)|查不出(?:是谁|谁)|找不到(?:焚烧人|焚烧者|倾倒人|行为人|点火的人|烧的人)"
                    + "|是谁[^，。？！,?!]{0,8}?(?:没人说得出|说不出|成谜|还在问|没认出|认不出)|(?:没|未)认出(?:来)?是谁|(?:放火者|肇事者|焚烧者|点火者|倾倒者)(?:身份)?(?:目前)?(?:不明|尚难认定|难以认定|难认定)"
                    + "|(?:还|尚|仍)(?:没|未)(?:有)?锁定|看不出(?:来)?是(?:哪家|谁|哪个)|是谁[\\p{IsHan}]{0,4}?(?:查不到|没查到|还没弄清楚?|没弄清楚?)"
                    + "|(?:身份|车辆归属|车的归属)(?:尚|还|仍)?(?:在|正在)(?:核实|核查|调查)"
                    // 是谁烧的还在调查; 甚人烧的秸秆还不知道咧
                    + "|(?:是谁|谁|甚人|啥人|什么人|哪个人)[\\p{IsHan}]{0,2}的[^，。？！,?!]{0,6}?(?:还在调查|正在调查|尚在调查|还在查|还不知道|尚不清楚|尚未查明|还没查明)"
                    // 是否李某所烧正在查; 车牌未看清，疑为本村王某的车
                    + "|是否[\\p{IsHan}]{1,6}?所(?:为|烧|倒|砍|挖|建|排)[^，。？！,?!]{0,4}?(?:正在查|还在查|尚在调查|正在调查|待查)|疑为[^，。？！,?!]{0,12}?(?:的车|所为|干的|烧的|倒的)"
                    // 违法人至今不明; 当事人身份待核; 焚烧者系何人尚在查证; 的人目前还没找着; 证据还在补充; 证据链还不完整; 暂定为; 初步锁定
                    + "|(?:违法人|违法行为人|行为人|当事人|焚烧者|点火人|盗伐者)(?:身份)?(?:至今|目前|现在|仍)?(?:不明|待查|待核实?|未明|有待[^，。？！,?!]{0,4}?核实)"
                    + "|系何人[^，。？！,?!]{0,4}?(?:尚在|还在|正在)|是谁[^，。？！,?!]{0,4}?(?:还在|正在|尚在)(?:排查|查证|核查)"
                    + "|的人(?:目前|现在|至今)?(?:还没|没有?|未)(?:找着|找到|抓到|追上)|跑了(?:没追上|没抓到|没找到)|大概率是|是谁还没(?:确定|查清|查明)|证据(?:还在|正在|尚在)(?:补充|收集|调取)|证据链(?:还|尚|仍)?不(?:完整|完善)"
                    + "|(?:的人|者|当事人|行为人)暂定为|初步锁定为|疑似(?:是)?[\\p{IsHan}]{1,6}?(?:所为|干的|烧的|倒的|的车)|大概是[^，。？！,?!]{0,8}?的车"
                    + "|到底是[^，。？！,?!]{1,10}?还是[^，。？！,?!]{1,12}?[，,]?[^。？！?!]{0,6}?(?:没有定论|没定论|还在查|尚无定论)");
    private static final Pattern RESOLVED_SINCE = Pattern.compile(
            "(?<![没未不])(?:后经|后来|现已|现在已经?|如今已|目前已|已经|经)(?:(?![没未不请要等])[^，。？！,?!]){0,10}?(?:查明|查清|查实|核实|确认|认定)了?(?:是|为|系)"
                    + "|核实了(?:他的|其|当事人)?身份|证据(?:已经|现已|已|都|也)?(?:充分|确凿|完整|齐全)|已(?:经)?排除|(?<![不没])承认了|(?:现在|现已|如今)(?:已经?)?查清(?:楚)?了?(?=[，。？！,?!；;]|$|就?是)|(?:本人|他本人|她本人)(?:也)?(?:已经)?(?:承认|认了)|承认是(?:他|她)");
    /** 冒领了多少还没查清: only the sum is not yet known (the fine is then checked against it), not the facts. */
    private static final Pattern SUM_ONLY_UNKNOWN = Pattern.compile(
            "(?<!事实和|事实与|事实、|事实及|事实跟)(?:多少|数额|金额|数目|钱数|多少钱|数量)还?$");

    /** …还是…, told right before 还没查清 in the same sentence. */
    private static final Pattern WHICH_OF_TWO = Pattern.compile("还是[^。？！?!；;]*$");

    /** The facts said not established or unproven (违法事实不清, 没查清是谁); not a sum alone still to be reckoned. */
    private static boolean unproven(String q) {
        Matcher m = UNPROVEN.matcher(q);
        while (m.find()) {
            // 起初焚烧人尚未查明，后经走访查明是村民赵某; 上回证据尚不充分…现在证据已经充分: settled since
            if (RESOLVED_SINCE.matcher(q.substring(m.end(), Math.min(q.length(), m.end() + 40))).find()) continue;
            boolean notYetReckoned = m.group().endsWith("查清") || m.group().equals("查不清");
            if (notYetReckoned && SUM_ONLY_UNKNOWN.matcher(q.substring(Math.max(0, m.start() - 6), m.start())).find()) continue;
            // 是看林人本人还是林业公司，还没查清: which of two readings is open, a fact to establish (as 尚未查清 is), not a case
            // unproven; the bare 没查清 (是王某烧的还是李某烧的没查清) still says the case is not made
            if (notYetReckoned && m.start() > 0 && "还尚".indexOf(q.charAt(m.start() - 1)) >= 0
                    && WHICH_OF_TWO.matcher(q.substring(Math.max(0, m.start() - 30), m.start())).find()) continue;
            return true;
        }
        return false;
    }

    /** 核实后发现他当时有采砂许可证，还在有效期内: the permit the item punishes the lack of was there, checked. */
    private static final Pattern PERMIT_HELD = Pattern.compile(
            "(?:核实|查实|查明|核查|一查|查了)[^。？！?!]{0,16}?(?<![没无未不有])(?<!没有|还没|并没)(?:拿到了|拿到|有|取得了|取得|办了|办过|持有)[^。？！?!，,]{0,16}?(?:许可证?|批准|批文|登记证)");
    /** 有采砂许可证，但在禁采区采; 只有营业执照，没有农药经营许可证: a permit that does not cover what was done. */
    private static final Pattern PERMIT_NOT_COVERING = Pattern.compile("但|超出|超过许可|超范围|范围以外|只有|没有[^，。？！,?!]{0,8}?(?:许可证|批文|登记证)");
    private static final Pattern PERMIT_LAPSED = Pattern.compile("过期|失效|吊销|撤销|假的|伪造|不是真的");
    private static final Pattern PERMIT_IN_FORCE = Pattern.compile("有效期内|(?:没|未)(?:被)?(?:撤销|吊销)|还有效|真实有效");

    static boolean permitHeld(String q) {
        Matcher m = PERMIT_HELD.matcher(q);
        if (!m.find() || PERMIT_NOT_COVERING.matcher(q.substring(m.start())).find()) return false;
        return PERMIT_IN_FORCE.matcher(q).find() || !PERMIT_LAPSED.matcher(q).find();
    }

    /** The verbs of a wrongdoing said not yet done or not found (还没烧呢, 去看了，人家没建房). */
    private static final String DEED = "建|盖|烧|砍|挖|倒|排|卖|采|占";
    /** 一根也没烧, 根本没烧秸秆, 从来没砍过: the act itself not done (a verb of wrongdoing, not 没办证 or 没批). */
    private static final Pattern NOT_DONE = Pattern.compile(
            "(?:一根|一棵|一次|一回|一车|一点)(?:也|都)(?:没|没有|不曾)(?:在[^，。？！,?!]{0,4}?)?(?:烧|砍|挖|倒|盖|排|卖|采|扔|放|占|建|碰|动)"
                    // 根本没建沼气池、储粪池: a duty not done is the wrongdoing itself
                    + "|根本(?:就)?(?:没|没有)(?:烧|砍|挖|倒|盖|排|卖|采|扔|放|占|建|碰|动)(?![^，。？！,?!]{0,10}?(?:设施|池|台账|制度|机构|档案|处理|防治|配套|措施|标志|围栏|防护))|从来(?:就)?(?:没|没有|不曾)(?:烧|砍|挖|倒|盖|排|卖|采|扔|占)过"
                    // 其实还没建，只是放话说要建: only said or planned, not done (过了期限还没建记录 is the omission itself)
                    + "|(?:其实|实际上)还没(?:有)?(?:" + DEED + "|开工|动工)(?![好完成起])|(?:只是|就是|光是)(?:放话说?要|说要|打算|准备)"
                    // 他明天要去烧，还没烧呢; 假如明年有人盖房，现在先发个罚款决定书: a wrongdoing still to come
                    + "|还没(?:有)?(?:" + DEED + "|开工|动工)呢"
                    // 打算元旦晚上通宵营业搞活动…活动还没办: an event planned, not yet held
                    + "|(?:活动|这事|那事)(?:还|都|也)?(?:没|没有|尚未)(?:办|搞|开始|举行|举办)"
                    // 现在还没人盖，就是先问问: no one has done it; the question is asked ahead
                    + "|(?:现在|目前|眼下|暂时)还?没(?:有)?人(?:" + DEED + ")(?![议设立])"
                    // 今年粉碎还田了，没烧，镇里能再罚吗: a clause of its own saying the act was not done
                    + "|(?:^|(?<=[，,。；;]))(?:今年|这次|这回)?(?:也|都|并|根本)?(?:没|没有)(?:" + DEED + ")(?:过)?(?=[，,。；;？！?!]|$)"
                    + "|(?:明天|明年|后天|下个月|过几天|以后|将来)[^。？！?!]{0,20}?[，,][^。？！?!]{0,16}?(?:先|提前|预先)[^，。？！,?!]{0,6}?(?:罚|处罚)"
                    // 俺们去看了，人家没建房: looked at, and the act is not there
                    + "|(?:去看了|一看|看了看|查了|去查了|现场看了)[，,]?(?:人家|他|她|他们|其实|发现)?(?:并)?没(?:有)?(?:" + DEED + ")"
                    // 他本人是按规定处理了的: the party did what the law asks
                    + "|(?:本人|他|她|他们|人家)(?:本人)?(?:是|都|已经|确实)?按(?:规定|要求|规矩)(?:处理|处置|办|做|弄)(?:了的|好了|过了|了)");
    // 老百姓意见很大, 我是一个村民, 接到群众举报: the people who complain or ask are not the party of the conduct
    private static final Pattern COMPLAINANT = Pattern.compile(
            "(?:老百姓|村民|居民|群众|农户|农民|游客|路人|周边住户|附近住户)(?:们)?(?:都|也|一直|多次|纷纷|天天|经常)?"
                    + "(?:意见|反映|投诉|举报|来电|打电话|上访|告状|不满|抱怨|怨声|反感|有怨言)"
                    + "|我(?:是|们是)(?:一个|一名|个|本村的?|这里的?)?(?:村民|居民|农民|老百姓|群众)"
                    + "|(?:接到|收到|据|根据)(?:村民|群众|老百姓|居民|游客)(?:们)?[^，。？！,?!]{0,4}?(?:反映|举报|投诉|来电|来信)");
    private static final Pattern PARTY_DENIED = Pattern.compile("(?:不是|并非|不属于|而不是|而非|不算)(?:什么)?(?:个)?(?:单位|企业|公司|个人|个体|饭店|商户)|非(?:企业|合作社|公司|单位)");
    /** 罚这名游客200元, 罚张某200元, 对他罚款: the one fined named as a person, though a business is named beside him (民宿的住客). */
    private static final Pattern PERSON_FINED = Pattern.compile(
            "(?:罚|处罚|对)(?:这名|该名?|这个|那个)?(?:游客|村民|住客|老人|个人|[\\p{IsHan}]某|他(?!们)|她(?!们))(?:个人)?[^，。？！,?!]{0,3}?(?:罚款)?[0-9一二两三四五六七八九十百千万]+(?:元|块)");
    /** A person, a unit and words saying which of them it was is not known, for {@link #PARTY_OPEN}. */
    private static final String PARTY_PERSON = "(?:个人|本人|老汉|老头|住户|村民|农户|自然人|个体|业主|游客)";
    private static final String PARTY_UNIT = "(?:单位|公司|企业|厂|合作社|回收站|站|商铺|店|铺子|养殖场|场|农家乐|民宿|客栈|宾馆|超市)";
    /** 干的, 弄的, 所为: what follows the doer in 是个人干的还是公司弄的. */
    private static final String DOER_SUFFIX = "(?:干的|弄的|搞的|做的|倒的|烧的|堆的|放的|扔的|排的|所为)?";
    private static final String PARTY_UNSURE = "(?:说不准|说不清|不一定|不清楚|不知道|不确定|没搞清|搞不清|没查清|没查实|未查清|未查实|尚未查实|尚未核实|未核实|没核实|还没定|没定下|没弄清|待查|正在核实|还在核实|尚在核实|待核实|有待核实|正在调查|还在调查|还在查)";
    private static final Pattern PARTY_OPEN = Pattern.compile("(?<!不管是|无论是|不论是|不管|无论|不论)(?:个人还是单位|单位还是个人|个人还是公司|公司还是个人|个人还是企业|企业还是个人)"
            + "|个人干的还是(?:单位|公司|企业|厂子?)|(?:单位|公司|企业|厂子?)干的还是个人"
            // 当事人到底是村里承包户个人还是那家林业公司，还没弄清楚
            // (尚不清楚是住户个人还是楼下商铺所为, 尚未查明是个人所为还是单位组织: a case file's party left open)
            + "|(?:到底|究竟)是[^，。？！,?!]{0,12}?(?:个人|户|村民|老百姓)[^，。？！,?!]{0,2}?还是[^，。？！,?!]{0,10}?(?:单位|公司|企业|厂|合作社)"
            + "|(?:到底|究竟)是[^，。？！,?!]{0,12}?(?:单位|公司|企业|厂|合作社)[^，。？！,?!]{0,2}?还是[^，。？！,?!]{0,10}?(?:个人|户|村民|老百姓)"
            + "|(?:不清楚|不知道|不确定|说不清|搞不清|没查清|未查清|未查明|尚未查明|没查明)是[^，。？！,?!；;]{0,8}?(?:个人|住户|村民|老百姓)[^，。？！,?!；;]{0,3}?还是[^，。？！,?!；;]{0,8}?(?:单位|公司|企业|厂|合作社|商铺|店|商户)"
            + "|(?:不清楚|不知道|不确定|说不清|搞不清|没查清|未查清|未查明|尚未查明|没查明)是[^，。？！,?!；;]{0,8}?(?:单位|公司|企业|厂|合作社|商铺|店|商户)[^，。？！,?!；;]{0,3}?还是[^，。？！,?!；;]{0,8}?(?:个人|住户|村民|老百姓)"
            // 可能是个人的，也可能是村里那家运输公司的
            + "|可能是个人[^。？！?!]{0,6}?也可能是[^，。？！,?!]{0,12}?(?:单位|公司|企业|厂|合作社)|可能是[^，。？！,?!]{0,12}?(?:单位|公司|企业|厂|合作社)[^。？！?!]{0,6}?也可能是个人"
            // 可能是哪个住户自己弄的，也可能是小区的物业公司干的; 可能是村民个人，也可能是村里一家运输公司
            + "|可能是[^，。？！,?!]{0,8}?" + PARTY_PERSON + "[^。？！?!]{0,8}?也可能是[^，。？！,?!]{0,12}?" + PARTY_UNIT
            + "|可能是[^，。？！,?!]{0,12}?" + PARTY_UNIT + "[^。？！?!]{0,8}?也可能是[^，。？！,?!]{0,8}?" + PARTY_PERSON
            // 车登记在个人名下还是旁边那家建材公司名下，车管所的信息还没回来; 到底是个别业主干的还是物业公司干的，还在调查
            + "|" + PARTY_PERSON + "[^。？！?!]{0,8}?还是[^。？！?!]{0,16}?" + PARTY_UNIT + "[^。？！?!]{0,20}?(?:" + PARTY_UNSURE.substring(3, PARTY_UNSURE.length() - 1) + "|还没回来|没回来|还没查到|没查到|还没出来)"
            + "|" + PARTY_UNIT + "[^。？！?!]{0,8}?还是[^。？！?!]{0,16}?" + PARTY_PERSON + "[^。？！?!]{0,20}?(?:" + PARTY_UNSURE.substring(3, PARTY_UNSURE.length() - 1) + "|还没回来|没回来|还没查到|没查到|还没出来)"
            // 还没弄清楚改仓库的是某个业主个人，还是小区里一家商贸公司
            // 还没搞清是哪个业主个人干的，还是开发商公司弄的
            + "|(?:不清楚|不知道|不确定|说不清|搞不清|弄清楚|查清楚|没查清|未查清|未查明|尚未查明|没查明|没搞清|没弄清)[^，。？！,?!；;]{0,8}?是[^，。？！,?!；;]{0,8}?" + PARTY_PERSON + DOER_SUFFIX + "[，,]?还是[^，。？！,?!；;]{0,10}?" + PARTY_UNIT
            + "|(?:不清楚|不知道|不确定|说不清|搞不清|弄清楚|查清楚|没查清|未查清|未查明|尚未查明|没查明|没搞清|没弄清)[^，。？！,?!；;]{0,8}?是[^，。？！,?!；;]{0,10}?" + PARTY_UNIT + DOER_SUFFIX + "[，,]?还是[^，。？！,?!；;]{0,8}?" + PARTY_PERSON
            // 烧东西的是汽修铺老板个人，还是那家汽修公司，现在说不准; 是哪家修理厂所为还是个人所为还没查清
            + "|是[^。？！?!]{0,16}?" + PARTY_PERSON + "[^。？！?!]{0,12}?还是[^。？！?!]{0,16}?" + PARTY_UNIT + "[^。？！?!]{0,16}?" + PARTY_UNSURE
            + "|是[^。？！?!]{0,16}?" + PARTY_UNIT + "[^。？！?!]{0,12}?还是[^。？！?!]{0,16}?" + PARTY_PERSON + "[^。？！?!]{0,16}?" + PARTY_UNSURE
            // 村里人说是收破烂那个老汉烧的，也有人说是村头那家废品回收公司烧的: two accounts, a person and a unit
            + "|说是[^。？！?!]{0,16}?" + PARTY_PERSON + "[^。？！?!]{0,20}?也有(?:人)?说是[^。？！?!]{0,16}?" + PARTY_UNIT
            + "|说是[^。？！?!]{0,16}?" + PARTY_UNIT + "[^。？！?!]{0,20}?也有(?:人)?说是[^。？！?!]{0,16}?" + PARTY_PERSON);
    /** 超过两年追责时效, 过了处罚时效, 已过追诉期: the limitation period of 行政处罚法第三十六条 said to have run. */
    private static final Pattern LIMITATION_RAISED = Pattern.compile(
            "(?<![没未不]|没有|不会|不能|尚未)(?:超过|超出|过了|已过|早过|早就过了)(?:了)?[^，。？！,?!]{0,6}?(?<!诉讼|民事)(?:追责|追究|追诉|处罚|行政处罚)?(?<!诉讼|民事)(?:时效|追诉期|追责期)"
                    + "|(?<!诉讼|民事)(?:追责|追究|追诉|处罚|行政处罚)?时效(?:已经?|早就?|早已)(?:过|过了|届满|超过|到了)");

    /** 是司机本人还是运输公司，尚未查清: the question says it is not yet known whether the party is a person or a unit. */
    public static boolean partyLeftOpen(String q) {
        if (q == null) return false;
        Matcher m = PARTY_OPEN.matcher(q);
        return m.find() && !PARTY_SETTLED.matcher(q.substring(m.end())).find();
    }

    /** 后来查清是运输公司的车: the party left open is settled later in the question. */
    private static final Pattern PARTY_SETTLED = Pattern.compile("(?:后来|最后|现在|现已|已经|经查|经调查|调查后)[^，。？！,?!]{0,4}?(?:查清|查明|查实|确认|核实)(?:了)?[，,]?(?:是|为|系)");

    /** 当事人：业主郑某（个人）, 当事人为自然人: the party's kind as a case file declares it, outweighing the words around it. */
    private static final Pattern PARTY_DECLARED_INDIVIDUAL = Pattern.compile(
            "当事人[：:为是][^，。；;？！\\n]{0,24}?[（(](?:个人|自然人|公民)[）)]|当事人(?:为|是)(?:个人|自然人|公民)(?![^，。；;？！]{0,4}?(?:还是|或))"
            // 对该商户（个体工商户个人）罚款: an individual business is a natural person (民法典第五十四条)
            + "|[（(]个体工商户(?:个人|本人)?[）)]|个体工商户个人"
            // 个体经营农家乐的老板: a business run by one person in his own name
            + "|个体经营(?:的|者)?(?!户和|户与)");
    private static final Pattern PARTY_DECLARED_ORGANIZATION = Pattern.compile(
            "当事人[：:为是][^，。；;？！\\n]{0,24}?[（(](?:单位|企业|公司|法人)[）)]|当事人(?:为|是)(?:单位|企业|法人)(?![^，。；;？！]{0,4}?(?:还是|或))");
    /**
     * A person in charge fined in his own name: the unit's responsible person when a unit is named or the words name him
     * only as such (罚那家公司的经理个人两万); an individual when no unit is named (小卖部老板个人, the shop being his own).
     */
    private PartyType personInCharge(String q, String partyText) {
        Matcher m = PERSON_IN_CHARGE_FINED.matcher(q);
        return (m.find() && responsible.matcher(m.group()).find()) || organization.matcher(partyText).find()
                ? PartyType.RESPONSIBLE_PERSON : PartyType.INDIVIDUAL;
    }

    private static final Pattern PERSON_IN_CHARGE_FINED = Pattern.compile(
            "(?:罚|处罚)[^，。？！,?!]{0,6}?(?:负责人|法人代表|法定代表人|厂长|场长|经理|老板|主要负责人)(?:个人|本人)"
                    // 对老板个人罚两万: the same, the person named before the fine
                    // 给物业公司经理个人罚2万, 对那家企业的主管负责人个人罚3万
                    + "|(?:对|给|把)[^，。？！,?!]{0,16}?(?:负责人|法人代表|法定代表人|厂长|场长|经理|老板)(?:个人|本人)(?![^，。？！,?!]{0,2}?(?:不|没|免|别))[^，。？！,?!]{0,2}?(?:罚|处罚)"
                    // 罚直接负责人一万五: those directly responsible are persons, fined as such where the article says so
                    + "|(?:罚|处罚)[^，。？！,?!]{0,4}?(?:直接负责人|直接责任人员?|直接负责的主管人员)"
                    // 对公司法定代表人张某处罚款一万五, 对企业主要负责人李某罚款: a person the law names apart from the unit (not
                    // 对该公司（法定代表人张某）罚款, which names the unit's representative)
                    + "|(?:对|给)[^，。？！,?!（(]{0,16}?(?:法定代表人|法人代表|主要负责人|企业负责人|单位负责人|公司负责人)[^，。？！,?!）)]{0,4}?(?:处以?|罚)"
                    // 对直接责任人罚两万: the same, the persons named before the fine (安全生产法第一百零五条)
                    + "|对(?:其)?(?:直接责任人|直接责任人员|直接负责的主管人员|主管人员)[^，。？！,?!]{0,2}?(?:罚|处罚)"
                    // 直接负责的主管人员罚两万: the same, said without 对
                    + "|(?:直接责任人员?|直接负责的主管人员)[^，。？！,?!]{0,2}?(?:罚|处罚)");

    /** 把村支书也罚一下, 罚那个文物建筑的看门人: a cadre or keeper asked to be penalised for another's act. */
    private static final Pattern NOT_THE_OFFENDER = Pattern.compile(
            "(?:把|对|给|连)[^，。？！,?!]{0,8}?(?:村支书|支书|村书记|村主任|村长|村干部|村委会主任|村委主任|看门人|看门的|管理员)(?:(?:也|一起|一块)?|(?:也|一起|一块)按[^，。？！,?!]{0,8}?)(?:罚|处罚)"
                    + "|(?:罚|处罚)[^，。？！,?!]{0,10}?(?:看门人|看门的)"
                    // 罚这个举报的, 先罚举报人: the one who reported it
                    + "|(?:罚|处罚)(?:一下)?(?:这个|那个)?举报(?:的|人)"
                    // 村主任知情不报，乡里罚村主任: a cadre who failed to report or stop it
                    + "|(?:知情不报|没管住|没管|没制止|没上报|不报告|没报告)[^。？！?!]{0,12}?(?:罚|处罚)(?:他|她|村主任|村支书|村干部|支书|村长)"
                    // 村民烧秸秆，村委会没管住，把村委会也一起罚了: the committee that failed to stop it
                    + "|(?:把|连)[^，。？！,?!]{0,6}?(?:村委会|村委|村两委|村民委员会)(?:也)?(?:一起|一块|一并|也)(?:罚|处罚)"
                    // 把家长也罚个500, 把举报人也按简易程序警告一下: one who was there or told of it, asked to answer as well
                    + "|(?:把|对|给|连)[^，。？！,?!]{0,8}?(?:举报人|家长|带孩子的|围观的)(?:也|一起|一块)[^，。？！,?!]{0,8}?(?:罚|处罚|警告)"
                    // 网吧是租的王某的房子。王某是房东，能不能一块罚: the landlord of premises another uses
                    + "|是房东[，,]?[^。？！?!]{0,8}?(?:一块|一起|也)(?:罚|处罚)"
                    // 挖砂的是项目部，村民只是把地租给了他们。能罚这个村民吗: the lessor of what another used
                    + "|(?:只是|只不过是?|仅仅是|仅是)把[^，。？！,?!]{0,8}?(?:租给|借给|转包给|包给|租出去)[^？！?!]{0,16}?(?:罚|处罚)(?:这个|那个|这户|那户|该)?(?:村民|房东|户主|出租人|人家|他|她)"
                    // 司机没钱就罚车主的老婆: a relative made to answer for the offender
                    + "|(?:没钱|找不到|跑了|不在家?|不交|交不起|不肯交)(?:的话)?[，,]?(?:就|那就)?(?:罚|找|让)[^，。？！,?!]{0,6}?(?:老婆|妻子|丈夫|媳妇|父母|爹|娘|儿子|女儿|家属|家人|亲戚)"
                    // 贴广告的人跑了，广告是打印店印的，罚打印店: the doer gone, one who only served him asked to answer
                    + "|的人(?:跑了|走了|溜了|找不到了?|没找到)[^？！?!]{0,40}?(?:罚|处罚)(?:这个|那个|那家|这家|该)?(?:打印店|印刷厂|印刷店|图文店|广告公司)"
                    // 罚林子的主人: the owner whose trees were stolen is the one wronged
                    + "|(?:罚|处罚)[^，。？！,?!]{0,8}?(?:的主人|失主|受害人|受害者)"
                    // 人出门打工去了，罚他爹: a parent for a grown child's act
                    + "|(?:罚|处罚)(?:他|她)(?:爹|妈|爸|父亲|母亲|老子|老爹|老娘|家长)"
                    // 罚村支书，说他没管好: a cadre penalised for not having stopped another
                    + "|(?:罚|处罚)(?:村支书|支书|村书记|村主任|村长|村干部)[^。？！?!]{0,8}?(?:没管好|没管住|管理不力|没看住|没制止)"
                    // 村支书没管住，罚村支书; 房东不管，罚房东: one who failed to stop another's act
                    + "|(?:没管住|没管好|管不住|不管|没看住|没制止|没拦住)[^。？！?!]{0,12}?(?:罚|处罚)[^，。？！,?!]{0,4}?(?:村支书|支书|村书记|村主任|村长|村干部|房东|家长)"
                    // 村委会没管好，干脆对村委会罚款2000元: the committee fined for a villager's act
                    + "|(?:没管住|没管好|管不住|没看住|没制止|没拦住)[^。？！?!]{0,12}?(?:(?:对|给|把)(?:村委会|村委|村两委|村民委员会)[^，。？！,?!]{0,3}?(?:罚|处罚)"
                    + "|(?:罚|处罚)[^，。？！,?!]{0,4}?(?:村委会|村委|村两委|村民委员会))");
    /** 查清楚了是隔壁老赵干的，能罚老王吗: the act found to be another's, and someone else asked to be penalised. */
    private static final Pattern DONE_BY_ANOTHER = Pattern.compile(
            "(?:查清楚|查清|查明|查实|一查|查了|经查|经调查|调查|核实(?:后)?(?:发现)?|实际上?|其实|后来[^。？！?!]{0,14}?(?:看|量|查|核实)了)了?(?:后|之后)?(?:发现)?[，,]?"
                    // 经查证实确实是邻居李某烧的
                    + "(?:证实|核实|确认|认定)?(?:了)?(?:确实|的确|确)?"
                    // 是他邻居李某砍的, 实际是褚某砍的; not 是他用电锯砍的 (how he did it) or 是他自己砍的
                    + "(?:其实|实际)?是(?:他|她)?的?(?:隔壁|邻居|别人|另外一个人|另一个人|外村的|外村人|外乡人|亲戚|儿子|女儿|老婆|媳妇|父亲|爹|哥哥|弟弟|兄弟|侄子)?((?:[\\p{IsHan}]某|老[\\p{IsHan}]|小[\\p{IsHan}])?)(?:(?:干|弄|砍|烧|倒|挖|盖|排|放|卖)的|在(?:卖|干|弄|经营))");
    /** 后来查清楚了，火是路过的人扔烟头引着的: the act found to be a passer-by's or an animal's, not the party's. */
    private static final Pattern FOUND_ANOTHERS = Pattern.compile(
            "(?:查清楚|查清|查明|查实)了?[，,—]*[^。？！?!]{0,4}?是(?:被)?(?:路过的人|过路的人|别人|外人|外村人|邻居|野狗|野兽|小孩)(?![^，。？！,?!]{0,4}?(?:雇|指使|叫他|让他|叫她|让她))[^，。？！,?!]{0,14}?(?:引着|引起|扔|干|弄|拖|叼|点|烧|倒|扒)");
    /**
     * 想罚KTV的收银员, 罚门卫个人, 罚车间的普通工人: an employee fined for what the business the article names did; the
     * business is the party (行政处罚法第四条). Not where the employee did the act himself (工人在林区抽烟).
     */
    private static final Pattern EMPLOYEE_PENALISED = Pattern.compile(
            "(?:KTV|歌厅|网吧|企业|公司|工厂|厂|店|超市|酒店|宾馆|单位|场所|作坊)[^。？！?!]{0,40}?(?:罚|处罚)[^，。？！,?!]{0,6}?(?:的)?"
                    + "(?:收银员|服务员|普通工人|普通员工|工人|员工|门卫|保安|店员|伙计|雇工|临时工|网管)");
    private static final Pattern EMPLOYEE_DID_IT = Pattern.compile(
            "(?:工人|员工|服务员|店员|伙计|雇工|临时工|门卫|保安|网管)[^，。？！,?!]{0,12}?(?:抽烟|吸烟|用火|点火|生火|烧|扔烟头|倒|扔|打)");
    private static final Pattern PENALISED_PERSON = Pattern.compile("(?:罚|处罚)(老[\\p{IsHan}]|小[\\p{IsHan}]|[\\p{IsHan}]某)");

    /** 后来才知道是教育局的工程队堆的，乡里能罚学校吗: a body found to have done it, and another body asked to be penalised. */
    private static final Pattern DONE_BY_ANOTHER_BODY = Pattern.compile(
            "(?:后来|原来|其实|实际上?|查清楚了?|查明了?|经查)[^。？！?!]{0,6}?(?:才)?(?:知道|发现|得知)?[，,]?是([\\p{IsHan}]{2,12}?)(?:堆|倒|挖|盖|烧|排|砍|弄|干|建|占)的");
    private static final Pattern PENALISED_BODY = Pattern.compile(
            "(?:罚|处罚)(学校|村委会|村委|企业|公司|厂家|工厂|合作社|医院|商店|超市|饭店|宾馆|物业|业委会)");

    static boolean doneByAnother(String q) {
        Matcher body = DONE_BY_ANOTHER_BODY.matcher(q);
        if (body.find()) {
            Matcher asked = PENALISED_BODY.matcher(q.substring(body.end()));
            if (asked.find() && !body.group(1).contains(asked.group(1))) return true;
        }
        Matcher done = DONE_BY_ANOTHER.matcher(q);
        if (!done.find()) return false;
        Matcher asked = PENALISED_PERSON.matcher(q.substring(done.end()));
        return asked.find() && !done.group(1).endsWith(asked.group(1));
    }

    /** 还没去现场核实, 改没改还没去看: the facts are not yet looked into; they must be established before a penalty. */
    private static final Pattern UNCHECKED = Pattern.compile(
            "还没(?:有)?(?:去)?(?:现场)?(?:核实|核查|调查|查实|查看|看过|去看)|都还没去现场|(?:没|未)(?:去)?现场(?:核实|核查|看过)"
                    // 人家不认，事实还在查: the inquiry is not over
                    + "|(?:事实|案情|情况)(?:还|仍|尚)?(?:在|正在)(?:查|调查|核实|核查)(?![清明实楚])(?![^，。？！,?!]{0,4}?(?:以后|之后|后))"
                    + "|(?:事实|案情)(?:还|尚)?(?:未|没)(?:查明|调查清楚|核实清楚)");
    /**
     * 不罚他说得过去吗, 能不能不处罚: leave asked not to penalise (罚不罚得, 可以不 — 可以吗 in Jin speech — are no such ask).
     */
    private static final Pattern REFRAIN = Pattern.compile(
            "(?<![罚能])不(?:罚款|予处罚|处罚|罚)(?:他|她|他们|它|人家|对方|这户|这家|饭店|企业|厂子|公司)?(?:这么多)?"
                    + "(?:也|的话)?(?:说得过去|行不行|行吗|行不|中不中|可以吗|可不可以|合适吗|没问题吧|没事吧|算不算失职|算失职吗)"
                    + "|(?:免于|免予|免除|不给|不予)(?:他|她)?(?:行政)?(?:处罚|罚款)(?:也)?(?:可以|行|中|说得过去|吗|么|可不可以|行不行)"
                    // 能不能不罚款，只责令他改正: another act asked in its place, which is what is answered
                    + "|(?:能不能|能否|可不可以|可否|可以|能)不(?:罚款|予处罚|予罚款|处罚|罚)(?![不得款])(?![，,]?(?:只|光|仅|就)(?:责令|让他|要求|警告|给予警告))");
    /** 租来的, 借的, 别人的: how a thing is said to be another's. */
    private static final String NOT_HIS = "租的|租来的|借的|借来的|别人的|他人的|朋友的|亲戚的|邻居的";
    /** 送货的面包车是租的，能没收吗; 没收他借来的三轮车: a thing to be confiscated that is said to be another's. */
    private static final Pattern OTHERS_PROPERTY = Pattern.compile(
            "(?<![不并])(?:是|都是|属于)(?:他)?(?:" + NOT_HIS + "|房东的|老板的|雇主的"
                    + "|他?(?:邻居|房东|朋友|亲戚|妻子单位|老婆单位|单位|公司|老板)的)"
                    // 用租的三轮车拉着卖, 开着公司的货车 (not 在租的店面里: the premises are not what is taken)
                    + "|(?:用|开着?|骑着?|拿着?|开的是|用的是)(?:他)?(?:" + NOT_HIS + "|公司的|单位的)(?![店门房厂场地摊铺])"
                    + "|借(?:了)?(?:邻居|朋友|亲戚|别人|他人)的"
                    // 车是他租别人的: hired or borrowed from another, so another's
                    + "|(?:是|系)(?:他|她)?(?:租|借)(?:的)?(?:别人|人家|他人|朋友|亲戚|邻居)(?:的|来的)"
                    + "|没收[^，。？！,?!]{0,12}?(?:租来的|借来的|别人的|他人的|朋友的|亲戚的|邻居的|房东的)");
    private static final String DENIED_VERB = "(?:烧|倒|扔|放|挖|砍|盖|建|卖|干|弄|排|占|堆|停|挡|开|掉|撒|洒)";
    private static final Pattern DENIES = Pattern.compile("不承认|不认账|不认帐|拒不承认|死不认|矢口否认|否认|说不是他|说不是自己|喊冤"
            // 人家不认，事实还在查 (not 不认罚, 不认错, 不认这个数额: the act admitted, the penalty disputed)
            + "|(?:人家|他|她|对方|当事人)(?:就是|死活|坚决)?不认(?![识得可为同罚错账帐]|这个(?:罚|数)|处罚|数额|决定)"
            // 对方说：“那些垃圾不是我烧的”, “我是在村外面放的，不在保护范围内”: the party's own denial, quoted
            + "|(?:说|讲|称|辩称|申辩|喊|来函|发函)[：:，,]?\\s?[“\"「][^”\"」]{0,24}?(?:不是(?:从)?(?:我|俺)(?!们|一个人|第一)|(?:我|俺)(?:从来|根本)?没(?:有)?(?:在[^，。”\"」]{0,6}?)?" + DENIED_VERB
            + "|不是(?:当事人|他|她)[^，。”\"」]{0,4}?" + DENIED_VERB + "的|(?:跟|和|与)(?:我|俺)(?:没|没有|无)关系|与(?:我|俺)无关|不关(?:我|俺)的事"
            + "|不在[^，。”\"」]{0,10}?(?:范围|区域|区)(?:内|里)?|在[^，。”\"」]{0,10}?(?:范围|区域|区)(?:以外|之外|外面|外边))");
    /** 经查就是他烧的, 有监控为证: the denial is answered in the question itself. */
    /** 王某称“我家地不在禁烧区内” (what the party denies is where it was), 镇里已查明该地块在禁烧区内: the township's finding answers it. */
    private static final Pattern PLACE_DENIED = Pattern.compile("[“\"「][^”\"」]{0,20}?(?:不在|不属于|不是)[^”\"」]{0,12}?(?:区|范围|区域|境内|地界)[^”\"」]{0,6}[”\"」]");
    private static final Pattern PLACE_FOUND = Pattern.compile(
            "(?:已|已经|经)(?:查明|查实|核实|核查|现场核实|实地核查)(?:了)?[^，。？！,?!]{0,16}?(?<![不没未非否])(?:在|属于|位于|就在)(?![^，。？！,?!]{0,2}?(?:不|没|否))");

    /** The party's only quoted denial is of the place, and the township's finding after it puts the place inside. */
    private static boolean placeDenialAnswered(String q) {
        Matcher denial = PLACE_DENIED.matcher(q);
        if (!denial.find()) return false;
        String rest = q.substring(0, denial.start()) + q.substring(denial.end());
        return !DENIES.matcher(rest).find() && PLACE_FOUND.matcher(q.substring(denial.end())).find();
    }

    private static final Pattern DENIAL_ANSWERED = Pattern.compile("(?:经查|查实|查明|核实|调查)[^，。？！,?!]{0,6}?(?:就是|确实是|确系|正是)"
            + "|有监控|监控(?:拍到|显示)|证据确凿|人证物证");
    private static final Pattern INCAPACITY = Pattern.compile("精神分裂|精神病|精神残疾|精神疾病|精神障碍|精神失常|精神不正常|精神有问题|脑子有病|智力残疾|智障|痴呆|傻子|疯子");
    private static final Pattern INCAPABLE = Pattern.compile(
            "(?:不能|没法|无法|控制不了|管不住)(?:辨认|控制|分辨)|(?:辨认|控制|分辨)不了|(?:发病|犯病|病发|病情发作)(?:的时候|时|期间|时候)?(?![^，。？！,?!]{0,4}?(?:不清楚|不知道|说不清|不确定|不好说|待查|没法确定))|不知道自己在干(?:啥|什么)|控制不住自己");
    /** 老板雇了13岁的孩子, 带着12岁的孙子, 让孩子去: an adult behind what the child did, who may be the offender. */
    private static final Pattern ADULT_BEHIND = Pattern.compile(
            "雇|招用|使用童工|带着|领着|指使|教唆|唆使|怂恿|(?:让|叫|派|要)(?:他|她|他们|孩子|小孩|娃|学生)[^，。？！,?!]{0,4}?(?:去|来|帮|替|给)|老板|大人让|家长让|父母让|家里让"
                    // 叫他13岁的儿子去把秸秆点了; 和刘某本人一起烧, 刘某点的火
                    + "|(?:让|叫|派|要)(?:他|她)?(?:的)?[^，。？！,?!]{0,8}?(?:儿子|女儿|孩子|小孩|娃|孙子|孙女)[^，。？！,?!]{0,4}?(?:去|来|帮|替|给)"
                    + "|(?:和|跟|同)(?:他|她|[\\p{IsHan}]{1,2}某)(?:本人)?一起");
    private static final Pattern UNDER_FOURTEEN = Pattern.compile("(?:未满|不满|不到|没满|没到)(?:十四|14)周?岁|(?:还)?差[^，。？！,?!]{0,6}?(?:满|到)(?:十四|14)周?岁");
    /** 看着十三四岁, 孩子说不清自己多大: a child who may be under fourteen, or not; to be checked. */
    private static final Pattern MAYBE_UNDER_FOURTEEN = Pattern.compile(
            // 看着十三四岁, 十二三岁的样子: an age guessed on either side of fourteen or below it
            "(?:十一二|十二三|十三四|11、12|12、13|13、14|1[123][到至~-]1[234])岁"
            // 孩子说不清自己多大: a child whose age is not known
            + "|(?:孩子|小孩|男孩|女孩|娃|少年|学生)[^。？！?!]{0,8}?(?:说不清|说不上|不知道|不清楚|搞不清)(?:自己)?(?:有)?(?:多大|几岁|年龄|岁数)"
            // 疑似未成年人, 看着像个中学生, 未成年人年龄不详: a doer who may be a child, his age not known
            + "|(?:疑似|疑为|像是|好像是|看着像|看样子是|估计是)(?:个|一个|一名|名|几个|两个)?(?:未成年人?|孩子|小孩|中学生|小学生|学生|少年)"
            + "|未成年人?[^，。？！,?!]{0,4}?(?:年龄|岁数)(?:尚)?(?:不详|不明|不清|未知|未核实|没核实)");
    private static final Pattern YEARS_AGO = Pattern.compile(
            "([0-9]{1,2}|[两二三四五六七八九十]{1,2})年(?:多|半|零[0-9一二三四五六七八九十]{1,2}个?月)?(?:前|以前|之前|头里)|(?<!今年|去年)前年|大前年|过去好几年|好几年(?:前|以前|了)");
    private static final Pattern FOUND_NOW = Pattern.compile("翻出(?:了)?旧账|翻旧账|(?:才|刚|最近|现在|今年)(?:才)?(?:第一次|头一回|头一次)?(?:被|让)?(?:有)?(?:人)?(?:发现|查出|知道|举报|反映|查到|告|投诉)"
            // 现在业主才投诉: someone named between the time and 才
            + "|(?:最近|现在|今年)[^，。？！,?!]{1,4}?才(?:来|去)?(?:发现|查出|知道|举报|反映|查到|告|投诉)"
            // 今年有人拿旧照片告, 今天有人举报: taken up only now
            + "|(?:今年|今天|最近|现在|这两天)(?:才)?有人[^，。？！,?!]{0,6}?(?:举报|告|投诉|反映)"
            // 当时没人发现: not discovered at the time (行政处罚法第三十六条 counts from the act, not from discovery)
            + "|(?:当时|一直|始终|那时|那会儿?)(?:都)?(?:没|没有|未|无)(?:人|被)?(?:发现|查到|查出|知道|举报|管|罚|处罚|处理)"
            // 今年审计发现了: found by an audit or a check this year
            + "|(?:今年|最近|现在)[^，。？！,?!]{0,4}?(?:审计|检查|巡查|核查|排查)(?:时|的时候)?(?:才)?(?:发现|查出|查到)"
            // 当时拍了照但是没人管，现在想翻出来: taken up only now
            + "|翻出来|翻旧账|翻老账"
            // 2022年的时候…，现在乡里还能罚吗: an old act taken up now
            + "|现在(?:乡里|镇里|乡上|镇上|我们)?还(?:能|可以|能不能|罚|处罚|要罚)|追着罚|追罚"
            // 想把2022年那次一起罚了: an old act taken up with a new one
            + "|(?:19|20)[0-9]{2}年(?:的)?(?:那|那一)(?:次|回|件事)(?=[^。？！]{0,10}?罚)"
            // 2021年烧的，今年又烧了一次，一起把两次都罚了
            + "|(?:一起|一并|一块)[^，。？！]{0,4}?(?:两次|几次|两回|几回)(?:都|全)?(?:罚|处罚)|(?:两次|几次|两回|几回)(?:都|全|一起)(?:罚|处罚)");
    /** 2021年秋天: a year named; three or more years before the day asked about is past the two-year limit whatever the month. */
    /** 2021, 二〇二一: a year in four figures, the group of {@link #YEAR_NAMED} and {@link #DATE_NAMED}. */
    private static final String FULL_YEAR = "((?:19|20)[0-9]{2}|[二两][零〇○][零〇○一二三四五六七八九]{2})";
    private static final Pattern YEAR_NAMED = Pattern.compile("(?<![0-9])" + FULL_YEAR + "年");
    /** 之后再没采, 早就不干了: the wrongdoing said to have ended; with a year long past, the two-year limit is to be checked. */
    private static final Pattern ENDED = Pattern.compile("(?:之后|以后|后来|此后|从那以后)(?:就|也)?(?:再)?(?:没|没有|不)(?:再)?[\\p{IsHan}]"
            + "|再(?:也)?没(?:有)?[采挖烧砍种卖倒盖建干弄犯排]|早就?(?:不|没)(?:干|弄|采|挖|卖|烧|种)了?|(?:已经|早就?)停(?:了|掉|产)"
            // 三年前就关了猪场
            + "|(?:就|早就?|已经)(?:关|停|拆)(?:了|掉)"
            // 后来清走了, 后来关门了
            + "|(?:后来|之后|以后)[^，。？！,?!]{0,4}?(?:清走|清理了|关门|关了|拆了|停了|搬走|改回|调岗|调离|恢复原样|恢复原状|补了|补办|补上)"
            // 之后一直规规矩矩: the wrong was not done again
            + "|(?:之后|以后|后来|此后)[^，。？！,?!]{0,3}?(?:一直)?规规矩矩");

    /** The year of a YEAR_NAMED or SPOKEN_YEAR match, read from Arabic or Chinese digits (二〇二一年). */
    /** One digit said in characters: 零, 〇 or ○ is 0, 两 is 2; -1 for any other character. */
    private static int digitOf(char c) {
        return "零一二三四五六七八九".indexOf(c == '〇' || c == '○' ? '零' : c == '两' ? '二' : c);
    }

    /** 2022年春节, 2024年夏天: a time of year said after the year, and the month it is counted as. */
    private static final Map<String, Integer> SEASON_MONTHS = seasonMonths();

    private static Map<String, Integer> seasonMonths() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String s : List.of("春节", "年初")) m.put(s, 2);
        m.put("春天", 4);
        for (String s : List.of("夏天", "夏季")) m.put(s, 7);
        for (String s : List.of("秋天", "秋季")) m.put(s, 10);
        for (String s : List.of("冬天", "冬季", "年底", "年末")) m.put(s, 12);
        // feast days by their month (the lunar ones in the month they mostly fall in)
        m.put("元旦", 1);
        m.put("清明节", 4);
        m.put("清明", 4);
        m.put("五一", 5);
        m.put("端午", 6);
        m.put("中秋", 9);
        m.put("国庆", 10);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * 2021年10月有人烧秸秆，2025年3月被人举报: a month named with its year, then a later one at which the act is reported,
     * found or taken up; more than two years between them passes 行政处罚法第三十六条's limit (years alone: three or more).
     */
    private static final Pattern DATE_NAMED = Pattern.compile(
            "(?<![0-9零〇○一二三四五六七八九十.．])(?:" + FULL_YEAR + "(?:年|[.．](?=[0-9]))"
                    // 21年10月, 一九年八月: a year of two figures, only with its month (开了10年, 树龄18年 are no dates)
                    + "|([12][0-9]|[一二][零〇○一二三四五六七八九])年(?=[0-9一二三四五六七八九十]{1,3}月))"
                    + "(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3})月?|(" + String.join("|", SEASON_MONTHS.keySet()) + "))?");
    /**
     * What follows the later date: the act reported, found or taken up (被人举报, 才处理, 乡里要按第112项处罚) — not the act
     * done again (2026年10月又烧秸秆被发现), which is a new act of that day.
     */
    private static final Pattern TAKEN_UP = Pattern.compile(
            "^[^，。；？！,;?!烧倒盖建挖砍占卖排采堆扔种]{0,24}?(?:举报|发现|查到|查出|查处|反映|投诉|处理|处罚|罚|立案|追究"
                    // 今年9月林长巡林时看到树桩, 今年10月县水利局转来线索: the act come to light
                    + "|看到|看见|得知|才知道|线索|供出|查清|查明|查实)");
    /** 从2024年5月到8月20日, 租期从2022年3月到2024年10月31日: the date the act ended, after the one it began. */
    private static final Pattern UNTIL = Pattern.compile(
            "^(?:[0-9]{1,2}[日号])?(?:起)?(?:到|至|—|－|-|~|～)(?:" + FULL_YEAR + "年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月");
    /** 2022年起, 2021年开始: a date from which the act goes on; the limit runs from its end (第三十六条第二款). */
    private static final Pattern GOES_ON = Pattern.compile("^(?:起|开始|以来|至今|到现在)");

    /** 情节一般, 情节较轻, 不算严重: the circumstances said to be ordinary. */
    private static final Pattern NOT_SERIOUS = Pattern.compile("情节(?:一般|较轻|轻微|不严重|不重|不算严重|并不严重)|(?:不算|并不|没那么|也不)严重");

    public static boolean saysNotSerious(String q) {
        return q != null && NOT_SERIOUS.matcher(q).find();
    }


    /** 今年12月, 今年三月份: a month of the year asked about. */
    private static final Pattern THIS_YEAR_MONTH = Pattern.compile("今年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月");

    /** Months from the first date named to the latest one at which the act is taken up; -1 when there are not two. */
    static int monthsUntilTakenUp(String q, Integer asOfYear) {
        Matcher m = DATE_NAMED.matcher(q);
        int first = -1, firstEnd = -1, latest = -1;
        while (m.find()) {
            int year = m.group(1) != null ? namedYear(m.group(1)) : 2000 + namedYear(m.group(2));
            int month = m.group(3) != null ? cn.quanze.citation.ChineseNumerals.spoken(m.group(3)) : m.group(4) == null ? 0 : SEASON_MONTHS.get(m.group(4));
            if (month > 12) continue;
            int at = year * 12 + (month == 0 ? 6 : month - 1);
            if (first < 0) {
                if (GOES_ON.matcher(q.substring(m.end())).lookingAt()) return -1;
                first = month == 0 ? year * 12 + 11 : at;  // a year alone: counted from its last month, the act's latest
                firstEnd = m.end();
                // a continuing act counts from its end (第三十六条第二款)
                Matcher until = UNTIL.matcher(q.substring(m.end()));
                if (until.lookingAt()) {
                    int endYear = until.group(1) != null ? namedYear(until.group(1)) : year;
                    int endMonth = cn.quanze.citation.ChineseNumerals.spoken(until.group(2));
                    if (endMonth >= 1 && endMonth <= 12) first = Math.max(first, endYear * 12 + endMonth - 1);
                    firstEnd = m.end() + until.end();
                    m.region(firstEnd, q.length());
                }
            } else if (TAKEN_UP.matcher(q.substring(m.end())).find()) {
                latest = month == 0 ? year * 12 : at;  // and the later year from its first
            }
        }
        // 2024年1月偷采过砂…今年12月才有人举报: the later month told in the year asked about
        if (first >= 0 && latest < 0 && asOfYear != null) {
            Matcher now = THIS_YEAR_MONTH.matcher(q).region(firstEnd, q.length());
            while (now.find()) {
                int month = cn.quanze.citation.ChineseNumerals.spoken(now.group(1));
                if (month >= 1 && month <= 12 && TAKEN_UP.matcher(q.substring(now.end())).find()) latest = asOfYear * 12 + month - 1;
            }
        }
        return first < 0 || latest < 0 ? -1 : latest - first;
    }

    /** 当时没人发现, 今年才查到, 一直没人知道: the act said to have gone unnoticed until it was taken up. */
    private static final Pattern UNNOTICED = Pattern.compile(
            "(?:当时|一直|始终|那时|那会儿?|之前|此前|从来)(?:都|也)?(?:没|没有|未|无)(?:人|被|有人)?(?:发现|查到|查出|知道|察觉|看到|举报)"
                    + "|(?:谁|啥人)(?:都|也)不知道|无人知晓|(?:没|没有|无)人报告|才(?:被)?(?:有人)?(?:第一次|头一回|首次)?(?:发现|查到|查出|知道|得知|掌握|接到|看到|翻出|举报)");
    /** 当时就被制止了, 报给了镇里登记, 做了笔录, 被拍下来了: the act came to notice at the time, whatever was done about it. */
    private static final Pattern NOTICED_IN_TIME = Pattern.compile(
            "登记|(?<!询问|调查|讯问|谈话)记录(?!仪)|(?:当时|当场|那时|那次)[^，。；？！]{0,8}?笔录|报给|报到|报了|上报|拍到|拍下|制止|(?:当时|当年|那时|已经?)[^，。；？！]{0,6}?立(?:了)?案|立了案|检查时"
                    // (当场给他一个警告, 当场罚: the penalty asked now, not a notice at the time)
                    + "|当场(?!(?:就|直接)?(?:给|罚|处罚|警告|开|作|做|收|没收|决定))|当时就|当时有人"
                    // (the interview record of the case now taken up is no notice at the time)
                    + "|压着|拖着|一直没处理|没人管|没人罚|没人处理|没处理");
    /** 没有任何部门发现或登记过, 没有记录: a record denied in its clause. */
    private static final Pattern DENIED_IN_CLAUSE = Pattern.compile("[没未无]");

    /** The act came to notice at the time (制止, 登记, 笔录…), said in a clause that does not deny it. */
    private static boolean noticedInTime(String q) {
        Matcher m = NOTICED_IN_TIME.matcher(q);
        while (m.find()) {
            if (m.group().startsWith("没") || m.group().startsWith("一直没")) return true;
            if (!DENIED_IN_CLAUSE.matcher(q.substring(Clauses.start(q, m.start()), m.start())).find()) return true;
        }
        return false;
    }
    /** 一直住到现在, 地也没退, 至今未拆: the act or its state goes on, so the limit has not begun to run (第三十六条第二款). */
    private static final Pattern STILL_GOING_ON = Pattern.compile(
            "至今|到现在|(?:一直|仍然?|还)(?:在|住|占|用|开|经营|卖|排|堆|养)|(?:没|未)(?:退|拆|恢复|清理|复垦|复耕|补办|补种)");
    /** 去年自己补了备案, 今年才停: a continuing act that ended lately, from which the limit runs (第三十六条第二款). */
    private static final Pattern ENDED_LATELY = Pattern.compile(
            "(?:去年|今年|上个月|前几个月|最近)[^，。？！,?!]{0,6}?(?:补|改正|整改|停|关|拆|搬|清理|恢复|复耕|复垦)");
    /**
     * 死, 伤, 中毒, 尘肺: the act said to have harmed life or health (or 金融安全), for which 第三十六条第一款 extends the
     * limit to five years.
     */
    private static final Pattern LIFE_OR_FINANCE_HARM = Pattern.compile(
            "死亡|死了|伤|中毒|病|住院|拉肚子|危害后果|造成[^，。？！,?!]{0,6}后果|集资|存款|贷款|饮用水|用水|出事|出了事|损失");
    /** 没出过任何事, 没有造成危害后果: harm said not to have followed. */
    private static final Pattern NO_HARM = Pattern.compile(
            "(?:没|没有|未|无)(?:出过|出|造成|发生)?(?:过)?(?:任何)?(?:事|事故|危害后果|后果|伤亡|人员伤亡|损失|危害)(?![^，。？！,?!]{0,2}?[吗么])");

    /**
     * The act ended more than two years before it came to light and nobody noticed it in between, so 违法行为在二年内未被
     * 发现的，不再给予行政处罚 (行政处罚法第三十六条第一款) — not when it goes on still, nor, within five years, when it is said to
     * have harmed life, health or finance (the limit is then five years).
     */
    static boolean foundTooLate(String q, Integer asOfYear) {
        if (!UNNOTICED.matcher(q).find() || noticedInTime(q) || STILL_GOING_ON.matcher(q).find()
                || ENDED_LATELY.matcher(q).find()) return false;
        int months = monthsUnnoticed(q, asOfYear);
        if (months <= 24 && !overTwoYearsToTheDay(q, asOfYear)) return false;
        return months > 60 || !LIFE_OR_FINANCE_HARM.matcher(NO_HARM.matcher(q).replaceAll("")).find();
    }

    /** 2024年10月20日, 今年11月30日: a day told in full, the year in figures or as this year. */
    private static final Pattern FULL_DAY = Pattern.compile("(?:" + FULL_YEAR + "年|(今年))([0-9]{1,2})月([0-9]{1,2})[日号]");

    /**
     * 2024年10月20日砍的…今年11月30日才发现: the act's day and the day it was taken up both told to the day, more than two
     * years apart (the whole months between them may be only twenty-four).
     */
    static boolean overTwoYearsToTheDay(String q, Integer asOfYear) {
        Matcher m = FULL_DAY.matcher(q);
        java.time.LocalDate act = null, found = null;
        while (m.find()) {
            int year = m.group(1) != null ? namedYear(m.group(1)) : asOfYear == null ? -1 : asOfYear;
            if (year < 0) continue;
            java.time.LocalDate d = CalendarDay.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            if (d == null) continue;
            if (act == null) act = d;
            else if (TAKEN_UP.matcher(q.substring(m.end())).find()) found = d;
        }
        return act != null && found != null && act.plusYears(2).isBefore(found);
    }

    /** 两年多以前, 三年前, 大前年: years ago said in words; more than two years only where the words say so. */
    private static final Pattern MORE_THAN_YEARS_AGO = Pattern.compile(
            "(?<![0-9零〇○一二三四五六七八九十])([0-9]{1,2}|[两二三四五六七八九十]{1,2})年(多|半|零[0-9一二三四五六七八九十]{1,2}个?月)?(?:前|以前|之前)|大前年");

    /**
     * The fewest whole months that can have passed between the act's end and its coming to light: two dates told, or
     * years ago said in words, or one year named and the act taken up now; -1 when the question does not tell.
     */
    static int monthsUnnoticed(String q, Integer asOfYear) {
        int told = monthsUntilTakenUp(q, asOfYear);
        if (told >= 0) return told - 1;
        Matcher ago = MORE_THAN_YEARS_AGO.matcher(q);
        if (ago.find()) {
            if (ago.group().equals("大前年")) return 24 + 1;
            int years = cn.quanze.citation.ChineseNumerals.spoken(ago.group(1));
            if (years <= 0) return -1;
            // 两年前 may be just two years; 两年多, 两年半 and 三年前 are more
            return years * 12 + (ago.group(2) != null ? 1 : years >= 3 ? 0 : -1);
        }
        if (asOfYear == null) return -1;
        Matcher year = YEAR_NAMED.matcher(q);
        int only = -1, count = 0;
        while (year.find()) { only = namedYear(year.group(1)); count++; }
        // one year named, the act taken up now (今年, 最近, 现在): from the year's last day to the first of this year
        if (count != 1 || !FOUND_NOW.matcher(q).find() || only >= asOfYear) return -1;
        return (asOfYear - only - 1) * 12 + 1;
    }

    /** 森林防火期是每年11月1日至次年5月31日, 防火期为2025年11月1日到2026年4月30日: the fire-prevention period the question tells. */
    private static final Pattern FIRE_SEASON = Pattern.compile(
            "防火期[^，。；？！0-9]{0,8}?(?:每年)?((?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}[日号]"
                    + "(?:至|到|—|－|-|~|～)(?:次年|第二年|翌年|(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}[日号]"
                    + "(?:[、，,和及与](?:每年)?[0-9]{1,2}月[0-9]{1,2}[日号](?:至|到|—|－|-|~|～)(?:次年|第二年|翌年)?[0-9]{1,2}月[0-9]{1,2}[日号])*)");
    private static final Pattern SEASON_SPAN = Pattern.compile(
            "(?:((?:19|20)[0-9]{2})年)?([0-9]{1,2})月([0-9]{1,2})[日号](?:至|到|—|－|-|~|～)(次年|第二年|翌年)?(?:((?:19|20)[0-9]{2})年)?([0-9]{1,2})月([0-9]{1,2})[日号]");
    /** 2026年10月20日, 今年8月10日: the day of the act told after the period (its own words: 烧, 用火, 点火…). */
    private static final Pattern ACT_DAY = Pattern.compile(
            "(?:((?:19|20)[0-9]{2})年|(今年))?(?<![0-9])([0-9]{1,2})月([0-9]{1,2})[日号](?=[^。；？！]{0,30}?(?:烧|用火|点火|生火|野炊|烤|吸烟|抽烟|燎荒|上坟))");

    /**
     * 县里公布的森林防火期是每年11月1日至次年5月31日…2026年10月20日…烧地边杂草: the act's day falls outside every span of
     * the fire-prevention period the question tells (森林防火条例第五十条 fines fire used 在森林防火期内) — true; false when
     * inside one; null when the question does not tell both.
     */
    public static Boolean outsideToldFireSeason(String q, int asOfYear) {
        if (q == null) return null;
        Matcher season = FIRE_SEASON.matcher(q);
        if (!season.find()) return null;
        Matcher act = ACT_DAY.matcher(q);
        if (!act.find(season.end())) return null;
        int year = act.group(1) != null ? Integer.parseInt(act.group(1)) : asOfYear;
        java.time.LocalDate day = CalendarDay.of(year, Integer.parseInt(act.group(3)), Integer.parseInt(act.group(4)));
        if (day == null) return null;
        Matcher span = SEASON_SPAN.matcher(season.group(1));
        boolean any = false;
        while (span.find()) {
            int m1 = Integer.parseInt(span.group(2)), d1 = Integer.parseInt(span.group(3));
            int m2 = Integer.parseInt(span.group(6)), d2 = Integer.parseInt(span.group(7));
            if (span.group(1) != null && span.group(5) != null) {
                java.time.LocalDate from = CalendarDay.of(Integer.parseInt(span.group(1)), m1, d1);
                java.time.LocalDate to = CalendarDay.of(Integer.parseInt(span.group(5)), m2, d2);
                if (from == null || to == null) return null;
                any = true;
                if (!day.isBefore(from) && !day.isAfter(to)) return false;
                continue;
            }
            // a yearly span; one that runs into the next year (次年, or ends before it starts) covers both ends
            java.time.MonthDay at = java.time.MonthDay.from(day), from = CalendarDay.yearly(m1, d1), to = CalendarDay.yearly(m2, d2);
            if (from == null || to == null) return null;
            any = true;
            boolean wraps = span.group(4) != null || to.isBefore(from);
            boolean inside = wraps ? !at.isBefore(from) || !at.isAfter(to) : !at.isBefore(from) && !at.isAfter(to);
            if (inside) return false;
        }
        return any ? Boolean.TRUE : null;
    }

    /** 2010年9月3日出生: a birth told to the day. */
    private static final Pattern BIRTH_DAY = Pattern.compile("((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})[日号](?:出生|生)");
    /** 从2026年11月1日起去砖厂干活: the day from which the act told runs, after the birth. */
    private static final Pattern FROM_DAY = Pattern.compile(
            "(?:从|自|于)?((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})[日号](?:起|开始|以来)");

    /**
     * The whole years of someone whose birth the question tells to the day, on the day the act told begins (从…起) or else
     * on the day asked; -1 when no birth day is told.
     */
    public static int ageOnTheDay(String q, java.time.LocalDate asOf) {
        if (q == null || asOf == null) return -1;
        Matcher b = BIRTH_DAY.matcher(q);
        if (!b.find()) return -1;
        java.time.LocalDate born = CalendarDay.of(b.group(1), b.group(2), b.group(3));
        java.time.LocalDate on = asOf;
        Matcher from = FROM_DAY.matcher(q);
        if (from.find(b.end())) on = CalendarDay.of(from.group(1), from.group(2), from.group(3));
        if (born == null || on == null) return -1;
        return on.isBefore(born) ? -1 : java.time.Period.between(born, on).getYears();
    }

    /** 2025年, 明年: a year said in figures or as this, next or last year. */
    private static final Pattern YEAR_SAID = Pattern.compile("(?:" + FULL_YEAR + "年|(明年|今年|去年))");
    /** 2025年镇里组织初次兵役登记, 明年（2027年）上半年按县人武部安排组织初次兵役登记: the registration's year, named before it. */
    private static final Pattern REGISTRATION_YEAR = Pattern.compile(YEAR_SAID.pattern() + "[^。？！?!]{0,24}?兵役登记");

    /**
     * 2009年3月出生…今年的初次兵役登记: the age the person whose birth year the question tells reaches by the end of the year
     * of the registration asked about (the year named before 兵役登记, else the year asked); -1 when no birth year is told.
     */
    public static int ageAtEndOfRegistrationYear(String q, int asOfYear) {
        if (q == null) return -1;
        Matcher born = BIRTH_YEAR.matcher(q);
        if (!born.find()) return -1;
        int birthYear = namedYear(born.group(1) != null ? born.group(1) : born.group(2));
        int year = asOfYear;
        Matcher named = REGISTRATION_YEAR.matcher(q);
        while (named.find()) {
            // the year nearest the registration is the one it names (明年（2027年）…: 2027), never the birth year
            Matcher last = YEAR_SAID.matcher(q).region(named.start(), named.end());
            while (last.find()) {
                if (last.start() == born.start()) continue;
                year = last.group(1) != null ? namedYear(last.group(1)) : "明年".equals(last.group(2)) ? asOfYear + 1
                        : "去年".equals(last.group(2)) ? asOfYear - 1 : asOfYear;
            }
        }
        return birthYear > 0 && year >= birthYear ? year - birthYear : -1;
    }

    /** 2012年出生, 出生于2011年3月, 2010年生的: a birth year, whose person is this year's age or a year younger. */
    private static final Pattern BIRTH_YEAR = Pattern.compile("(?<![0-9])" + FULL_YEAR + "年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}[日号])?(?:出生|生(?![产意活效病气长态前]))"
            + "|出生于" + FULL_YEAR + "年");

    /**
     * The ages a person born in a year named may be in the year asked about, in pairs (the younger first), since the
     * birthday may not yet have come (born 2012, asked in 2026: thirteen or fourteen).
     */
    static List<Integer> agesFromBirthYear(String q, int asOfYear) {
        List<Integer> out = new ArrayList<>();
        Matcher m = BIRTH_YEAR.matcher(q);
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(2);
            int age = asOfYear - namedYear(g);
            if (age < 1 || age > 130) continue;
            out.add(age - 1);
            out.add(age);
        }
        return out;
    }

    private static int namedYear(String g) {
        if (g.chars().allMatch(Character::isDigit)) return Integer.parseInt(g);
        StringBuilder b = new StringBuilder();
        for (char c : g.toCharArray()) b.append(digitOf(c));
        return Integer.parseInt(b.toString());
    }
    private static final Pattern PENALISED = Pattern.compile(
            EARLIER + "[^，。？！,?!]{0,10}?(?:警告|罚款|罚|处罚|没收)(?:过|了)"
                    // 被县环保局罚过了
                    + "|被[^，。？！,?!]{1,10}?(?:警告|罚款|罚|处罚)(?:过|了)"
                    // 已被县生态环境局罚款一千元, 已经对老王烧秸秆罚款一千元: the fine told with its sum
                    + "|(?:已经|已|早就)(?:被|对)[^，。？！,?!]{1,14}?(?:罚款|罚了?)[0-9一二两三四五六七八九十百千万]+(?:元|块)"
                    // 县水利局已经给了处罚; 法院已经判了罚金
                    + "|(?:已经|已)[^，。？！,?!]{0,4}?(?:给|作|做|下)了?(?:个)?(?:处罚|罚款|警告)(?:决定)?|(?:已经|已)?判了?(?:罚金|刑|实刑|缓刑)"
                    // 已对那次倒垃圾作出警告处罚, 已经对这次焚烧下了警告决定书
                    + "|(?:已经|已)(?:对|就)[^，。？！,?!]{0,12}?(?:作出|做出|下了?|给予?了?)(?:了)?[^，。？！,?!]{0,4}?(?:警告|罚款|处罚)"
                    // 镇里给了警告，他不服，还能再罚: a warning told as given
                    // (not 给了警告还罚俺三百, 给了警告，又罚了500元: the warning and the fine one decision)
                    + "|(?<![又并还同时])(?:给|给予|作出|下)了(?:他|她|其)?(?:一个|个|一次)?(?:口头|书面)?警告(?![，,]?(?:还|又|并|同时)(?:罚|处))"
                    // 罚款决定已作出: the decision told as made
                    + "|(?:处罚|罚款)决定(?:已经|已|早就)(?:作出|做出|下了|出了|下达)"
                    // 按简易程序罚了五十，他当场交了: a sum already imposed
                    + "|(?:罚|处罚)了[^，。？！,?!]{0,4}?[0-9一二三四五六七八九十百千万两]+(?:块|元)?钱?[，,；;。]");
    private static final Pattern CORRECTED = Pattern.compile(
            "(?:当场|马上|立即|立刻|立马|随即|当即|赶紧|很快|当时|一(?:喊|叫|说|提醒|劝))就?(?:让|叫)?(?:他|她|人家)?(?:自己|自行|主动)?(?:下车|过去|回去)?(?:清场(?:关门)?了?|关(?:了)?门了?|撕了|撕掉了?|掐了|掐灭了?|踩灭了?|扑灭了?|扫干净了?|捡回去了?|捡回来了?|捡走了?|收起来了?|收回去了?|收了(?=[，。？！,?!]|$)|开走了?|拿回去了?|推走|挪走|挪开|移走|搬走|开走|挪了|推走了|改正|改了|纠正|整改|清理|清走|拆了|拆除|熄灭|灭了|停了|关了|擦了|擦掉|擦干净|捡起来|捡走了|(?:叫人|找人|让人)?(?:铲|扫|清理|收拾|擦)干净)"
            // 已及时改正, 及时改正了: the statute's own words (第三十三条第一款)
            + "|(?:及时|已经?|已)(?:改正|纠正|整改)");
    /**
     * 已被当场扑灭: put right by others, not by the party. (A correction made at once when ordered, 责令他当场扑灭了, still
     * counts: 第三十三条 asks whether it was timely, not whether it was unprompted.)
     */
    private static final Pattern BY_OTHERS_BEFORE = Pattern.compile("被[^，。？！,?!]{0,2}$");

    /** The party corrected at once, of his own accord or when told, not someone else for him. */
    static boolean correctedAtOnce(String q) {
        Matcher m = CORRECTED.matcher(q);
        while (m.find()) {
            if (!BY_OTHERS_BEFORE.matcher(q.substring(Math.max(0, m.start() - 10), m.start())).find()) return true;
        }
        return false;
    }

    /** 没有造成危害后果, 啥后果也没有: no harm done, the third element of 第三十三条第一款. */
    private static final Pattern HARMLESS = Pattern.compile("(?:没有?|未|没)(?:造成)?(?:任何|什么|啥)?(?:危害)?后果|没(?:有)?(?:啥|什么)?危害|没(?:有)?耽误(?:任何|什么|啥)?事|没(?:有)?(?:啥|什么)?影响|啥事(?:也|都)?没有|没(?:有)?造成(?:任何|什么)?污染|没(?:有)?损坏|(?:啥|什么)(?:危害)?后果(?:也|都)没(?:有|造成)|没(?:有)?造成(?:什么|任何)?(?:危害|损失|影响)");
    /**
     * 情节轻微, 属于很轻微的, 一小撮, 挡了一下, 几分钟: the first element of 第三十三条第一款 (read only beside a correction at
     * once and no harm, both stated).
     */
    private static final Pattern SLIGHT = Pattern.compile("(?<!不)(?:轻微|很轻)|一点点|一小撮|一小堆|一小块|少量|就一点|没多少|(?:烧|倒|撒|堆)得(?:也|很)?少"
            + "|[挡堵占停放]了一下|一会儿|几分钟|十几分钟|不严重");
    /** 已经以涉嫌…罪移送公安, 涉嫌污染环境罪: a case that is or goes to the judicial organs (第二十七条、第五十七条第一款第四项). */
    private static final Pattern REFERRED = Pattern.compile("(?:移送|移交|送交)(?:了)?(?:县)?(?:公安|司法机关|检察|派出所)|涉嫌[^，。？！,?!]{1,14}?罪"
            + "|[以按][^，。？！,?!]{1,12}?罪(?:被)?(?:公安)?(?:立案|侦查|逮捕|刑拘|判)|被(?:公安)?(?:刑事)?(?:立案侦查|刑拘|刑事拘留|逮捕)"
            // 公安已经立案了, 检察院已经起诉到法院了, 法院判了罚金: the case is with the police or the court as a crime
            + "|公安(?:机关|局)?(?:已经|已|都)?(?:立案|立了案)|(?:检察院|检察机关)[^，。？！,?!]{0,8}?(?:起诉|公诉)|罚金"
            // 觉得够犯罪了, 已经构成犯罪: the asker finds it a crime
            + "|(?<![不没未])(?:构成犯罪|够(?:得上|上)?犯罪)"
            // 同一事实已由县人民法院作为刑事案件立案审理: the court tries it as a crime
            + "|(?:作为|按|当作)刑事案件[^，。？！,?!]{0,4}?(?:立案|立了案|审理|侦查|起诉)|(?<!达|到)刑事立案(?!标准)"
            // 盗伐林木，法院正在审理: the court is trying the same conduct; a fine waits for its outcome
            + "|法院(?:正在|还在|已经在)审理|法院审理(?:中|期间)|(?:法院|检察院)[^，。？！,?!]{0,8}?(?:刑事立案|提起公诉|作为刑事案件)");
    /** 罚一笔款了事, 罚款结案, 罚了就不移送了: a penalty meant to close the case instead of the referral. */
    private static final Pattern IN_PLACE_OF_REFERRAL = Pattern.compile("了事|结案|代替移送|不(?:再|用|必)?移(?:送|交)|(?:先)?别移(?:送|交)|以罚代刑|就不用(?:移送|追究)|就算了");
    /** 法院判了罚金, 判处罚金五万元, 罚金也交了: a criminal fine imposed by the court (第三十五条第二款). */
    private static final Pattern COURT_FINED = Pattern.compile("判(?:处|了)?[^，。？！,?!]{0,8}?罚金|并处罚金|罚金(?:也)?(?:已经?)?(?:交了|缴了|交清|缴清|执行完)");
    private static final Pattern FINE_AFTER_COURT = Pattern.compile("(?<![不别免没])罚(?!金)");
    /** 法院以超越职权撤销了乡里的罚款，乡里想重新作一个同样的罚款决定: the same decision made again after the court revoked it. */
    private static final Pattern COURT_REVOKED_REMADE = Pattern.compile("法院[^。？！?!]{0,20}?撤销[^？！?!]{0,40}?(?:重新|再)(?:作|做|下|出|开)?[^。？！?!]{0,10}?"
            + "(?:同样|一样|相同|原样|一模一样|原来那样|原来的)");
    /** 业委会的决定，法院判决撤销了。镇里还能再作一个撤销决定吗: a revocation asked of what the court has revoked. */
    private static final Pattern COURT_ALREADY_REVOKED = Pattern.compile("法院(?:已经|已)?(?:判决)?撤销了[^？！?!]{0,30}?(?:再|还)[^。？！?!]{0,10}?撤销");
    /** 县林业局已经对…立案调查了, 县文旅局已经立案了: another administrative body opened the case (not the police: see REFERRED). */
    private static final Pattern OPENED_ELSEWHERE = Pattern.compile(
            "(?:县|市)[\\p{IsHan}]{1,10}?(?:局|执法队|执法大队|大队|支队)(?:已经|已|早就|都|先)?(?:对[^，。？！,?!]{1,20}?)?(?:立案|立了案)");
    /** 立案后移交给乡里, 指定由镇里管辖, 撤案了: the case given to the township, or not kept open. */
    private static final Pattern HANDED_TO_TOWNSHIP = Pattern.compile(
            "(?:移交|移送|交|转)(?:给|到|回)?(?:了)?(?:我们|俺们|乡|镇)|交由(?:我们|乡|镇)|指定(?:由)?(?:我们|乡|镇)|撤(?:销)?(?:了)?案|(?:没|没有|未|不)立案|不予立案");

    /** 公安不予立案、退回来了: the police declined or sent the case back, so the township may decide the penalty (移送规定第十条、第十三条). */
    private static final Pattern SENT_BACK = Pattern.compile("不予立案|(?<!立)不立案|退回|退了回来|移送回|不追究刑事责任|免予刑事处罚|不构成犯罪|够不上(?:犯罪|刑事)");
    /** 是下大雨泡塌的, 被洪水冲坏的, 纯属意外: an accident or a force of nature, not the party's doing. */
    private static final Pattern NO_FAULT = Pattern.compile(
            // 登记核对了，确实看不出来: deceived after checking as the law asks (a claim of a borrowed card alone is not)
            "(?<![没未不有])(?:核对|查验|登记|核实)[^。？！]{0,20}?(?:确实|根本|实在)看不出|"
            + "意外(?!伤害险|险)|天灾|不可抗力|(?:下大雨|大雨|暴雨|洪水|山洪|大风|雷)[^，。？！,?!]{0,3}?(?:泡|冲|刮|劈|砸)(?:塌|倒|坏|毁|断|走)"
                    + "|被(?:大风|暴雨|大雨|洪水|山洪|雷|泥石流|滑坡)[^，。？！,?!]{0,3}?(?:刮|冲|泡|砸|劈|埋)(?:倒|塌|坏|毁|断|走)"
                    // 被后车追尾…事故认定后车全责: the harm caused by another, the party blameless
                    + "|(?:认定|判定|定了)[^，。？！,?!]{0,6}?(?:后车|对方|前车|他人|别人|肇事方)(?:负)?全(?:部)?责|(?:后车|对方|肇事方)负全(?:部)?责");
    private static final Pattern AGAIN = Pattern.compile("再(?:罚|补罚|处罚|.{0,2}罚|没收|警告)|补罚|另行(?:罚款|处罚|罚)|又(?:要)?罚|还(?:想|要|能)?再?罚|加罚"
            // 还能依种子法罚吗, 还能按第131项罚吗: a fine asked after the one told
            + "|还(?:想|要|能|可以)[^，。？！,?!]{0,12}?罚|再[^，。？！,?!]{0,12}?罚|也(?:想|要)?罚|重新罚|接着罚|继续罚|重新立案(?:罚|处罚)");

    /** The township (or the asker speaking for it) as the one who would act: 乡里, 我们, 能不能, 直接, 由镇里. */
    /** The township named as the one who would act (乡里, 我们, 由镇里): not a modal (能不能), which anyone may say. */
    /** The township as a speaker names it: 乡里, 镇政府, 我们. */
    private static final String TOWNSHIP = "(?:乡里|镇里|乡上|镇上|乡政府|镇政府|我们|俺们)";
    private static final String TOWNSHIP_AS_ACTOR = "(?:" + TOWNSHIP + "|由乡里|由镇里)[^，。？！,?!]{0,6}?";
    private static final Pattern OVERRIDES_VILLAGE = Pattern.compile(TOWNSHIP_AS_ACTOR
            + "(?:指定|委派|撤换|撤掉|罢免|免掉|免了|换掉)[^，。？！,?!]{0,6}?(?:(?:村委会|村民委员会|村委|村)(?:的)?(?:主任|副主任|委员|成员)|主任人选|村长|村干部)"
            + "|替(?:村民会议|村民代表会议|村民们)[^，。？！,?!]{0,6}?(?:决定|表决|定|选)"
            // 委员辞职了，乡里备案后直接指派一个人补上: a vacancy is filled by the villagers' by-election (第十一条第一款; 判刑者职务自行终止，第十八条; 出缺由村民补选，第十九条)
            + "|(?:村委会|村民委员会|村委)(?:的)?(?:有)?(?:一个|一名|个)?(?:委员|主任|副主任|成员)[^。？！?!]{0,6}?(?:辞职|出缺|空缺|不干了|去世|判刑)[^。？！?!]{0,20}?"
            + TOWNSHIP + "[^，。？！,?!]{0,12}?(?:(?:指派|派|安排|任命|找)[^，。？！,?!]{0,4}?(?:补上|顶上|补进|顶替|接任|补缺|补位)|另(?:行)?(?:指派|派|找|安排|任命))"
            // 乡里干脆自己把村民小组撤了: a villagers' group is set up or dissolved by the villagers' committee and meeting, the township only files it
            + "|" + TOWNSHIP_AS_ACTOR + "(?:自己|直接|干脆)把[^，。？！,?!]{0,6}?村民小组(?:给)?(?:撤了|撤销|撤掉|合并了|并了)(?!的)"
            // 镇里想发文，把两个村民小组撤了合并成一个: the township's own paper deciding it, the filing after
            + "|(?:发文|发个文件?|下文|下个文件?|出文件|出个文件?)[^。？！?!]{0,6}?(?:把|将)[^，。？！,?!]{0,10}?村民小组[^，。？！,?!]{0,4}?(?:撤了|撤销|撤掉|合并|并了|并成|调整)"
            // 乡里要审查同意才能当代表: the representatives are the villagers' choice, the township only files the list (第二十五条)
            + "|" + TOWNSHIP_AS_ACTOR + "(?:审查|审核|同意|批准|认可)[^，。？！,?!]{0,4}?才(?:能|可以)(?:当|做|担任)(?:村民)?(?:代表|委员|主任|成员)"
            // 把名单里的某人换成另外一个人: the villagers' representatives are theirs to choose (第二十五条)
            + "|" + TOWNSHIP_AS_ACTOR + "(?:把|将)[^，。？！,?!]{0,8}?(?:村民代表|代表名单|村委委员|村委会成员)[^，。？！,?!]{0,8}?(?:换成|替换成?|换掉|撤掉|删掉)"
            + "|代表名单[^。？！?!]{0,20}?(?:把|将)[^，。？！,?!]{0,8}?名单[^，。？！,?!]{0,8}?(?:换成|替换成?|换掉|撤掉|删掉)"
            // 村规民约由镇里修改后以镇政府名义发布: the village rules are the villagers' meeting's to make and change (第二十七条)
            + "|(?:村规民约|村民自治章程)[^。？！?!]{0,20}?(?:由(?:乡|镇)里?|乡里|镇里|乡政府|镇政府)[^，。？！,?!]{0,4}?(?<!责令)(?:修改|改写|重新制定|代为制定)"
            + "|以(?:乡|镇)政府(?:的)?名义[^，。？！,?!]{0,4}?(?:发布|公布|印发)[^，。？！,?!]{0,4}?(?:村规民约|村民自治章程)"
            + "|替(?:他们|村里|村委会|村民)?[^，。？！,?!]{0,2}?(?:改|修改|改写|重写|定)(?:好|了)?[^，。？！,?!]{0,2}?(?:村规民约|村民自治章程)");
    private static final Pattern OVERRIDES_OWNERS = Pattern.compile(
            "替(?:业主大会|业主委员会|业委会|业主们?|全体业主)[^，。？！,?!]{0,8}?(?:选|定|决定|签|换|聘)"
            + "|" + TOWNSHIP_AS_ACTOR + "(?:指定|选定|换掉|另选|重新选|直接选)[^，。？！,?!]{0,4}?物业(?:公司|企业)?");
    /** 在决定里写上“不得起诉”, 告诉双方不服也不能起诉: the township imposing the bar, not a party's own question (能不能起诉). */
    private static final Pattern BARS_LAWSUIT = Pattern.compile(
            "(?:写上|写明|注明|宣布|告诉|规定|要求|通知)[^。？！?!]{0,12}?(?<![能可])(?:不得|不能|不许|不准|不可以|不让)(?:再)?(?:提起)?(?:起诉|打官司|申请复议|去法院)"
                    + "|(?:写上|写明|注明|宣布|规定|定为|作为)[^，。？！,?!]{0,8}?终局");
    private static final Pattern FORCES_SETTLEMENT = Pattern.compile(
            "硬调|强行调解|强制调解|逼(?:着)?(?:他|她|他们|双方|两家)?签|调完[^，。？！,?!]{0,4}?(?:必须|非得|非要)签|非(?:得|要)(?:他|她|他们)?签(?:字)?"
            + "|宣布[^，。？！,?!]{0,6}?(?:合同|协议)[^，。？！,?!]{0,2}?(?:解除|无效|作废)"
            + "|(?:明确)?(?:不愿意|不同意|拒绝|不要|不接受)[^，。？！,?!]{0,6}?调解[^，。？！,?!]{0,10}?(?:还(?:要|硬)?调|继续调解|强行调解|硬调)");

    /** 让他赔邻居的损失, 乡里能定他该给对方多少钱: the township deciding what one party owes another. */
    private static final Pattern PRIVATE_RIGHT = Pattern.compile(
            "(?:让|叫|要求|责令|判)(?:他|她|他们|一方|对方)(?:再)?[^，。？！,?!]{0,4}?赔(?:偿)?(?:给)?(?:邻居|对方|另一方|人家)"
                    + "|让一方赔另一方|(?:能|能不能|可以)(?:定|判|决定)[^，。？！,?!]{0,8}?(?:该给|该还|该赔|应该给)[^，。？！,?!]{0,4}?多少");

    /** 替农户签了流转合同, 给合同备案延期五年, 乡里审核同意后合同就算解除: a land contract made or changed for its parties. */
    /** The township or a paper it issues as the one acting, with what comes before the act in the same sentence. */
    private static final String TOWNSHIP_OR_ITS_PAPER = "(?:" + TOWNSHIP + "|由乡里|由镇里|文件|发文)[^。？！?!]{0,8}?";
    private static final Pattern CONTRACT_FOR_PARTIES = Pattern.compile(
            "(?:替|代)[^，。？！,?!]{0,10}?(?:农户|村民|户主|承包户|他们|他家|人家|双方)[^，。？！,?!]{0,2}?(?:把[^，。？！,?!]{0,4}?)?(?:签|续签|解除|延期|变更)?[^，。？！,?!]{0,8}?(?:承包|流转)[^，。？！,?!]{0,4}?合同(?:[^，。？！,?!]{0,2}?(?:解除|终止|延期|变更))?"
                    + "|" + TOWNSHIP_AS_ACTOR + "(?:直接)?(?:给|把)[^，。？！,?!]{0,10}?合同[^，。？！,?!]{0,6}?(?:延期|延长|续期|解除|终止|作废|撤销)"
                    // 乡里审核同意后合同就算解除了吗: the township's consent taken for the parties' own act
                    + "|(?:审核|同意)[^，。？！,?!]{0,6}?合同(?:就)?(?:算|就算)(?:是)?(?:解除|终止|作废)"
                    // 把郭某承包的30亩地收回，重新发包: only the 发包方 holds the contract, and it may not take the land back
                    // (农村土地承包法第二十七条第一款); the township itself or its paper, not the village asking a review (第31项)
                    + "|" + TOWNSHIP_OR_ITS_PAPER + "把[^，。？！,?!]{0,16}?承包(?:的|着的)?[^，。？！,?!]{0,8}?(?:地|田|林地|草地|耕地|山林)[^，。？！,?!]{0,2}?(?:收回|收走|收上来|收归)"
                    + "|" + TOWNSHIP_OR_ITS_PAPER + "收回[^，。？！,?!]{0,12}?承包(?:地|田|的地|的耕地|的林地)");

    /** 调解时让他赔: a proposal in mediation, the parties' to accept; 调解不成，直接判…赔: the township deciding. */
    private static boolean privateRightDecided(String q) {
        return firstMatch(PRIVATE_RIGHT, q, m -> {
            String before = q.substring(Math.max(0, m.start() - 20), m.start());
            return !before.contains(Act.MEDIATE.label()) || before.contains("不成");
        }) != null;
    }

    /**
     * 征用的车坏了说不用补偿, 征用的挖掘机不还了: requisitioned property kept, or its damage or loss left uncompensated
     * (突发事件应对法第十二条). Only with 征用 in the question.
     */
    private static final Pattern UNCOMPENSATED = Pattern.compile(
            // not the question itself (用不用补偿, 给不给补偿, 还不还), but 征用不用补偿 is a proposal
            "(?:(?<=征用)不用|(?<!用)不用|不必|无需|无须|不需要|用不着|(?<!给)不给|不予|不再|不想|没钱|拒绝|拒不)(?:给(?:予)?|予以|支付)?(?:[^，。？！,?!]{0,3}?)(?:补偿|赔偿|赔)"
                    + "|(?<![还要该])(?:不还|不归还|不返还|不退还)(?:了|给)?|(?:就)?(?:归|留给)(?:乡里|镇里|乡政府|镇政府)(?:用|使用|所有)?(?:了)?");

    /**
     * 在规范性文件里设定行政许可, 文件里新设一项审批: a licence the document itself would create, said outright (not 报县里批,
     * which only mentions an approval; nor 不设定许可).
     */
    private static final Pattern LICENCE_SET_OUTRIGHT = Pattern.compile(
            "(?<![不未没别])(?:设定|新设|创设|增设|另设|设立)(?:一(?:个|项|些)|几项)?(?:新的)?(?:行政许可|许可事项|许可|审批事项|审批项目|前置审批)"
                    // 要求所有农户养狗必须办证: a permit the document itself requires
                    + "|(?:要求|规定)[^，。？！]{0,10}?(?:必须|一律|都要|都得|须)(?:先)?(?:办|领|申领|取得)[^，。？！]{0,4}?(?:证(?!明)|许可证|执照)"
                    // …的，必须先到镇政府领取《收购许可证》，否则不得收购: a permit the document makes a condition of the act
                    + "|(?:必须|一律|须|应当|都要)(?:先)?(?:到[^，。？！]{0,10}?)?(?:办理|办|领取|领|申领|取得)[^，。？！]{0,6}?(?:许可证|执照|《[^》]{1,12}?证》)"
                    // 未经备案同意的不得开业: a filing that works as a permit
                    + "|未经[^，。？！]{0,12}?(?:同意|批准|许可|审批|核准)(?:的)?[，,]?[^，。？！]{0,6}?不得(?:开业|经营|营业|建设|施工|开工|收购|入住|搭建|开办)");

    /** 拒绝检查, 不让查, 把大门一关不让进: the party refused an inspection. */
    private static final Pattern INSPECTION_REFUSED = Pattern.compile(
            "拒绝(?:接受)?(?:[\\p{IsHan}]{0,4}?)检查|拒检|拒不接受检查|不让(?:查|检查|进|上山)|不配合检查|阻挠检查|拦着不让|不用查|大门一关");

    /** Whether the question tells that the party refused an inspection. */
    public static boolean inspectionRefused(String q) {
        return q != null && INSPECTION_REFUSED.matcher(q).find();
    }

    /** The one kind of venue whose hours a regulation fixes that the question names (网吧, KTV); null when none or both. */
    public cn.quanze.catalogue.Venue venue(String q) {
        boolean cafe = internetCafe.matcher(q).find(), fun = entertainment.matcher(q).find();
        return cafe == fun ? null : cafe ? cn.quanze.catalogue.Venue.INTERNET_CAFE : cn.quanze.catalogue.Venue.ENTERTAINMENT;
    }

    /** The words saying a document would create a licence outright, or null. */
    public static String licenceSetOutright(String q) {
        return firstMatch(LICENCE_SET_OUTRIGHT, q);
    }

    /** The words proposing to keep requisitioned property or not to compensate for it, or null. */
    public static String requisitionUncompensated(String q) {
        if (q == null || !q.contains("征用")) return null;
        Matcher m = UNCOMPENSATED.matcher(q);
        return m.find() ? m.group() : null;
    }

    /** A decision the law leaves to villagers, owners, the courts or the parties, asked of the township; or null. */
    public static Overridden overridden(String q) {
        if (q == null) return null;
        if (OVERRIDES_VILLAGE.matcher(q).find()) return Overridden.VILLAGE_SELF_GOVERNMENT;
        if (OVERRIDES_OWNERS.matcher(q).find()) return Overridden.OWNERS;
        if (BARS_LAWSUIT.matcher(q).find()) return Overridden.RIGHT_TO_SUE;
        if (FORCES_SETTLEMENT.matcher(q).find()) return Overridden.MEDIATION_CONSENT;
        if (privateRightDecided(q)) return Overridden.PRIVATE_RIGHT;
        if (CONTRACT_FOR_PARTIES.matcher(q).find()) return Overridden.CONTRACTING_PARTIES;
        return null;
    }

    /** 假如明年县里把处罚权收回去了: the question supposes the catalogue changed (a power withdrawn, moved or cancelled). */
    private static final Pattern LIST_CHANGE_SUPPOSED = Pattern.compile(
            "(?:假如|如果|要是|万一|假设|倘若|以后|将来|明年)[^，。？！,?!]{0,16}?(?:收回|收走|收上去|取消|划走|划出去|撤销|调整|拿走|不再下放|下放给|交给)"
                    + "[^，。？！,?!]{0,10}?(?:权|职权|事项|清单)"
                    + "|(?:假如|如果|要是|万一|假设|倘若|以后|将来|明年)[^，。？！,?!]{0,20}?(?:权|职权|事项|清单)[^，。？！,?!]{0,6}?"
                    + "(?:收回|收走|收上去|取消|划走|划出去|撤销|调整|拿走|改了|改掉|修改)"
                    // 假如县里没有把处罚权下放给我们: the grant itself supposed away
                    + "|(?:假如|如果|要是|万一|假设|倘若)[^，。？！,?!]{0,10}?(?:县里|县政府|县上|上面|上级)?(?:根本)?(?:没|没有|并没有|未|不)(?:把|将)?"
                    + "[^，。？！,?!]{0,16}?(?:下放|交给|授权|划给|列入|列进|放进|写进)");

    /** The question supposes the catalogue were changed; such an answer rests on the list as it stands. */
    public static boolean supposesListChange(String q) {
        return q != null && LIST_CHANGE_SUPPOSED.matcher(q).find();
    }

    /**
     * 那个老汉已经去世了, 给一个已经死了三年的人, 已经注销了的公司: the party is no longer there. A death said of an animal
     * or a tree (病死羊已经死了) is not read.
     */
    private static final Pattern PARTY_CEASED = Pattern.compile(
            "(?:已经|早就?|早已|上个月|上月|去年|前年|前几天|前些天|昨天|前天|今年|上周|刚|第二天|当天|没几天|不久|后来)(?:就)?(?:去世|过世|病故|病逝|离世|亡故|身故|夭折|死)了"
                    + "|(?:已经|早就?)?(?:去世|过世|死)了[一二两三四五六七八九十几半0-9]+(?:年|个月)的"
                    + "|已经死了的|已经去世的"
                    // 醋厂已经注销了, 注销了的公司: an organisation gone; not 执照早就注销了 (a licence, the case itself)
                    + "|(?:公司|企业|厂子?|采石场|砖场|养殖场|单位|合作社|作坊|店|网吧|超市|饭店)[^，。？！,?!执照证]{0,6}?(?:已经|早就?|早已|就|也)(?:被)?注销了?|注销了?的[^，。？！,?!执照证]{0,4}?(?:公司|企业|厂子?|单位|合作社|店|网吧|超市|饭店|养殖场)"
                    // 这个村委会上个月刚撤并到北大贤村了: the village committee merged away
                    + "|(?:村委会|村民委员会)[^，。？！,?!]{0,6}?(?:撤并|合并|并入)(?:到|进|了)|(?:村委会|村民委员会)[^，。？！,?!]{0,6}?被撤(?:销|并)?了");
    /** 已经死了一个工人: a death counted of someone else, not the party. */
    private static final Pattern DEATH_COUNTED = Pattern.compile("^[一二两三四五六七八九十几0-9]+(?:个|名|位)");
    /** Animals and plants, whose death (病死羊已经死了, 已经死了的猪) is a matter of the item, not the party gone. */
    private static final Pattern NOT_A_PERSON = Pattern.compile("[猪羊牛鸡鸭鹅狗猫鱼蜂兔驴骡树畜禽]");

    /** 3月1日收到整改通知书，限期一个月，3月20日…罚: a deadline counted from a day told and a later day told before it ran out. */
    private static final Pattern DEADLINE_DATES = Pattern.compile(
            "(\\d{1,2})月(\\d{1,2})日[^。？！?!]{0,20}?(?:收到|接到|下达|送达|签收)[^。？！?!]{0,30}?限期"
                    + "(?:(一|两|二|三|\\d)个?月|(\\d{1,3})(?:天|日))[^。？！?!]{0,30}?(\\d{1,2})月(\\d{1,2})日");

    /** 限12月31日前整改完毕, 期限到12月20日, 要求9月30日前清除: the last day to correct, as a date. */
    private static final Pattern DEADLINE_END = Pattern.compile(
            "(?:限(?:期)?(?:他|她|其|对方|当事人)?(?:到|在|于|至)?|期限(?:到|为|是|至)|要求(?:在|于)?|截止(?:到|日期为|日期是)?"
                    // 让他12月10日前把车挪走: the order's last day said with whom it binds
                    + "|(?:让|叫|责令)(?:他|她|其|对方|当事人)(?:在|于)?(?=\\d{1,2}月\\d{1,2}[日号](?:前|之前|以前))"
                    // 责令12月15日前自行改正, 给了到12月20日的期限
                    + "|责令(?=\\d{1,2}月\\d{1,2}[日号](?:前|之前|以前))|到(?=\\d{1,2}月\\d{1,2}[日号]的?(?:期限|限期)))"
                    // 限期至2026年12月25日前: the year, where said, is the one asked (toldOfTheYearAsked checks it); 限期至12.20 in notes
                    + "(?:(?:19|20)\\d{2}年)?(\\d{1,2})(?:月|\\.)(\\d{1,2})(?:[日号]|(?![\\d.万千元块%天个倍亩米吨方斤株棵]))(?:前|之前|以前)?");
    /** 今天是12月9日, 现在12月上旬: the day asked on, said as today's (a month, then a day or a part of it). */
    private static final String TODAY = "(?:今天|现在|目前|眼下|如今)(?:是|已经是|已是|到了)?[（(]?";
    /** 12月10日我们复查时, 今天是12月9日, 10月8日复查: a later day told on which the correction is looked at or the penalty asked. */
    private static final Pattern CHECKED_ON = Pattern.compile(
            TODAY + "(\\d{1,2})月(\\d{1,2})[日号]|(\\d{1,2})月(\\d{1,2})[日号][^，。？！,?!]{0,8}?(?:复查|检查|去看|上门|回访|再去|核查|一看)");

    /**
     * The correction's last day told as a date and a later day told as the one it is looked at: whether that day is past
     * the deadline (a day in the same year; null when either is not told, or the later day comes before the order).
     */
    static Boolean deadlineByEndDate(String q) {
        Matcher end = DEADLINE_END.matcher(q);
        if (!end.find()) return null;
        Matcher on = CHECKED_ON.matcher(q);
        if (!on.find(end.end())) return null;
        java.time.LocalDate last = CalendarDay.inPlainYear(Integer.parseInt(end.group(1)), Integer.parseInt(end.group(2)));
        java.time.LocalDate day = CalendarDay.inPlainYear(Integer.parseInt(on.group(1) != null ? on.group(1) : on.group(3)),
                Integer.parseInt(on.group(2) != null ? on.group(2) : on.group(4)));
        return last == null || day == null ? null : day.isAfter(last);
    }

    /** 今天, 现在, 目前, 至今: the question speaks of the day it is asked. */
    private static final Pattern ASKED_TODAY = Pattern.compile("今天|今日|现在|目前|至今|眼下|到今天"
            // 拟办：12月中旬即组织拆除: an act the township plans, asked on the day the request bears
            + "|拟办|拟(?:于|在|组织|对)|打算|准备|计划|下周|明天|过几天");
    /** 去年, 前年: the events told are of an earlier year than the one asked in. */
    private static final Pattern EARLIER_YEAR = Pattern.compile("去年|前年|上一年");

    /** The events told are of the year asked in: no earlier year said (去年), and every year named is that one. */
    private static boolean toldOfTheYearAsked(String q, java.time.LocalDate asOf) {
        if (EARLIER_YEAR.matcher(q).find()) return false;
        Matcher year = YEAR_NAMED.matcher(q);
        while (year.find()) if (namedYear(year.group(1)) != asOf.getYear()) return false;
        return true;
    }

    /**
     * 到今天还没补。, 现在仍未整改，: the party is said not to have corrected yet, on the day asked — the verb alone, ending
     * its clause (还没补盖公章 leaves something else undone). Group 1 is the verb.
     */
    private static final Pattern STILL_UNCORRECTED = Pattern.compile(
            "(?:还|仍|仍然|依然|一直|始终)(?:是)?(?:没|未|没有)(?:去)?(补|改|整改|改正|拆|清|挪|搬|恢复|建|设|配|加|落实)[上好齐完掉走除立置]?(?:呢|啊)?(?=[，。？！,?!；;]|$)");
    /** A day of the calendar told (11月30日): a deadline is read as passed only when it is the one day the question tells. */
    private static final Pattern DAY_TOLD = Pattern.compile("\\d{1,2}(?:月|\\.)\\d{1,2}[日号]");

    /**
     * Whether the correction's deadline, told as a date of this year, has passed on the day asked: FALSE when it is still
     * ahead (限12月15日前清除…今天柴草还没清, asked on 5 December), TRUE when it has passed uncorrected, null when the question
     * does not tell either so.
     * <p>Passed counts only when the date is the question's only one and within the last three months, and the party is
     * said not to have done the very thing ordered (责令11月30日前补上，到今天还没补). Another date (an extension, the day of
     * the order, a plan's own deadline) or another thing left undone leaves it to the rules' condition.
     */
    public static Boolean deadlinePassedAsTold(String q, java.time.LocalDate asOf) {
        java.time.LocalDate last = lastDayToCorrect(q, asOf);
        if (last == null) return null;
        if (last.isAfter(asOf)) return Boolean.FALSE;
        if (!last.isBefore(asOf) || last.isBefore(asOf.minusMonths(3)) || CORRECTION_UNKNOWN.matcher(q).find()) return null;
        if (DAY_TOLD.matcher(q).results().count() != 1) return null;
        Matcher end = DEADLINE_END.matcher(q);
        if (!end.find()) return null;
        Matcher undone = STILL_UNCORRECTED.matcher(q);
        if (!undone.find(end.end())) return null;
        // the verb of the order itself (责令…前补上 … 还没补), said right after the date
        String ordered = q.substring(end.end(), Math.min(q.length(), end.end() + 8));
        return ordered.contains(undone.group(1)) ? Boolean.TRUE : null;
    }

    /** The correction's last day as the question tells it (a date, days from a dated order, the month's end), or null. */
    private static java.time.LocalDate lastDayToCorrect(String q, java.time.LocalDate asOf) {
        if (q == null || asOf == null || deadlineByEndDate(q) != null || !ASKED_TODAY.matcher(q).find() || !toldOfTheYearAsked(q, asOf)) return null;
        // 如果到期还不改，我们就准备拆除: the plan is for after the deadline, whatever day it falls on
        if (ASKS_AFTER_DEADLINE.matcher(q).find()) return null;
        Matcher end = DEADLINE_END.matcher(q);
        Matcher period = ORDER_PERIOD.matcher(q);
        if (end.find()) return CalendarDay.of(asOf.getYear(), Integer.parseInt(end.group(1)), Integer.parseInt(end.group(2)));
        if (period.find()) {
            int days = cn.quanze.citation.ChineseNumerals.spoken(period.group(3));
            java.time.LocalDate ordered = CalendarDay.of(asOf.getYear(), Integer.parseInt(period.group(1)), Integer.parseInt(period.group(2)));
            // 期间开始的当日不计算在内: the period's last day is the order's day plus the days given
            return days > 0 && ordered != null ? ordered.plusDays(days) : null;
        }
        return MONTH_END_DEADLINE.matcher(q).find() ? asOf.withDayOfMonth(asOf.lengthOfMonth()) : null;
    }

    /** 11月28日书面通知他20天内加上标识, 12月1日责令20天内改正: the order's day and the days it gives. */
    private static final Pattern ORDER_PERIOD = Pattern.compile(
            "(\\d{1,2})月(\\d{1,2})[日号][^。？！?!]{0,16}?(?:责令|通知|要求|下达|送达|下了|限期)[^。？！?!]{0,12}?"
                    + "(\\d{1,3}|[一二两三四五六七八九十]{1,3})(?:天|日)(?:内|之内|以内)");
    /** 给的改正期限到月底, 限本月底前整改: the deadline is the last day of the month asked in. */
    private static final Pattern MONTH_END_DEADLINE = Pattern.compile(
            "(?:期限|限期)[^，。？！,?!]{0,3}?(?:到|至)(?:本月|这个月)?(?:月底|月末)|限(?:本月|这个月)?(?:月底|月末)(?:前|之前)");

    /** The decision a forced demolition enforces (限期拆除决定, 责令限期改正通知书), not the enforcement decision itself. */
    private static final String DECISION_ENFORCED = "(?<!强制执行|强制拆除|执行)(?:限期拆除决定|拆除决定|处罚决定|限期改正通知|整改通知|改正通知|限期拆除通知)";
    /** 10月20日送达的限期改正通知书, 限期拆除决定…3月2日送达: the day the decision enforced was served. */
    private static final Pattern DECISION_SERVED = Pattern.compile(
            "(\\d{1,2})月(\\d{1,2})[日号][^。；？！]{0,30}?" + DECISION_ENFORCED + "[^。；？！]{0,14}?(?:送达|签收)"
                    + "|" + DECISION_ENFORCED + "[^。；？！]{0,14}?(\\d{1,2})月(\\d{1,2})[日号](?:就|已|已经)?(?:送达|签收)");

    /**
     * 责令限期改正通知书10月20日送达…今天能强拆吗, asked on 5 December: the decision was served less than six months before
     * the day asked, so the time to sue (行政诉讼法第四十六条, six months) — and perhaps to apply for review (sixty days) —
     * has not run out, and 行政强制法第四十四条 does not yet allow the demolition (null when the question does not tell it so).
     */
    public static Boolean appealTimeRunning(String q, java.time.LocalDate asOf) {
        if (q == null || asOf == null || !toldOfTheYearAsked(q, asOf)) return null;
        Matcher m = DECISION_SERVED.matcher(q);
        java.time.LocalDate served = null;
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 3;
            // a figure that names no day of the calendar reads no date
            java.time.LocalDate d = CalendarDay.of(asOf.getYear(), Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)));
            if (d != null && !d.isAfter(asOf) && (served == null || d.isAfter(served))) served = d;
        }
        return served != null && served.plusMonths(6).isAfter(asOf) ? Boolean.TRUE : null;
    }

    static boolean deadlineNotRun(String q) {
        Matcher m = DEADLINE_DATES.matcher(q);
        if (!m.find()) return false;
        java.time.LocalDate start = CalendarDay.of(2000, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        java.time.LocalDate acted = CalendarDay.of(2000, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        if (start == null || acted == null) return false;
        java.time.LocalDate end = m.group(3) != null
                ? start.plusMonths(cn.quanze.citation.ChineseNumerals.spoken(m.group(3)))
                : start.plusDays(Integer.parseInt(m.group(4)));
        // a later day in the same year, before the deadline's end
        return !acted.isBefore(start) && acted.isBefore(end);
    }

    /**
     * 昨天人去世了, 材料交上来后人就过世了, 网吧老板去世了: the party named just before the death, with no time word; read only
     * when no one carries on and no stop is asked because of it.
     */
    private static final Pattern PARTY_DIED = Pattern.compile(
            "(?<=人|他|她|老人|老汉|本人|当事人|老板|贩子|户主|孩子|村民)(?:就|也)?(?:去世|过世|病逝|病故|离世|亡故|身故|夭折)了");
    /** 由他儿子接手了, 他老婆接着干: someone else carries on after the one gone. */
    private static final Pattern SUCCEEDED = Pattern.compile("接手|接管|接着干|接着经营|继承|转给|顶替");
    /** 终止供养, 把养老金停了, 销户: a stop asked because of the death. */
    private static final Pattern STOP_ASKED = Pattern.compile("终止|停发|停了|停掉|销户");

    /** The words saying the party has died or been deregistered, or null. */
    public static String partyCeased(String q) {
        if (q == null) return null;
        Matcher m = PARTY_CEASED.matcher(q);
        while (m.find()) {
            String around = q.substring(Math.max(0, m.start() - 4), Math.min(q.length(), m.end() + 3));
            if (m.group().contains("注销")) return m.group();
            if (!NOT_A_PERSON.matcher(around).find() && !DEATH_COUNTED.matcher(q.substring(m.end())).find()) return m.group();
        }
        // 老板去世了，场子由他儿子接手了: another carries on and is the party; 老人去世了，终止供养: the death is the matter
        if (asksTermination(q) || STOP_ASKED.matcher(q).find()) return null;
        Matcher died = PARTY_DIED.matcher(q);
        while (died.find()) {
            if (!SUCCEEDED.matcher(q.substring(died.end())).find()) return died.group();
        }
        return null;
    }

    /**
     * 罚交通局, 处理县交通局, 乡里罚自己, 镇政府自己的食堂: an administrative organ, or the township itself, asked to be the
     * party. Not 报县林业局 or 交给县局 (the organ is where the case goes, not who is penalised).
     */
    private static final Pattern PARTY_IS_AUTHORITY = Pattern.compile(
            "(?:罚|处罚|查处|处理|制止|警告)(?:一下)?(?:县|市|省)?[\\p{IsHan}&&[^权后报给移送由是让请和跟与及的了款金钱他她它这那个人户家赌邮格骗饭布棋结大全当时出]]{1,4}局(?![长里转移交来送办])"
                    + "|(?:罚|处罚|制止|警告)(?:一下)?(?:自己|本乡政府|本镇政府|乡政府|镇政府|乡镇(?=吗|么|不|呢|[，。？！,?!]|$)|我们自己(?!的)|(?!我们|俺们|额们|咱们|咱|我|俺)\\p{IsHan}{2,3}(?:乡|镇)(?:人民)?政府)"
                    // 这个处罚额们镇政府能不能做: the township named after 处罚 is who would impose it
                    + "(?!能|可以|有没有|有权|可不可以|是否)"
                    // 罚县公路段, 处罚县林业站: a county unit named by its own suffix
                    + "|(?:罚|处罚)(?:一下)?(?:县|市|省)\\p{IsHan}{1,6}?(?:段|站|所|大队)(?![长里转移交来送办])"
                    // 镇政府自己的食堂, not 以镇政府自己的名义 (in whose name the township acts)
                    + "|(?<![以用按])(?:乡|镇)(?:政府|里)自己的(?!名义)");

    /** An online platform or a courier that sold or shipped nothing itself, named as the one to be fined. */
    // (a courier fined in so many words — 对发货的快递公司罚款 — is refused too; a logistics firm is not named here: it is
    // often the party itself, its lorry spilling the load of item 118 or carrying the timber of item 141)
    private static final String PLATFORM = "(?:网络|直播|电商|短视频|网购|购物|外卖|发货的|送货的)?(?:平台|抖音|快手|拼多多|淘宝|京东|微信|微店|小红书|闲鱼|美团|饿了么"
            + "|快递公司|快递网点|快递站点|快递驿站|顺丰|中通|圆通|申通|韵达|极兔|邮政公司)(?:平台|快递)?(?:的运营公司|公司)?"
            + "(?!主播|店主|卖家|商家|上的|里的|上卖|店铺|网店|用户|账号)";
    // (能不能罚, 要不要罚 still ask it)
    private static final String NOT_BEFORE = "(?<!(?<![能可要])不)(?<!别|没|不要|不用|无需|没法|(?<!能)不能|不必|不去|用不着)";
    private static final Pattern PLATFORM_FINED = Pattern.compile(
            NOT_BEFORE + "(?:对|给|把|连|将|向)(?:这家|那家|该|这个|那个)?[^，。？！,?!；;对给把]{0,8}?" + PLATFORM + "(?:也|一起|一并|一块)*[^，。？！,?!；;]{0,8}?(?:罚款|处罚|罚)"
                    + "|" + NOT_BEFORE + "罚(?:一下)?(?:这家|那家|该|这个|那个)?(?:卖货的|所用的)?" + PLATFORM
                    + "|罚款对象是" + PLATFORM
                    + "|" + PLATFORM + "(?:那边|这边)[^，。？！,?!；;]{0,6}?(?:能|可以|能不能)罚");

    /** The words naming an online platform or a courier as the party to be fined (对抖音平台罚款, 罚快递公司), or null. */
    public static String platformFined(String q) {
        return firstMatch(PLATFORM_FINED, q);
    }

    /** The words naming an administrative organ, or the township itself, as the party, or null. */
    public static String partyIsAuthority(String q) {
        return firstMatch(PARTY_IS_AUTHORITY, q);
    }

    /**
     * People and businesses a township might hand its work to — 网格员, 保安, 会长, 物业, 公司 — none of them an
     * organisation 依法成立并具有管理公共事务职能 to which a penalty may be entrusted (行政处罚法第二十条、第二十一条).
     */
    private static final String PRIVATE_HANDS = "安全员|信息员|护林员|巡逻员|网格员|志愿者|保安|联防队员?|物业|包工头|协会|会长|工会|公司|院长|防疫员|保洁|收费站|管理员|村民小组长|小组长|船老大|协管员|临时工|司机";
    /** 村委会替镇里审批, 委托村里去罚: the act would be done by the village committee in the township's stead. */
    private static final Pattern VILLAGE_ACTS_FOR_TOWNSHIP = Pattern.compile(
            "(?:村委会|村委|村里|村干部|村两委|村支书|村主任)(?:主任)?(?:说)?(?:他|她|他们)?(?:替|代|帮|代替)(?:镇里|乡里|镇政府|乡政府|镇上|乡上|政府)[^，。？！,?!]{0,10}?"
                    + "(?:审批|批|罚|处罚|发证|没收|查封|扣押|拆|决定|认定)"
                    + "|(?:委托|交给|授权|让)(?:村委会|村委|村里|村两委|村干部)(?:直接|自己|雇人|找人)?(?:去|来)?(?:代为|代)?(?:审批|批准|批(?!评)|罚款|罚|处罚|发证|没收|查封|扣押|强拆|拆除|拆(?!迁)|作出|收罚款|开罚单)"
                    // 乡里聘的护林员能不能自己对野外用火的人罚款: a hired hand acting alone
                    + "|(?:护林员|协管员|网格员|保洁员|巡查员|联防队员|辅警|安全员|信息员)(?:能不能|能否|能|可以)?(?:自己|直接)[^，。？！,?!]{0,8}?(?:罚|罚款|处罚|没收|扣)"
                    // 交给村支书个人去办: a village officer as a private person; 行政机关不得委托其他组织或者个人实施行政处罚 (行政处罚法第二十条)
                    + "|(?:交给|交由|委托|授权)[^，。？！,?!]{0,8}?(?:村支书|支书|村书记|村主任|村干部|村长)个人"
                    // 委托给石板沟村村委会，由他们开罚单
                    + "|委托[^，。？！,?!]{0,6}?(?:村委会|村委|村干部)[^，。？！,?!]{0,10}?(?:罚|开罚单|收罚款|处罚)"
                    // 书面委托永安村村委会，对村里烧秸秆的人罚款
                    + "|委托[^，。？！,?!]{0,8}?(?:村委会|村委)[，,](?:对|由)[^。？！?!]{0,12}?(?:罚|处罚)"
                    // 委托林业站替乡政府处罚, 让派出所以镇政府的名义替我们罚, 让村里的会计审核: another organ, a village officer
                    // or a hired hand put in the township's place
                    // 关于……的请示：环春坪村村委会作出决定: 请示 is the paper's name, no one asked to act
                    // (请司法所审核把关: the township's own legal review of its draft decision, no one put in its place)
                    + "|(?!请(?:乡|镇)?司法所(?:审核|把关|看|核|法审)(?![^，。？！,?!]{0,16}?(?:罚|决定|出具|出)))(?:委托|授权|让|叫|请(?![示批教])|交给|交由)[^，。？！,?!]{0,8}?(?:村委会|村委|村里的?会计|会计|村医|村选举委员会|选举委员会|派出所|林业站|国土所|财政所|农经站|供电所|卫生院|司法所|协管员|第三方|评估公司|物业公司)"
                    + "[^，。？！,?!]{0,16}?(?:罚|处罚|开罚单|出罚单|审核|核查|检查|备案|审批|批准|铲除|决定|出具|出面|接管)"
                    // 让网格员自己去铲掉, 叫养殖协会会长去罚款, 让收费站的人当场罚款, 委托养老院院长审核, 让村民小组长在审核表上盖章,
                    // 让包工头巡查完了直接出检查结论: a volunteer, a company, an association or a private person put in the township's place
                    + "|(?:委托|授权|(?<![不别])让|叫|请(?![示批])|交给|交由)[^，。？！,?!]{0,8}?(?:" + PRIVATE_HANDS + "|业委会|学校|养老院|合作社)"
                    + "[^，。？！,?!]{0,16}?(?:罚|处罚|开罚单|审核|初审|核查|检查|查处|备案|备了|审批|批准|铲|挖|拆|抓走|决定|定名单|定谁|出具|盖章|出结论|出检查结论|接管|自己查|自己处理|自己决定|查(?:银行|账|流水|收入|存款))"
                    // 让村里自己决定救谁, 叫施工队直接把管子挖了: the township's decision left to the village, or done by a contractor without one
                    + "|(?:让|叫|交给|交由)村里自己(?:决定|定|评|审)|(?:叫|让)施工队直接"
                    // 镇里口头说你们去铲吧 (to the village committee)
                    + "|(?:说|叫|让)(?:你们|他们)?(?:村里|村委会)(?:去|自己)(?:铲|拆|罚)|口头(?:说|叫|让)(?:你们|他们)(?:去|自己)(?:铲|拆|罚)"
                    // 村里报上来直接报县里，乡里不审: the township's own step left to others
                    + "|(?:乡里|镇里|乡政府|镇政府)(?:就)?不(?:审(?!批)|审核|初审|留底)(?=行|可以|吧|了|[，,？?]|$)(?![^。？！?!]{0,8}?县里审)"
                    // 聘请的协管员单独上门检查; 由公司直接罚款; 由村委会决定铲不铲
                    + "|(?:聘请|聘用|雇)的?(?:协管员|人员|保安|临时工)[^，。？！,?!]{0,6}?(?:单独|自己)[^，。？！,?!]{0,6}?(?:检查|罚|处罚|开)"
                    + "|由(?:村委会|村委|村里|公司|会计|第三方)(?:直接)?(?:决定|罚款|罚|处罚)"
                    // 村委会能罚乱倒垃圾的村民吗; 我是村委会主任，…我能不能直接罚他: the village committee asking for itself
                    + "|(?:村委会|村委|村干部|村两委|村支书|村书记|村主任)(?:主任)?(?:能不能|能否|能|可以|可不可以|有没有权|有权)(?:直接)?(?:罚|处罚|开罚单|没收|扣押|强拆|拆)"
                    + "|^我是村(?:委会)?(?:主任|书记|支书|会计|干部|委员)[^。？！?!]{0,24}?我(?:们)?(?:村)?(?:能不能|能否|能|可以|可不可以)(?:直接)?(?:罚|处罚|没收|扣|拆)"
                    // 用综治办的章出调解协议: an internal office acting in its own name
                    + "|(?:用|以)(?:综治办|党委|武装部|人大主席团|党政办|派出所|林业站|国土所)的(?:章|公章|名义)"
                    // 以“中共沟南乡委员会”的名义下发、盖乡党委的章, 以“门限石乡森林防火办公室”名义: a body other than the
                    // township government named on its decision
                    + "|(?<![不非])(?:用|以|盖)[“\"「]?(?:中共)?\\p{IsHan}{0,10}?(?:党委|委员会|办公室|防火办|综治办|党政办|执法队|执法中队)[”\"」]?(?:自己)?的?(?:名义|章|公章|处罚决定书)"
                    // 以乡林业站名义作出处罚, 处罚决定书以乡农业综合服务中心名义下发, 由镇综治办以自己的名义作出: a unit of the
                    // township, not the township, named on its decision
                    + "|(?<![不非])以(?:乡|镇)?[\\p{IsHan}]{0,8}?(?:站|中心|所|办|队)的?名义|由[\\p{IsHan}]{0,10}?(?:站|中心|所|办|队)以(?:自己|本单位)的?名义|(?:站|中心|所|办|队)(?:能否|能不能|可否|可不可以|能|可以|想|要)?以(?:自己|本单位|本所|本站|本队)的?名义"
                    // 由镇应急管理办公室自己出处罚决定书; 以东冶镇综合行政执法大队为处罚机关; 由村支书代表镇里罚他
                    + "|由[\\p{IsHan}]{0,12}?(?:办公室|站|所|中心|大队|中队)(?:自己)?(?:出|作出|下)[^，。？！,?!]{0,4}?决定书|以[\\p{IsHan}]{0,14}?(?:大队|中队|办公室|站|所|中心)为处罚机关"
                    + "|由村[\\p{IsHan}]{0,6}?(?:支书|书记|主任|两委|委会|会计|干部)[^，。？！,?!报]{0,6}?(?:罚|开罚单|收罚款)"
                    // 由镇林业站罚款500元, 由镇应急办出具处罚决定, 由镇农业综合服务中心作出罚款决定; 落款为…林业站
                    + "|由(?:镇|乡)[\\p{IsHan}]{0,10}?(?:站|中心|所|办)(?:站长|主任|所长)?(?:自己)?(?:签发|出具|作出|罚款|罚)|落款为[\\p{IsHan}]{0,12}?(?:站|中心|所|办)(?![\\p{IsHan}])"
                    // 由驻村工作队当场罚款; 由村环境卫生监督员开具罚单并收款
                    + "|由(?:驻村)?工作队[^，。？！,?!]{0,6}?(?:罚|开罚单|开具罚单)|由村[\\p{IsHan}]{0,8}?(?:监督员|管理员|协管员|保洁员)[^，。？！,?!报]{0,6}?(?:罚|开罚单|开具罚单|收款|收罚款)"
                    // 乡里用县林业局的名义出处罚决定书: another organ's name on the township's decision
                    + "|(?:乡里|镇里|乡上|镇上|我们|俺们|乡政府|镇政府)[^，。？！,?!]{0,6}?(?:用|以)县(?:里)?[\\p{IsHan}]{0,6}?(?:局|委|办|所|站)的?(?:章|公章|名义)"
                    // 用县林业局的处罚决定书、盖县林业局公章, 以五台县农业农村局名义出
                    + "|(?:用|以|盖)(?:五台)?县(?:里)?[\\p{IsHan}]{0,6}?(?:局|委|办|所|站)的?(?:处罚决定书|决定书|章|公章|名义)"
                    // 镇长的司机说他代表镇长罚五百
                    + "|(?:司机|协管员|保安|临时工)[^，。？！,?!]{0,8}?(?:代表|替)[^，。？！,?!]{0,6}?(?:罚|处罚)"
                    + "|(?:司机|协管员|保安|临时工)[^。？！?!]{0,20}?[，,](?:说|称)(?:他|她|自己)(?:是)?(?:代表|替)[^，。？！,?!]{0,6}?(?:罚|处罚)");

    /** 请派出所协助, 让林业站配合检查, 委托评估公司评估后: help asked (行政处罚法第二十六条), not the power handed over. */
    private static final Pattern ONLY_HELP = Pattern.compile("协助|配合|检测|评估|鉴定|帮着|陪同|通知|送达|报上来|在场|监督");

    private static final Pattern PRIVATE_HAND = Pattern.compile(PRIVATE_HANDS);

    // 让黑虎岔村村委会去铲除: the village committee as a body (禁毒法第十九条第二款 charges 村民委员会、居民委员会), not a 网格员,
    // a village officer alone or a hired hand
    private static final Pattern VILLAGE_COMMITTEE = Pattern.compile("村委会|村民委员会|居委会|居民委员会|村两委|社区居委");

    /** 委托村委会代履行, 费用让他出, 破门进去铲: what the law gives the committee itself does not go so far. */
    private static final Pattern BEYOND_OWN_DUTY = Pattern.compile("委托|代履行|代为履行|费用|钱让|钱由|让他出钱|破门|撬门|撬锁|翻墙|强制|强行|罚");

    /**
     * Whether the words handing the township's work over name the village (or residents') committee itself, doing no
     * more than the plain act (制止、铲除): not entrusted with it, not by force, not at the party's cost.
     */
    public static boolean villageCommittee(String villageActing, String q) {
        return villageActing != null && !privateHand(villageActing) && VILLAGE_COMMITTEE.matcher(villageActing).find()
                && (q == null || !BEYOND_OWN_DUTY.matcher(q).find());
    }

    /** Whether the words handing the township's work over name a person or a business (叫养殖协会会长去罚款). */
    public static boolean privateHand(String villageActing) {
        // 交给村支书个人: a village officer handed the power as a private person
        return villageActing != null && (PRIVATE_HAND.matcher(villageActing).find() || villageActing.endsWith("个人"));
    }

    /**
     * 县林业局想…, 县民政局能不能…: a county or city department named as the one to act. The township catalogue lists the
     * township government's powers only; a later 乡里/镇里 makes the township the actor again (县林业局想让镇里…).
     */
    private static final Pattern OTHER_BODY_ACTS = Pattern.compile(
            "(?:^|[，。？！,?!：:；;\\s])((?:五台)?(?:县|市|省)\\p{IsHan}{0,8}?(?:局|办|委|站|中心|大队))(?:的人|的同志|这边|那边)?"
                    + "(?:想(?!知道)|打算|准备|要(?!求)|能不能|能否|可不可以|可以|能|自己)");
    private static final Pattern TOWNSHIP_NAMED_AFTER = Pattern.compile("乡里|镇里|乡政府|镇政府|乡上|镇上|(?:我们|俺们|咱们?)(?:乡|镇)");

    /** The county or city department the question names as the one to act (县林业局想…), or null. */
    public static String otherBodyActs(String q) {
        Matcher m = OTHER_BODY_ACTS.matcher(q);
        if (!m.find() || TOWNSHIP_NAMED_AFTER.matcher(q).region(m.end(), q.length()).find()) return null;
        return m.group(1);
    }

    /** The words putting the village committee, another organ or a hired hand in the township's place, or null. */
    public static String villageActsForTownship(String q) {
        // 请派出所出面协助: the help may be named just after the organ's words
        return firstMatch(VILLAGE_ACTS_FOR_TOWNSHIP, q,
                m -> !ONLY_HELP.matcher(q.substring(m.start(), Math.min(q.length(), m.end() + 4))).find());
    }

    /**
     * 听说是工商企业注册的，也可能是合作社; 身份证上生日好像对不上; 家里有没有别的房也没查: a fact of the case the asker only
     * heard, guesses or has not checked. Doubt about what the law allows (好像乡里能罚) is the question itself, not a fact.
     */
    private static final Pattern DOUBTED = Pattern.compile(
            "听说|据说|听人说|好像(?!可以|能|不能|行|不行|应该|该)|也可能|(?<!不|有|尽)可能(?:是|在|其实|不是|不|没|算|就是|已经|超)|估计|也许|似乎|说不准|(?:拿不准|吃不准)(?![，,]?(?:想|来|特来|所以)?(?:问一下|问问|请教|咨询))|不确定"
                    + "|(?:没|未|没有|还没)核实|没见着|没见到|没看到[^，。？！,?!]{0,4}?(?:证|协议|手续|批文|合同)|(?:不知道|不知)(?:是不是|有没有|是否|批没批|办没办|签没签)"
                    + "|(?:也|还|都)没查|没去查|还没去(?:看|现场)|看着像|看样子是|到底[^，。？！,?!]{0,8}?(?:不清楚|说不清)|俺也不清楚|(?:也|都|还)不清楚"
                    // 还不知道医保能不能报: whether a benefit covers the case is not known yet
                    + "|(?:不知道|不清楚|不确定)[^，。？！,?!]{0,6}?能不能(?:报|报销|享受|领)"
                    // 他到底烧没烧秸秆, 究竟有没有砍: the deed itself is in doubt
                    + "|(?:到底|究竟)[^，。？！,?!]{0,4}?(?:(?<deed>[\\p{IsHan}])没\\k<deed>|有没有|是不是)(?!这个权|这权|权|依据|这个职|职|资格|法律|这个规定|规定)"
                    // 到底符不符合要求, 也说不清违不违规: whether the conduct breaks the rule is itself in doubt
                    + "|(?:到底|究竟|说不清|说不准|不清楚|搞不清|弄不清)[^，。？！,?!]{0,4}?(?:符不符合|违不违规|违没违规|违不违反|算不算违)"
                    // 是不是他家承包的还有人有异议; 算散养户还是养殖场说不清
                    // 那片草坡算不算严重退化，县里从没给过说法: whether the case is of the kind named, no one has said
                    + "|算不算[^，。？！,?!]{1,16}?[，,]?[^，。？！,?!]{0,8}?(?:从来?没|没有?|还没|未)(?:给过|给|有过|下过|作过)?(?:说法|定论|结论|认定)"
                    + "|有人有异议|还有异议|还是[^，。？！,?!]{0,10}?(?:说不清|不清楚|搞不清|弄不清|(?:还|也|都)?没(?:说清|弄清|搞清|定|划清|分清|确定))"
                    // 说有合格证，但还没拿来看: a paper the party claims, not yet seen
                    + "|(?:还|都|也)没(?:拿|拿出|交|送)(?:过)?来(?:给我们|给乡里|给镇里)?看|还没(?:出示|查验|核对)"
                    // 有人说是拉煤车撒的; 可村民说是他家租户倒的; 也不知道迁没迁
                    + "|有人说(?:是|不是)|(?:可|但|可是|不过)(?:村民|有人|邻居|村里人|别人|旁人|群众)说(?:是|不是)(?![^，。？！,?!]{0,8}?(?:能|可以|有权|该管|规定))"
                    + "|(?:不知道|不知|不清楚|搞不清)[^，。？！,?!]{0,4}?(?<dx>\\p{IsHan})没\\k<dx>"
                    // 不知道协商过没有: whether a step was taken is not known
                    + "|(?:不知道|不知|不清楚|搞不清)[^，。？！,?!]{0,6}?(?:过没有|了没有|过没|没有过)"
                    // 该厂区是否位于森林防火区内尚待林业部门确认: a fact put as a question still to be settled by someone
                    + "|(?:是否|是不是|在不在|有没有)[^，。？！,?!]{1,24}?(?:尚待|有待|待|尚未|还没有?|还未|未)(?:[\\p{IsHan}]{0,8}?)(?:确认|核实|查明|核查|认定|鉴定|勘测|测量)");
    /** The clause of a doubt that asks about the power, not about the facts (好像乡里能罚, 听说县里规定). */
    private static final Pattern ABOUT_THE_POWER = Pattern.compile("(?<![可功职智技本])能(?![力源耐])|可以|有权|职权|权力|该管|管得了|规定|法律|依据|条例|清单"
            // 听说有人组织要去县里上访: a plan heard of is why the township acts, not a fact of the case in doubt
            + "|要去|打算|准备|想要|会不会|政策|归(?:乡|镇)里?管|管不管|禁没禁|准没准|许没许|让没让"
            // 听说乡里要把我们村跟上门限石村合成一个村, 听说得镇里先审: what the township itself will or must do is the power asked
            + "|(?:乡里|镇里|乡上|镇上|乡政府|镇政府)(?:要|得|会|将|先)"
            // 听说得先经乡里审核再报县里批: the steps the law sets are the power asked
            + "|得(?:先)?(?:经|由|让|找)(?:乡里|镇里|乡上|镇上|乡政府|镇政府|县里)"
            // 听人说镇上对困难残疾人做康复有补贴: what the township gives is the power asked about
            + "|(?:乡里|镇里|乡上|镇上|乡政府|镇政府)[^，。？！,?!]{0,14}?有(?:补贴|补助|救助|政策|这项|这个)"
            // 我估计宅基地得县自然资源局批, 得文旅局罚, 是林业局的事, 乡里插不上手: a guess at who holds the power
            + "|(?:得|该|归|应该|应当|由)(?:县里?|[\\p{IsHan}]{1,8}?(?:局|部门|委|办|所|站|指挥部))(?:来|去)?(?:批|管|罚|处理|的事|说了算|下命令)(?![过了])"
            + "|(?:乡里|镇里|乡上|镇上|我们|俺们|乡政府|镇政府)(?:根本|也|都)?(?:插不上手|管不着|管不了)"
            // 我估计个人最多罚五百, 听说只能警告: a guess at what the article allows
            + "|(?:最多|顶多|最少|至少|只能)(?:只)?(?:罚|警告|劝)");

    /** 查实了, 核实过, 经查属实: the fact was checked. */
    private static final Pattern CHECKED = Pattern.compile("查实|查清|查明|核实(?:了|过)|经(?:过)?(?:调查|核查|核实)|证实|属实|确认(?:了|过)|承认|确实|查了|核对了|看了");

    private static final Pattern DETERMINE = Pattern.compile("定");
    private static final Pattern PERMIT_OR_APPROVAL = Pattern.compile("批|许可|证(?!明)|执照|审核");

    /** 给俺们处理定下来, 帮着定一下: to settle a matter, not a decision already taken (下了处理决定) nor an approval. */
    private static final Pattern SETTLE = Pattern.compile("(?<![决确规约认鉴评审])定(?:下来|一下|个说法)");

    /** 乡里能出面给俺们处理定下来吗: the question asks the township to settle it, naming no permit or approval. */
    public static boolean saysSettle(String q) {
        return q != null && SETTLE.matcher(q).find() && !PERMIT_OR_APPROVAL.matcher(q).find();
    }

    /** 自己定这个区域和时段, 定下来: to determine, naming no permit or approval. */
    public static boolean saysDetermine(String q) {
        return q != null && DETERMINE.matcher(q).find() && !PERMIT_OR_APPROVAL.matcher(q).find();
    }

    /** 合同第八条写的“承包期内发包方不得调整承包地”: the land contract itself forbids adjusting. */
    private static final Pattern CONTRACT_FORBIDS_ADJUSTING = Pattern.compile(
            "(?<!没有|没|无|未)(?:承包)?合同(?:[^。？！?!有是写]|有(?!没)|是(?!否|不是)|写(?!没|了没))"
                    // (承包合同未约定不得调整, 合同里也没有不得调整的约定: the contract is silent)
                    + "{0,30}?(?<!有没有写|是否写|写没写|有没有|是否|未约定|没约定|没有约定|无约定|并未约定|没有|没)(?:不得|不准|不许|不能|不予)调整"
                    + "|(?<!有没有|是否|未|没|没有|并未)约定(?:了)?不(?:得|准|许|能)?调整"
                    // 承包合同上写明了承包期内不调整
                    + "|合同[^。？！?!]{0,6}?(?<![没未])(?:写明|写着|写了|注明|载明|明确)(?:了)?[^。？！?!没]{0,10}?不调整");

    /** The land contract says the land may not be adjusted (农村土地承包法第二十八条第二款: 按照其约定). */
    public static boolean contractForbidsAdjusting(String q) {
        return q != null && CONTRACT_FORBIDS_ADJUSTING.matcher(q).find();
    }

    /** 把这几棵树给砍了, 清除线下的树: trees or crops to be cut or cleared. */
    private static final Pattern PLANTS_REMOVED = Pattern.compile(
            "(?:树|林木|竹子|庄稼|植物|苗木|树枝|枝杈)[^。？！?!]{0,12}?(?:砍|伐|清除|铲|剪|修剪)"
            // 杨树长高了，已危及线路安全，乡政府能组织强制砍伐吗: cutting may be asked far from the tree
            + "|(?:树|林木|竹子|苗木)[^。？！?!]{0,30}?(?:砍伐|砍掉|砍了|伐掉|砍树)"
            // …新栽了一片速生杨，树已经长到快碰着导线了。乡政府可以组织强制砍伐吗: the cut asked in the next sentence
            + "|(?:树|林木|竹子|苗木|速生杨)[^？！?!]{0,50}?[。；;][^？！?!。]{0,20}?(?:强制|强行|组织)?(?:砍伐|砍掉|伐掉|砍了)|(?:砍|伐|清除|铲|剪)[^，。？！,?!]{0,6}?(?:树|林木|竹子|庄稼|植物|苗木|树枝)");
    /** 房、棚、墙、堆放的东西: a building, structure, installation or goods, which 行政强制法第四十四条 speaks of. */
    private static final Pattern STRUCTURE = Pattern.compile("拆|房|建筑|构筑|棚|墙|屋|圈舍|猪圈|羊圈|牛圈|窑|鱼塘|水池|厕|炉|堆放|堆的|鸡舍|鸭舍|猪舍|牛舍|羊舍|畜舍|仓库|库房|蓄水池|沼气池|(?<!电力|供电)设施(?!保护|安全)|杆|塔|基础|广告牌|围栏|大棚");

    /** Only trees or crops are to be removed by force, nothing built (行政强制法第四十四条 is about buildings and structures). */
    public static boolean plantsOnly(String q) {
        return q != null && PLANTS_REMOVED.matcher(q).find() && !STRUCTURE.matcher(q).find();
    }

    private static final Pattern HEARSAY = Pattern.compile("听说|据说|听人说");
    /** 耿镇镇管过…, 建安镇给…发过…: a township named as having done it before (not 乡里, 我们镇). */
    private static final Pattern OTHER_TOWNSHIPS_PRACTICE = Pattern.compile(
            "(?<!我们|俺们|咱们|咱|本|我)\\p{IsHan}{2,3}(?:乡|镇)(?![里上镇])[^，。？！,?!]*?(?:过|都|每年|一直|管得|罚得|查得)");
    /** 这种个人…的: a kind of case, not this one (听说他烧煤的 still hears of the case). */
    private static final Pattern GENERIC_KIND = Pattern.compile("这种|这类|这样的|像这样|凡是");

    /** The clause telling a fact the asker doubts (听说…，也可能…), or null; see {@link #DOUBTED}. */
    public static String doubtedFact(String q) {
        if (q == null) return null;
        q = cn.quanze.catalogue.ConductElements.withoutHelpers(q);
        Matcher m = DOUBTED.matcher(q);
        while (m.find()) {
            int from = Clauses.start(q, m.start());
            int to = Clauses.end(q, m.end());
            String clause = q.substring(from, to);
            // 有人说是他家租户倒的，我们查实了: a doubt the question says was settled is no doubt
            if (CHECKED.matcher(q.substring(to)).find()) continue;
            // 听说这种个人擅自改变小区公共设施用途的，镇里能罚款: what is heard of is the power, said in the clause after 的
            // (only what is heard: 也可能是别家的，镇里能去制止吗 doubts the case)
            if (HEARSAY.matcher(m.group()).matches() && clause.endsWith("的") && GENERIC_KIND.matcher(clause).find()
                    && ABOUT_THE_POWER.matcher(q.substring(to, Clauses.end(q, Math.min(q.length(), to + 1)))).find()) continue;
            // 听说耿镇镇管过不送娃上学的家长: what another township has done before is told for comparison, not the case
            if (HEARSAY.matcher(m.group()).matches() && OTHER_TOWNSHIPS_PRACTICE.matcher(clause).find()) continue;
            // 也可能是隔壁乡的地: a place in doubt is the place to confirm (rules/territory.drl), not a fact of the conduct
            if (!ABOUT_THE_POWER.matcher(clause).find() && !UNNAMED_PLACE.matcher(clause).find()) return clause;
        }
        return null;
    }

    /**
     * 一方已经去县法院打官司了, 法院已经立案了: the dispute is before a court; 对方已经向县政府申请处理，县政府受理了,
     * 仲裁委已经受理了: or another body has taken it up.
     */
    private static final Pattern BEFORE_COURT = Pattern.compile(
            "(?:去|到|向|在)(?:县|市|中级)?(?:人民)?法院(?:里)?(?:打官司|起诉|告|立了案|立案)|法院(?:已经|已)?(?:立案|受理)了?|已经起诉|已向法院|打起了官司"
                    + "|(?:县|市)(?:人民)?政府(?:已经|已)?受理了?|仲裁(?:委员会|委)?(?:已经|已)?受理了?");
    /** 不想去法院打官司, 只能让他们去法院起诉, 要是去法院告: a court named but not seized. A case the court has decided is not read. */
    private static final Pattern COURT_NOT_SEIZED = Pattern.compile("(?:不想|不愿意?|不肯|只能|让他们|叫他们|要是|如果|假如|万一|可以|建议)[^，。？！,?!]{0,4}$");

    /** The words putting the dispute before a court, or null. */
    public static String beforeCourt(String q) {
        if (q == null) return null;
        Matcher m = BEFORE_COURT.matcher(q);
        while (m.find()) {
            if (!COURT_NOT_SEIZED.matcher(q.substring(Math.max(0, m.start() - 8), m.start())).find()) return m.group();
        }
        return null;
    }

    /** What the question tells of a court's ruling on the body's own act. */
    public static java.util.EnumSet<CourtRuling> courtRulings(String q) {
        java.util.EnumSet<CourtRuling> out = java.util.EnumSet.noneOf(CourtRuling.class);
        if (q == null) return out;
        if (COURT_REVOKED_REMADE.matcher(q).find()) out.add(CourtRuling.REVOKED_REMADE);
        if (COURT_ALREADY_REVOKED.matcher(q).find()) out.add(CourtRuling.ALREADY_REVOKED);
        return out;
    }

    /** 2022年镇里罚了…，那时候有这个权吗: the body's own act dated in a year, asked about then. */
    /** 2023年6月20日, 2023年6月, 2023年: the year, month and day are groups 1 to 3 of each alternative that opens with it. */
    private static final String DATE = "(?<![0-9])((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月(?:([0-9]{1,2})[日号])?)?";
    private static final String HAS_POWER = "(?:能|可以|有没有|有权|有这个权)";
    private static final Pattern OWN_ACT_DATED = Pattern.compile(
            DATE + "[，,]?[^，。？！,?!]{0,6}?"
                    // 2021年建安镇查过…; 2023年6月，沟南乡给…开了罚单: the township by its name as well
                    + "(?:镇里|乡里|镇上|乡上|镇政府|乡政府|我们|俺们|[\\p{IsHan}]{2,3}[乡镇](?:人民政府|政府)?)[^。？！?!]{0,40}?"
                    + "(?:那时候?|那会儿?|当时|那年)[^。？！?!]{0,6}?(?:有|能|可以|算不算|是不是|属不属于)"
                    // 2023年3月的时候，乡政府能不能依这个清单处罚…: the date opens the question asked
                    + "|" + DATE + "(?:的时候|那时候?|那天|那会儿?|那个月|那年)[，,]?" + TOWNSHIP + HAS_POWER
                    // 2021年那会儿村里有户建房，当时镇里能…吗: the date told first, the township's act after 当时
                    + "|" + DATE + "(?:的时候|那时候?|那会儿?|那年)[^。？！?!]{0,30}?(?:当时|那时候?|那会儿?)[，,]?" + TOWNSHIP + HAS_POWER
                    // 镇里2023年5月就批过一次，那时候镇里有审批权吗: the township named before the date
                    + "|" + TOWNSHIP + DATE + "[^。？！?!]{0,30}?(?:那时候?|那会儿?|当时|那年)[^。？！?!]{0,6}?(?:有|能|可以|算不算|是不是|属不属于)");
    /** The group opening each alternative of {@link #OWN_ACT_DATED}: its year; month and day follow. */
    private static final int[] DATE_GROUPS = {1, 4, 7, 10};

    private static final Pattern NOW_ASKED = Pattern.compile("现在|如今|眼下|这次|目前");

    private static final Pattern SPOKEN_YEAR = Pattern.compile("([〇○零一二三四五六七八九]{4})年");
    /** A day of the month in characters (一 to 三十一). */
    private static final String SPOKEN_DAY_NUMBER = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]";
    private static final Pattern SPOKEN_MONTH = Pattern.compile("(?<=[0-9]年)(十[一二]?|[一二三四五六七八九])月"
            // 限期在十二月二十日前: a month with its day and no year
            + "|(?<![零一二三四五六七八九十百千万两〇0-9])(十[一二]?|[一二三四五六七八九])月(?=(?:" + SPOKEN_DAY_NUMBER + ")[日号])");
    private static final Pattern SPOKEN_DAY = Pattern.compile("(?<=[0-9]月)(" + SPOKEN_DAY_NUMBER + ")([日号])");

    /** 二〇二二年六月二十日 written as 2022年6月20日, so that a date in characters is read as one in digits. */
    static String arabicDate(String q) {
        return monthDaysInDigits(SPOKEN_YEAR.matcher(q).replaceAll(y -> namedYear(y.group(1)) + "年"));
    }

    /**
     * 六月二十日 after a year, 十二月二十日 with none, written in digits: every question is read so (限期在十二月二十日前 as
     * 限期在12月20日前), and the date readers read only digits.
     */
    static String monthDaysInDigits(String q) {
        String s = SPOKEN_MONTH.matcher(q).replaceAll(m -> cn.quanze.citation.ChineseNumerals.spoken(m.group(1) != null ? m.group(1) : m.group(2)) + "月");
        return SPOKEN_DAY.matcher(s).replaceAll(d -> cn.quanze.citation.ChineseNumerals.spoken(d.group(1)) + d.group(2));
    }

    /**
     * The last day of the period the question dates the body's own act in (a year: its 31 December; a month: its
     * last day; a day: that day), or null.
     */
    public static LocalDate ownActDay(String q) {
        if (q == null) return null;
        String dated = arabicDate(q);
        Matcher m = OWN_ACT_DATED.matcher(dated);
        if (!m.find()) return null;
        int g = java.util.Arrays.stream(DATE_GROUPS).filter(i -> m.group(i) != null).findFirst().orElseThrow();
        // 2022年那会儿…当时镇里有没有批我不清楚，现在他又来申请: the year is background, the question is about now
        if (g == DATE_GROUPS[2] && NOW_ASKED.matcher(dated.substring(m.end())).find()) return null;
        int year = Integer.parseInt(m.group(g));
        String month = m.group(g + 1), day = m.group(g + 2);
        if (month == null) return LocalDate.of(year, 12, 31);
        int m1 = Integer.parseInt(month);
        if (m1 < 1 || m1 > 12) return LocalDate.of(year, 12, 31); // 2023年13月: the year alone is told
        YearMonth ym = YearMonth.of(year, m1);
        int d = day == null ? 0 : Integer.parseInt(day);
        // 2023年2月30日: the month is told, the day is not a day of it
        return d >= 1 && d <= ym.lengthOfMonth() ? ym.atDay(d) : ym.atEndOfMonth();
    }

    /** The first run of the question the pattern finds, or null (also for no question). */
    private static String firstMatch(Pattern p, String q) {
        return firstMatch(p, q, m -> true);
    }

    /** The first match that {@code keep} accepts (a match whose own words or surroundings undo it is passed over), or null. */
    private static String firstMatch(Pattern p, String q, java.util.function.Predicate<Matcher> keep) {
        if (q == null) return null;
        Matcher m = p.matcher(q);
        while (m.find()) if (keep.test(m)) return m.group();
        return null;
    }

    /** 出个文件，规定外地车进镇要交通行费: a document that makes people pay sets a fee. */
    private static final Pattern FEE_DUTY = Pattern.compile("(?:交|缴|缴纳|交纳|收|收取)[^，。？！,?!]{0,8}?(?:费|押金|保证金|集资)");

    /** 夜间或者法定节假日 (行政强制法第四十三条第一款), as a township official says it. */
    private static final String NIGHT_OR_HOLIDAY_WORDS =
            "(?:夜间|夜里|半夜|深夜|凌晨|晚上|夜晚|大年初一|大年三十|年三十|除夕|春节(?:期间|假期|那几天)?|过年(?:期间|那几天)|正月初[一二三四五六七]"
                    + "|国庆(?:节|假期|期间|长假)|五一(?:假期|期间|长假|劳动节)|劳动节|中秋节?|端午节?|清明节?|元旦|法定节假日|节假日|放假期间|假期里|放假(?:那天|那几天|的时候)|长假(?:期间|里|那几天)?"
                    // 2027年1月1日上午: a day 全国年节及纪念日放假办法第二条 makes a holiday by its date (新年, 劳动节, 国庆节)
                    + "|(?:(?:19|20)[0-9]{2}年)?(?<![0-9])(?:1月1[日号]|5月1[日号]|10月[123][日号])(?:上午|下午|白天|一早|早上)?)";
    private static final Pattern NIGHT_OR_HOLIDAY = Pattern.compile(NIGHT_OR_HOLIDAY_WORDS
                    // the time of the enforcement asked (大年初一去强拆), not of the wrongdoing (他晚上偷偷盖的房)
                    + "(?=[^，。？！,?!]{0,8}?(?:去|拆|执行|动手|清除|强制|铲))"
                    // 强拆安排在晚上十点: the enforcement named first, then its time
                    + "|(?:强拆|拆除|强制执行|清除|铲除)[^，。？！,?!]{0,4}?(?:安排在|定在|放在|选在)" + NIGHT_OR_HOLIDAY_WORDS
                    // 程序都齐了，日子定在10月2号国庆假期里: the day of the enforcement set
                    + "|(?:日子|时间|日期)(?:就)?(?:安排在|定在|放在|选在)[^，。？！,?!]{0,8}?" + NIGHT_OR_HOLIDAY_WORDS
                    // 想趁正月初二（2027年2月7日）人都在家时组织强制拆除: the time the township chooses for its own act
                    + "|(?:趁|定于|安排在|准备在|打算在|想在|计划在)[^，。？！,?!]{0,2}?" + NIGHT_OR_HOLIDAY_WORDS
                    + "(?=[^。？！?!]{0,30}?(?:拆|执行|清除|强制|铲))");
    /** 强拆日子是2027年2月5日, 定于1月28日拆除: the day set for the enforcement, told by month and day. */
    private static final Pattern ENFORCEMENT_DAY = Pattern.compile(
            "(?<![0-9])([12])月([0-9]{1,2})[日号](?=[^。？！?!]{0,20}?(?:拆|执行|清除|强制|铲|动手|白天干))"
                    + "|(?:日子|时间|日期|定于|安排在|定在|选在)[^，。？！,?!]{0,6}?(?:(?:19|20)[0-9]{2}年)?(?<![0-9])([12])月([0-9]{1,2})[日号]");

    /** The day set for the enforcement lies between 20 January and 22 February, where 春节 may fall (the lunar calendar is not computed). */
    static boolean maybeSpringFestival(String q) {
        Matcher m = ENFORCEMENT_DAY.matcher(q);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            if ((month == 1 && day >= 20 && day <= 31) || (month == 2 && day <= 22)) return true;
        }
        return false;
    }

    /** The steps of an enforcement the question tells: a manner 行政强制法第四十三条 forbids, the demand, an application to the court. */
    public java.util.EnumSet<EnforcementStep> enforcementSteps(String q) {
        java.util.EnumSet<EnforcementStep> out = java.util.EnumSet.noneOf(EnforcementStep.class);
        if (q == null) return out;
        if (NIGHT_OR_HOLIDAY.matcher(q).find()) out.add(EnforcementStep.AT_NIGHT_OR_ON_HOLIDAY);
        else if (maybeSpringFestival(q)) out.add(EnforcementStep.MAYBE_SPRING_FESTIVAL);
        if (supplyCut.matcher(q).find()) out.add(EnforcementStep.SUPPLY_CUT);
        if (substitute.matcher(q).find()) out.add(EnforcementStep.SUBSTITUTE);
        if (NO_DEMAND.matcher(q).find()) out.add(EnforcementStep.NO_DEMAND);
        else if (DEMAND_SERVED.matcher(q).find()) out.add(EnforcementStep.DEMAND_SERVED);
        // (a mediation agreement, 调解书, is no decision of the township's that it may apply to have enforced)
        if (COURT_APPLICATION.matcher(q).find() && !MEDIATION_PAPER.matcher(q).find()) out.add(EnforcementStep.COURT_APPLICATION);
        return out;
    }

    /** 把那个孩子也罚二百, 罚这些学生: a penalty asked of a child or pupil. */
    private static final Pattern CHILD_PENALISED = Pattern.compile(
            "(?:把|对|给|连)[^，。？！,?!接让招雇用收放允带]{0,10}?(?:孩子|小孩|学生|未成年人|娃|少年)(?:也|一起|一块)?(?:罚|处罚|警告|拘留)"
                    // 那个上网的孩子也罚一下
                    + "|(?:孩子|小孩|学生|未成年人|娃)(?:也|一起|一块)(?:罚|处罚|警告|拘留)"
                    + "|(?:罚|处罚|警告)(?:那个|这个|这些|那些|几个)?[^，。？！,?!接让招雇用收放允带的]{0,6}?(?:孩子|小孩|学生|未成年人|娃)"
                    + "(?![^，。？！,?!]{0,3}?(?:家长|父母|监护人))"
                    // 进网吧的未成年人本人也罚二百
                    + "|(?:孩子|小孩|学生|未成年人|娃|少年)(?:本人|自己)(?:也|一起|一块)?(?:罚|处罚|警告)"
                    // 那个孩子也一起罚200
                    + "|(?:那个|这个|那些|这些|那几个|这几个)(?:孩子|小孩|学生|未成年人|娃|少年)(?:也|一起|一块)+(?:罚|处罚|警告)");

    /** The words asking to penalise a child, or null: where the item protects children, the child is not its offender. */
    public static String childPenalised(String q) {
        return firstMatch(CHILD_PENALISED, q);
    }

    /** 老张根本不知道，镇上能罚老张吗: the one the question says knew nothing of it is the one asked to be penalised. */
    private static final Pattern UNKNOWING = Pattern.compile(
            "([\\p{IsHan}]{2,3}?)(?:本人|自己)?(?:(?:根本|完全|事先|压根|一点也|事前)(?:就)?(?:不知道|不晓得)"
                    // 张某不知情: 不知情 says it without an adverb
                    + "|(?:根本|完全|事先|压根|一点也|事前)?(?:就)?(?:不知情|没参与))"
                    // 根本不知道有这个规定 is ignorance of the law, no excuse; 不知道司机乱倒 is not knowing of the wrong
                    + "(?=[，。,.！!；;？?]|这(?:事|回事|件事)|此事|$"
                    + "|(?:司机|工人|员工|雇的人|别人|家人|儿子|女儿|他|她)[^，。,]{0,10}?(?:乱|偷|倒|排|扔|烧|砍|挖|卖|拉|放))");

    /**
     * The words asking to penalise someone the question says did not know of the wrong (车主根本不知道…罚车主), or null:
     * a penalty falls on whoever did it (行政处罚法第三十三条第二款: 当事人有证据足以证明没有主观过错的，不予行政处罚).
     */
    public static String unknowingPenalised(String q) {
        Matcher m = UNKNOWING.matcher(q);
        while (m.find()) {
            // 渣土车的车主根本不知道: the one named is the words after 的
            String who = m.group(1).substring(m.group(1).lastIndexOf('的') + 1);
            if (who.length() >= 2 && q.indexOf("罚" + who, m.end()) >= 0) return "罚" + who;
        }
        return null;
    }

    /** 规定全县范围内禁止, 管到沿岸所有乡镇, 适用到县城区, 对全县的站点: a document reaching beyond one township's area. */
    private static final Pattern DOCUMENT_REACH = Pattern.compile(
            "(?:管到|适用到|适用于|覆盖到?|延伸到|扩大到)[^，。？！,?!]{0,6}?(?:全县|县城|城区|所有乡镇|其他乡镇|各乡镇|示范区)"
                    + "|(?:对|给|管|在)全县(?:的)?|全县范围内?|(?:全县|五台县)(?:各|所有)(?:乡镇|村)|县城里的[^，。？！,?!]{0,6}?也要"
                    + "|(?:沿岸|沿河|周边)?(?:所有|其他|各个?)乡镇(?:的)|示范区的");
    /** 落实全县范围内的部署, 不适用于其他乡镇: the county's policy carried out, or a reach denied. */
    private static final Pattern REACH_NOT_OWN = Pattern.compile("(?:落实|按照|根据|执行|贯彻|不|不会|并不)$");

    /**
     * 合法性审核还没做，能先印发吗; 没有编文号; 没报县政府备案: a step the issuing notice requires of every normative
     * document (五政办发〔2023〕23号 第二条: 合法性审核、备案, 统一登记、统一编号、统一印发) said to be skipped or asked to be.
     */
    private static final Pattern DOCUMENT_STEP_SKIPPED = Pattern.compile(
            "(?:没|未|没有|还没|尚未|不)(?:经|经过|做|进行|搞|走)?(?:过)?合法性审(?:核|查)|合法性审(?:核|查)(?:还)?(?:没|未)(?:做|搞|审|进行)"
                    + "|(?:没|未|没有|不)(?:编|登记|统一编号)(?:文号|号)?(?=[，,。？！?!就直接]|$)|没(?:有)?(?:编)?文号|没登记|没编号"
                    + "|(?:没|未|没有|不)(?:报|报县政府|报县里|向县政府)?备案|(?:能|可以)不(?:报|报县里)?备案|(?:能|可以)不报(?:吗|么)?"
                    + "|(?:没|未|还没|尚未)(?:公布|公开|印发)[^。？！?!]{0,12}?(?:执行|实施|依据|处理)"
                    // 不用做合法性审核, 跳过/省掉合法性审核, 过后再补, 没统一登记, 不编文号, 不公布/不对外公开就执行
                    + "|(?:不用|不必|无需|跳过|省掉|省去|免了)(?:做|搞|走|进行)?(?:这一步)?合法性审(?:核|查)|(?:过后|事后|以后|回头)再补[^，。？！,?!]{0,4}?合法性审(?:核|查)"
                    + "|(?:没|未|不)(?:经)?统一(?:登记|编号)|不编(?:文)?号|(?:不公布|不对外公开|不公开)[^。？！?!]{0,14}?(?:执行|实施)");

    /**
     * 具体条款还在起草, 内容还没最后定, 以局的名义还是以股的名义印发还没定: what the document will say, or in whose name it
     * goes out, is not settled yet; the issuer's power is then answered on the condition that it is.
     */
    private static final Pattern DOCUMENT_UNSETTLED = Pattern.compile(
            "(?:条款|内容|具体内容|具体条款|正文|措施)[^，。？！,?!]{0,4}?(?:还在|正在)(?:起草|拟|研究|讨论|修改)|(?:条款|内容|具体内容|具体条款|正文|措施)[^，。？！,?!]{0,4}?(?:还没|没|尚未|未)(?:最后|最终)?(?:定|确定|写|出来|成稿)|(?:条款|内容)(?:还)?待定"
                    + "|以[^，。？！,?!]{1,12}?(?:的)?名义还是以[^，。？！,?!]{1,12}?(?:的)?名义[^，。？！,?!]{0,6}?(?:还没|没|未|尚未)(?:定|确定)");

    /** The words saying what the document will say, or in whose name it goes out, is not settled yet; or null. */
    public static String documentUnsettled(String q) {
        return q == null ? null : firstMatch(DOCUMENT_UNSETTLED, q);
    }

    /** The words saying a step every normative document must go through is skipped, or null. */
    public static String documentStepSkipped(String q) {
        return q == null ? null : firstMatch(DOCUMENT_STEP_SKIPPED, q);
    }

    /**
     * A normative document's form and term as a question tells them: 有效期定10年, 长期有效, 征求意见只搞了7天 (with
     * 企业 or 经营 said: a document closely tied to businesses), a title called 条例, a document that has lapsed and is
     * still to be relied on. Null fields are not said.
     */
    public record DocumentTerms(Integer validityYears, boolean provisional, Integer commentDays, boolean businesses,
                                String tiaoli, String lapsed) {
        public static final DocumentTerms NONE = new DocumentTerms(null, false, null, false, null, null);
    }

    private static final String COUNT = "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})";
    private static final Pattern VALIDITY_YEARS = Pattern.compile(
            "有效期[^，。？！,?!；;]{0,8}?(?:定|设|订|规定|写|搞|延长|延|放宽|改)?(?:为|成|到|在|个)?\\s*" + COUNT + "\\s*(?:个)?年");
    private static final Pattern VALIDITY_UNLIMITED = Pattern.compile(
            "(?:长期有效|永久有效|永远有效|一直有效|不设(?:定)?有效期|不写有效期|不定有效期|有效期(?:定|设|写)?(?:为|成)?(?:长期|永久|无限期?))");
    private static final Pattern COMMENT_DAYS = Pattern.compile(
            "征求(?:公众|社会|群众|企业)?意见[^，。？！,?!；;]{0,8}?(?:只|仅|才|就|共|一共|总共)?(?:搞|挂|公示|公开|放|做|进行|开|用|花)?(?:了)?\\s*" + COUNT + "\\s*(?:个)?(?:天|日|工作日)"
                    + "|" + COUNT + "\\s*(?:个)?(?:天|日|工作日)[^，。？！,?!；;]{0,4}?(?:的)?(?:公开)?征求(?:公众|社会|群众|企业)?意见");
    private static final Pattern COMMENT_NONE = Pattern.compile(
            "(?:没|未|没有|不|不用|不必|无需|跳过|省掉|省去)(?:向社会)?(?:公开)?征求(?:过)?(?:公众|社会|群众|企业)?意见");
    private static final Pattern BUSINESSES = Pattern.compile("企业|市场主体|商户|个体户|经营|营商|厂家|厂子|公司|门店|店铺");
    private static final Pattern PROVISIONAL = Pattern.compile("暂行|试行");
    private static final Pattern TIAOLI_TITLE = Pattern.compile("《[^》]{0,30}?条例》");
    private static final Pattern TIAOLI = Pattern.compile(
            "(?:叫|称|名为|叫做|题目|标题|名称|名字|起名)[^，。？！,?!；;]{0,14}?[“\"'‘]?[^，。？！,?!；;]{0,14}?条例");
    private static final Pattern LAPSED = Pattern.compile(
            "(?:文件|规定|办法|通知|意见|细则)[^。？！?!]{0,12}?(?:已经|已|早就?|都)?(?:过期|失效|到期|过了有效期|超过有效期|有效期(?:已经|已)?(?:满了|届满|过了|到了))"
                    + "(?=[^。？！?!]{0,24}?(?:依据|执行|用它|按它|照它|按照它|继续用|还用|还能用|还按|引用|援引|处理|处罚))");

    /** What a question says of a normative document's term, comment period, title or lapse. */
    public static DocumentTerms documentTerms(String q) {
        if (q == null) return DocumentTerms.NONE;
        Integer years = null;
        Matcher v = VALIDITY_YEARS.matcher(q);
        if (v.find()) years = cn.quanze.citation.ChineseNumerals.spoken(v.group(1));
        else if (VALIDITY_UNLIMITED.matcher(q).find()) years = Integer.MAX_VALUE;
        Integer days = null;
        Matcher c = COMMENT_DAYS.matcher(q);
        if (c.find()) days = cn.quanze.citation.ChineseNumerals.spoken(c.group(1) != null ? c.group(1) : c.group(2));
        else if (COMMENT_NONE.matcher(q).find()) days = 0;
        String title = firstMatch(TIAOLI_TITLE, q);
        return new DocumentTerms(years, PROVISIONAL.matcher(q).find(), days, BUSINESSES.matcher(q).find(),
                title != null ? title : firstMatch(TIAOLI, q), firstMatch(LAPSED, q));
    }

    /** The words by which a document asked about would reach beyond the issuing township's area, or null. */
    public static String documentReach(String q) {
        return q == null ? null : firstMatch(DOCUMENT_REACH, q,
                m -> !REACH_NOT_OWN.matcher(q.substring(Math.max(0, m.start() - 3), m.start())).find());
    }

    /** 当场罚他, 按简易程序罚: a penalty decided on the spot (行政处罚法第五十一条); not 当场改了 (corrected at once). */
    private static final Pattern ON_THE_SPOT = Pattern.compile(
            "简易程序|(?:当场|就地|现场)(?:就|直接)?开(?:罚)?票|当场把(?:处罚)?决定书(?:交|给)|当场(?:就|直接)?(?:罚|处罚|开罚单|开(?:具)?(?:处罚)?决定书|给[^，。？！,?!]{0,4}?罚|作出处罚|决定罚|警告|没收|(?:作|做|下)(?:出)?(?:个|一个)?(?:处罚)?决定[^，。？！,?!]{0,10}?(?:罚|没收))|现场(?:就|直接)?(?:罚|开罚单)");

    /**
     * 这3000想留在乡里当专项经费, 罚款打到村集体账户上, 放进年终奖金池, 卖的钱给护林员发工资: the money of a fine or of
     * confiscated goods turned to the township's or a village's own use; 没收的…便宜卖给农户: confiscated goods sold off
     * rather than auctioned or handled by the state's rules (行政处罚法第七十四条). The words: vocabulary.tsv, PROCEEDS.
     */
    public boolean proceedsKept(String q) {
        return q != null && proceedsKept.matcher(q).find();
    }

    /**
     * 救助的钱挪出来修活动室, 从补助里拿一部分给大院打药, 补贴直接抵他家欠的水费: money of a payment turned to another use or
     * set off against a debt.
     */
    private static final Pattern FUNDS_DIVERTED = Pattern.compile(
            "(?:钱|资金|补助|补贴|救助金|经费|款)[^。？！?!]{0,12}?(?:挪(?:出来|去|到|用|作)|移作|改作|拿出(?:一部分|一点|一些)?(?:钱|资金)?[，,]?[^，。？！,?!]{0,6}?给(?!他|她|符合|困难|受助|残疾|申请))"
                    + "|(?:补助|补贴|救助金|低保金|生活费)[^。？！?!]{0,10}?(?:直接)?(?:抵|顶)(?:掉|了)?[^，。？！,?!]{0,6}?(?:欠|水费|电费|债|罚款|费)");

    /** The words turning a payment's money to another use, or null. */
    public static String fundsDiverted(String q) {
        return firstMatch(FUNDS_DIVERTED, q);
    }

    /**
     * 让每个建房户开工前交5000块保证金, 批的时候按承包费提5%留作管理费, 每头收3块疫苗费, 先交1000块培训押金: a charge the
     * township would make alongside a granted act; not a village's or a firm's own charge (村委会要求每户交一百).
     */
    private static final Pattern CHARGE_ATTACHED = Pattern.compile(
            "(?<!村委会|村委|村里|业委会|物业|公司|老板|村民会议|合作社|企业)(?:让|要|叫|要求|向)[^，。？！,?!]{0,10}?(?:先|每户|每人|每头)?(?:交|缴|押|收)[^，。？！,?!]{0,10}?"
                    + "(?:保证金|押金|管理费|服务费|手续费|疫苗费|赔偿金|培训费|工本费)"
                    + "|提[^，。？！,?!]{0,3}?[0-9一二三四五六七八九十]+%?[，,]?[^，。？！,?!]{0,6}?(?:留作|作为|当作?)[^，。？！,?!]{0,6}?(?:管理费|经费|手续费|服务费)"
                    // 让业委会把已经收上来的钱交给镇政府: someone else's takings handed to the township
                    + "|(?:让|要|叫|要求)[^，。？！,?!]{0,12}?把[^，。？！,?!]{0,10}?(?:钱|费|款)[^，。？！,?!]{0,4}?(?:交给|交到|上交|转给|转到)(?:镇|乡)(?:政府|里|上)"
                    + "|(?:乡里|镇里|乡政府|镇政府|乡上|镇上)[^，。？！,?!]{0,10}?(?:每户|每人|每头|每只)?收[^，。？！,?!]{0,4}?[0-9一二三四五六七八九十百千]+(?:块|元)[^，。？！,?!]{0,2}?(?:疫苗费|管理费|服务费|手续费|押金|保证金)");

    /** 每个月主动交2000块罚款，换乡里不再来查; 交了钱就让他接着干; 以罚代管: money paid for leave to carry on. */
    private static final Pattern PAID_FOR_LEAVE = Pattern.compile(
            "(?:交|缴|给)[^，。？！,?!]{0,10}?(?:罚款|钱)[，,]?(?:来)?(?:换|换取|就)[^，。？！,?!]{0,8}?(?:不(?:再)?(?:来)?(?:查|管|罚|处理|追究)|接着(?:干|开|经营|卖|营业)|继续(?:干|开|经营|卖|营业))"
                    + "|以罚代管|罚了(?:就|款就)?(?:让他|准他|允许他)?(?:接着|继续)(?:干|开|经营|卖|营业)");

    /** The words offering money for leave to carry on, or null. */
    public static String paidForLeave(String q) {
        return firstMatch(PAID_FOR_LEAVE, q);
    }

    /** The words of a charge the township would make alongside the act asked, or null. */
    public static String chargeAttached(String q) {
        return firstMatch(CHARGE_ATTACHED, q);
    }

    /** 当场收了他一百五现金, 罚款让他当场交给我们: the fine collected by the officers there and then (第六十七条第二款、第六十八条). */
    private static final Pattern COLLECTED_ON_THE_SPOT = Pattern.compile(
            "(?:当场|现场)(?:就|直接)?(?:收|收取|收缴|收了|要了)(?:他|她|其|对方|人家)?(?:的)?[^，。？！,?!]{0,14}?(?:现金|罚款|罚金|钱|块|元)"
                    + "|(?:当场|现场)(?:就)?(?:交|缴|缴纳|交纳|付)(?:了)?(?:给(?:我们|执法人员|乡里|镇里))?[^，。？！,?!]{0,4}?(?:现金|罚款|钱)"
                    + "|罚款(?:(?![不没未])[^，。？！,?!]){0,6}?(?:当场|现场)(?:交|缴|收)(?!不)"
                    // 罚两百，当场把钱收了
                    + "|(?:当场|现场)(?:就)?把(?:罚款|钱|罚金|现金)(?:给)?(?:收|收缴|收走|拿走)"
                    // 当场把这150元收了
                    + "|(?:当场|现场)(?:就)?把(?:这|那)?[^，。？！,?!]{0,8}?(?:元|块|钱)(?:给)?(?:收|收缴|收走|拿走)"
                    // 微信转给执法队员个人, 用自己的收款码收了罚款, 到乡财政所交现金, 上门收现金: collected by the body itself
                    + "|(?:微信|支付宝)(?:转账)?(?:转|付)给[^，。？！,?!]{0,8}?(?:执法|队员|干部|个人|工作人员)|收款码|(?:到|去)[^，。？！,?!]{0,6}?(?:财政所|执法队|乡政府|镇政府|乡里|镇里)[^，。？！,?!]{0,4}?(?:交|缴)(?:纳)?(?:现金|罚款)"
                    + "|上门收(?:取)?(?:现金|钱|罚款)|(?:执法队员|执法人员|队员)[^，。？！,?!]{0,6}?(?:收了|收取|收走|代收)(?:了)?(?:罚款|现金|钱)");

    /** 省了, 免掉, 不搞了: a step of the procedure dispensed with, said after the step (告知省了, 法审免掉, 集体讨论不搞了, 听证跳过). */
    private static final String DISPENSED_AFTER = "(?<![不没别未]|(?<!能)不能|不会|不得|(?<!可)不可以|不用|没有)(?:省了|省掉|省去|免了|免掉|免去|跳过|不搞了)";
    /** 跳过, 绕过, 省去: the same said before the step (跳过告知, 绕过法审, 省去集体讨论, 跳过听证). */
    private static final String DISPENSED_BEFORE = "(?<![不没别未]|(?<!能)不能|不会|不得|(?<!可)不可以|没有)(?:跳过|绕过|省去|省掉|省了|免去|免掉)(?:了)?";

    /** 不告知他陈述申辩, 不听他申辩: 未告知或者拒绝听取陈述、申辩，不得作出行政处罚决定 (第四十四条、第六十二条). */
    private static final Pattern NO_HEARING = Pattern.compile(
            "不(?:用|必|再)?告知[^，。？！,?!]{0,8}?(?:陈述|申辩|听证|权利)|不(?:让|给|听)(?:他|她|当事人|对方|人家)?(?:的)?(?:陈述|申辩)"
                    + "|不给(?:他|她|当事人)?[^，。？！,?!]{0,2}?(?:陈述|申辩)(?:的)?(?:机会|权利)|" + DISPENSED_BEFORE + "告知|告知(?:就)?" + DISPENSED_AFTER
                    // 告知陈述申辩权那道程序能省了吗, 事先告知、听取申辩这些能不能都免了
                    + "|(?:告知|陈述|申辩)[^，。？！,?!]{0,12}?(?:程序|手续|环节|这些|那道|这道)?[^，。？！,?!]{0,4}?(?:能|可以|能不能|可不可以)?(?:都|全)?(?:" + DISPENSED_AFTER + "|不要了)"
                    + "|不(?:事先)?告知(?:他|她|当事人|对方)?[^，。？！,?!]{0,4}?(?:拟|拟作出的)?(?:处罚)?(?:的)?(?:内容|事实|理由|依据)"
                    // 没告知陈述申辩权利就下了罚款决定: told as done, the same want of notice
                    + "|(?:没|没有|未)(?:书面)?告知[^，。？！,?!]{0,8}?(?:陈述|申辩)"
                    // 他说要申辩，下周带材料来…不等他了: the defence announced and not waited for (第四十五条第一款)
                    + "|(?:要|想|准备|提出)(?:来)?(?:陈述|申辩)[^？！?!]{0,60}?不等(?:他|她|当事人|对方|人家)?了?"
                    // 告知书上只写了违反某法，没写准备怎么罚、罚多少: the penalty intended not told (第四十四条)
                    + "|告知书[^。？！?!]{0,40}?(?:没写|没有写|未写明?|没说|没有说|未载明|没载明)[^。？！?!]{0,6}?(?:准备|拟)?(?:怎么罚|罚多少|如何处罚|处罚(?:的)?(?:内容|种类|数额)|拟作出的(?:行政)?处罚)");
    /** 没经法制审核, 法制审核省了, 法制审核没通过: the legal review of 第五十八条 not done, or failed. */
    private static final Pattern NO_LEGAL_REVIEW = Pattern.compile(
            "(?:没|没有|未|不|不用|不必|不需要|无须|无需)(?:经|经过|做|搞|走|进行|送|交)?(?:过)?(?:法制审核|法审)"
                    + "|(?:法制审核|法审)[^，。？！,?!]{0,6}?(?:" + DISPENSED_AFTER + "|不做了|不走了|还没(?:做|搞|弄|过|通过|出|审)|没(?:做|搞|过|通过|审)|未(?:通过|做)|没有通过|不通过|没批|不同意)"
                    + "|" + DISPENSED_BEFORE + "(?:法制审核|法审)"
                    + "|(?:法制审核|法审)(?:这一步|这道程序|这个环节|这一关|程序)?(?:能不能|可不可以|可以|能)(?:省|免|跳|不)"
                    // 第一次做法制审核的同志还没取得法律职业资格: 初次从事法制审核的人员应当取得法律职业资格 (第五十八条第二款)
                    + "|(?:第一次|初次|首次|刚开始)(?:做|从事|搞)?(?:法制审核|法审)[^。？！?!]{0,30}?(?:还没|没有|未|没)(?:取得|通过|考取|拿到|考过)?(?:法律职业资格|法律资格|司法考试|法考)");
    /** 涉及重大公共利益, 开过听证, 案情疑难复杂、涉及多个法律关系: a case 第五十八条 names. */
    private static final Pattern LEGAL_REVIEW_CASE = Pattern.compile(
            "重大公共利益|重大权益[^。？！?!]{0,20}?听证|疑难复杂|多个法律关系|(?:开|举行|组织)(?:了|过)(?:听证|听证会)|听证(?:会)?(?:已经|已|都)?(?:开|举行|组织)(?:过|完|了)|经过(?:了)?听证");
    /** 没集体讨论, 不上会, 乡长一个人拍板: the decision not discussed by the leaders together (第五十七条第二款). */
    private static final Pattern NO_COLLECTIVE_DISCUSSION = Pattern.compile(
            "(?:没|没有|未|不|不用|不必|不需要|没经|未经)(?:经过?|开会|上会)?(?:负责人|领导班子|班子)?集体讨论"
                    + "|" + DISPENSED_BEFORE + "(?:负责人|领导班子|班子)?集体讨论"
                    + "|集体讨论[^，。？！,?!]{0,6}?(?:" + DISPENSED_AFTER + "|不开了|还没(?:开|搞|讨论)|没(?:开|搞))"
                    + "|(?:乡长|镇长|书记|主任|分管领导|领导|一把手)(?:一个人|一人|个人|自己)(?:就)?(?:拍板|说了算|定了|决定|签字)"
                    + "|(?:不|没|没有)(?:上会|开会研究|上党政联席会|上班子会)");
    /** 情节复杂, 重大违法行为, 案情复杂: a case 第五十七条第二款 names. */
    private static final Pattern COLLECTIVE_DISCUSSION_CASE = Pattern.compile("情节(?:比较|很|十分|特别)?复杂|案情(?:比较|很|十分|特别)?复杂|重大违法|疑难复杂");
    /** 当事人明确放弃陈述申辩: the waiver 第六十二条 names, which alone lifts the bar of not hearing the defence. */
    private static final Pattern WAIVED_DEFENCE = Pattern.compile("放弃(?:了)?[^，。？！,?!]{0,2}?(?:陈述|申辩)");
    /** 放弃听证, 不要求听证, 拒不出席听证: the hearing waived (第六十四条第六项). */
    private static final Pattern WAIVED_HEARING = Pattern.compile("放弃(?:了)?听证|不(?:要求|申请)听证|拒不出席听证");
    /** 书面要求听证，听证还没开: the hearing asked for is not held before the decision (第六十三条、第六十五条). */
    private static final Pattern HEARING_NOT_HELD = Pattern.compile(
            "(?:要求|申请|提出)(?:了)?(?:举行|开)?听证[^。？！?!]{0,14}?(?:还没开|没开|没举行|还没举行|没组织|还没组织|不开|不组织|不举行)"
                    + "|(?:开|举行)听证(?:会)?(?:之)?前(?:就)?(?:先)?(?:决定|罚|下决定|作出)"
                    + "|不(?:给|让)(?:他|她|当事人)?(?:开|举行|组织)?听证|" + DISPENSED_BEFORE + "听证|听证(?:就|也)?(?:" + DISPENSED_AFTER + "|不开了|不办了|别开了?|不用开了?|甭开了?|不必开了?|别搞了?)"
                    // 企业要求听证，镇里说情况紧急不办听证了
                    + "|(?:要求|申请|提出)(?:了)?听证[^。？！?!]{0,20}?不(?:办|开|举行|组织|搞|给)?听证");
    /** 立案一百二十天了, 立案快四个月了, 去年立的案，到现在已经100天了: how long the case has been open. */
    // 立案100多天, 立案三个多月, 立案四个半月, 立案已超过九十日; not a date (立案日期是5月10日)
    private static final Pattern CASE_OPEN_FOR = Pattern.compile(
            "立(?:的)?案(?!日期|时间)[^。？！?!]{0,12}?(?:都|已经|已|有)?(?:差不多|快|将近|近|足足)?(超过|已超|满|过了)?"
                    + "(?:([0-9]{1,4}|[一二两三四五六七八九十百零]{1,5})(多|余)?个?(多|余|半)?(天|日|月)(?![0-9一二三四五六七八九十]{1,3}[日号])|(大半年|半年|一年))");

    /** 加处罚款, 按日加罚, 每天加处3%: the surcharge for a fine paid late (第七十二条第一款第一项). */
    private static final Pattern SURCHARGE = Pattern.compile("加处|按日加|每(?:天|日)(?:按[^，。？！,?!]{0,6}?)?加(?:处|罚)");
    /** 不设上限, 上不封顶, 一直加到他交为止: a surcharge told as having no cap. */
    private static final Pattern SURCHARGE_UNCAPPED = Pattern.compile(
            // 加到罚款的两倍, 超过了罚款, 比罚款还多, 超过一千也照加, 不受罚款数额限制, 上限不设, 加到他交钱那天为止
            "(?:加到|达到)(?:罚款|罚款数额|原罚款)的(?:两|二|三|1\\.5|一点五|一倍半|[2-9])倍|(?<![不没未得会能可])超过了(?:罚款|原罚款|罚款本身|罚款数额)|(?<![不没])比罚款(?:还|都)?多|超过[^，。？！,?!]{0,6}?也(?:照|继续)加"
                    + "|加处(?:的)?罚款(?:总额|总数|数额|合计)?(?<![不没未得会])超过(?!罚款数额的?限)|不受罚款(?:数额)?(?:的)?限制|上限不设|加到(?:他|她|其|当事人)?(?:交钱|交款|缴款|交清|缴清)(?:那天|之日|那一天)?(?:为止)?"
                    + "|(?<![是否要能])(?:不设|没有|不限|无|不受)(?:上限|封顶|限制|限额)|上不封顶|不封顶|(?:一直|无限|无休止地?)(?:往上)?(?:加|累加|累计)(?:下去|到(?:他|她|其|当事人)?(?:交|缴)(?:清|齐|了|上)?为止)?|加到(?:他|她|其|当事人)?(?:交|缴)(?:清|齐|了)?为止|直到(?:他|她|其|当事人)?(?:交|缴)(?:清|齐|了)?(?:罚款)?为止");

    /** 算下来750元: the surcharge's own sum, in digits. */
    private static final Pattern SURCHARGE_SUM = Pattern.compile(
            "(?<!(?:总共|一共|合计|共|连本带利|加上罚款)[^，。？！,?!]{0,3})(?:要交|交|到|算下来|累计|达到)?([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十百千零]+)(万)?(?:元|块|(?<=[0-9零一二两三四五六七八九十百千万])(?=了))");
    /** 决定书昨天才送到, 三天前送达, 一个月前送达: when the penalty decision reached the party. */
    private static final Pattern SERVED = Pattern.compile(
            "(今天|刚刚|刚|才|上午|昨天|大前天|前天|这两天|([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(天|日|个月|月)(?:以前|之前|前))[^，。？！,?!]{0,4}?(?:送达|送到|送过去|交到|收到)");
    /** 还没到十五天: the days since service said as a count not yet reached. */
    private static final Pattern NOT_YET_DAYS = Pattern.compile("还没(?:到|过|满)([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:天|日)");

    /** 申请法院强制执行, 申请人民法院强制执行: the court's enforcement, applied for (行政强制法第五十三条). */
    private static final Pattern COURT_ENFORCES = Pattern.compile("申请(?:人民)?法院(?:强制)?执行");
    /** 催告过了, 催告书送达十多天了: the demand served (第五十四条). */
    private static final Pattern DEMAND_SERVED = Pattern.compile("(?<![没未不])(?<!没有|还没)催告(?:过|了|书(?:已经?|也)?(?:送|发))|(?:已经?|也)催告|催告也(?:送|发)"
            // 书面催告他限期自己砍，期限过了他还是不砍
            + "|(?<![没未不])(?<!没有|还没)催告(?:他|她|其|当事人|对方)[^，。？！,?!]{0,10}?(?:限期|期限|几天内|日内)"
            // 又给他送了书面催告书
            + "|(?<![没未不])(?<!没有|还没)(?:送|发|寄)(?:了|过)?(?:一份)?(?:书面)?催告书");
    /** 去法院申请强制执行: the township asks whether it may apply to the court to enforce its decision. */
    private static final Pattern COURT_APPLICATION = Pattern.compile(COURT_ENFORCES.pattern() + "|申请强制执行|向(?:人民)?法院申请");
    private static final Pattern MEDIATION_PAPER = Pattern.compile("调解书|调解协议|调解达成");
    /** 复议和起诉期限早就过了，…又拖了七八个月: the months since the lawsuit period (the later of the two) ran out. */
    private static final Pattern MONTHS_AFTER_APPEAL = Pattern.compile(
            "(?:起诉|诉讼)[^。？！?!]{0,6}?(?:期限|期)[^。？！?!]{0,8}?(?:过了|届满|已过|满了|到了)(?:[^。？！?!]{0,16}?"
                    + "(?:拖|过|等|放|隔)了?)?(?:快|差不多|将近|大概|有)?([0-9]{1,2}|[一二两三四五六七八九十]{1,2}|半)(?:个)?(月|年)");

    /**
     * Months since the appeal and lawsuit periods ran out, where the question asks about applying to the court to
     * enforce (又拖了七八个月: seven, the fewer said; 半年: six), or -1.
     */
    public static int monthsSinceAppealPeriod(String q, java.time.LocalDate asOf) {
        if (q == null || !COURT_APPLICATION.matcher(q).find()) return -1;
        Matcher m = MONTHS_AFTER_APPEAL.matcher(q);
        if (!m.find()) return monthsSinceAppealDay(q, asOf);
        String n = m.group(1);
        if (n.equals("半")) return m.group(2).equals("年") ? 6 : 0;
        int count = cn.quanze.citation.ChineseNumerals.spokenAtLeast(n);
        return m.group(2).equals("年") ? count * 12 : count;
    }

    /** 他申请复议和起诉的期限到2026年6月10日就都过了: the day the appeal and lawsuit periods ran out. */
    private static final Pattern APPEAL_ENDED_ON = Pattern.compile(
            "(?:复议|起诉|诉讼)[^。？！?!]{0,12}?(?:期限|期)[^。？！?!]{0,4}?(?:到|至|于|在)(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号][^。？！?!]{0,4}?(?:都|就|已|已经)?(?:都)?(?:过了|届满|满了|到期|结束)");

    /** Months (a part counted whole) from the day the appeal periods are said to have run out to the day asked, or -1. */
    private static int monthsSinceAppealDay(String q, java.time.LocalDate asOf) {
        Matcher m = APPEAL_ENDED_ON.matcher(q);
        if (asOf == null || !m.find()) return -1;
        int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : asOf.getYear();
        java.time.LocalDate ended = CalendarDay.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (ended == null || ended.isAfter(asOf)) return -1;
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(ended, asOf);
        return ended.plusMonths(months).isBefore(asOf) ? months + 1 : months;
    }

    /** 2023年9月1日在乡里签订社区戒毒协议、开始社区戒毒: the day a term of community drug treatment began (a month alone: its 1st). */
    private static final Pattern COMMUNITY_TREATMENT_BEGAN = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})[日号])?(?:起)?[^。？！?!]{0,24}?(?:开始|接受|进行|签订|签了|执行|报到)[^。？！?!]{0,12}?社区戒毒");
    /** 想继续按社区戒毒管着他, 延长社区戒毒: the treatment asked to go on. */
    private static final Pattern COMMUNITY_TREATMENT_GOES_ON = Pattern.compile(
            "(?:继续|延长|接着|再)[^。？！?!]{0,8}?社区戒毒|社区戒毒[^。？！?!]{0,8}?(?:延长|延期|再延|续)|(?:继续|接着)(?:管|管着|监管|让他报到)");

    /** The day the question says a term of community drug treatment began, where it asks to keep it going; else null. */
    public static java.time.LocalDate communityTreatmentContinuedFrom(String q) {
        if (q == null || !COMMUNITY_TREATMENT_GOES_ON.matcher(q).find()) return null;
        Matcher m = COMMUNITY_TREATMENT_BEGAN.matcher(q);
        if (!m.find()) return null;
        return CalendarDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    }

    /** Days since the penalty decision was served by the question's words (还没到十五天: fourteen), or -1. */
    public static int daysSinceServed(String q) {
        if (q == null) return -1;
        Matcher m = SERVED.matcher(q);
        if (m.find()) {
            if (m.group(2) != null) return days(m.group(2), m.group(3));
            return switch (m.group(1)) {
                case "昨天" -> 1;
                case "前天", "这两天" -> 2;
                case "大前天" -> 3;
                default -> 0;
            };
        }
        Matcher decided = DECIDED_DAYS_AGO.matcher(q);
        if (decided.find()) return days(decided.group(1), decided.group(2));
        Matcher not = NOT_YET_DAYS.matcher(q);
        if (not.find()) return cn.quanze.citation.ChineseNumerals.spoken(not.group(1)) - 1;
        // 15日的缴款期限还没到, 缴款期限未满: the time to pay told as still running
        return PAYMENT_NOT_DUE.matcher(q).find() ? 0 : -1;
    }

    /** Days since service by a day named (决定书12月1日送达), counted to the day asked; else by {@link #daysSinceServed(String)}. */
    public static int daysSinceServed(String q, java.time.LocalDate asOf) {
        if (q != null && asOf != null) {
            Matcher on = SERVED_ON.matcher(q);
            if (on.find()) {
                java.time.LocalDate day = CalendarDay.of(asOf.getYear(), Integer.parseInt(on.group(1)), Integer.parseInt(on.group(2)));
                if (day != null && day.isAfter(asOf)) day = day.minusYears(1);
                if (day != null) return (int) java.time.temporal.ChronoUnit.DAYS.between(day, asOf);
            }
        }
        return daysSinceServed(q);
    }

    /** 决定书12月1日送达, 11月28日送达的决定书: the day the decision reached the party, this year or last. */
    private static final Pattern SERVED_ON = Pattern.compile(
            "(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})[日号](?:才|就|已经|已)?(?:送达|送到|送过去|交到|收到)");
    /** 分期, 分三期, 延期, 暂缓: payment of a fine put off or split (第六十六条第二款). */
    private static final String PUT_OFF = "(?:分期|分[两三四五六2-6]期|延期|暂缓)";
    /** 缴款期限还没到, 15日的缴款期限还没到, 还不到15天: the time to pay not yet run out. */
    private static final Pattern PAYMENT_NOT_DUE = Pattern.compile(
            "(?:缴款|缴纳|交款|交钱|缴费|付款)(?:的)?期限(?:还|尚|都)?(?:没到|未到|未满|没满|没过|未过|未届满|没有到)"
                    // 批准分三期，第一期还没到期就加处; 已批准延期三个月，延期期间就按日加处: the time to pay put off, not yet run
                    + "|(?:批准|同意|准许)[^。？！?!]{0,6}?" + PUT_OFF + "[^。？！?!]{0,30}?(?:还没到期|未到期|没到期|才到期|期间|期内|现在就|就要|想先|先)[^。？！?!]{0,12}?(?:加处|按日加)"
                    + "|" + PUT_OFF + "[^。？！?!]{0,16}?(?:批准|同意|准许)[^。？！?!]{0,24}?(?:还没到期|未到期|没到期|期间|期内)[^。？！?!]{0,10}?(?:加处|按日加)"
                    + "|(?:送达|决定书|收到)[^。？！?!]{0,10}?(?:还不到|不到|未满|不满)(?:十五|15)(?:天|日)");

    /** 十天, 一个月: a count said in days or months (天, 日, 月), as days. */
    private static int days(String count, String unit) {
        int n = cn.quanze.citation.ChineseNumerals.spoken(count);
        return unit.endsWith("月") ? n * DAYS_IN_A_MONTH : n;
    }

    /** 下了限期拆除决定，才过了十天: the days since the decision, told as how little time has passed since it. */
    private static final Pattern DECIDED_DAYS_AGO = Pattern.compile(
            "决定(?:书)?[^。？！?!]{0,12}?(?:才|刚|刚刚|只)过了?([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(天|日|月)");

    /** 3.5万, 1.5w, 三千五: a sum without 元, in digits with an optional unit (groups 1 and 2) or in words (group 3). */
    private static final String SUM_SAID = "(?:(\\d+(?:\\.\\d+)?)\\s*(万|千|w|W|k|K)?|([一二两三四五六七八九十百千万]*[十百千万][一二两三四五六七八九十百千万]*))";

    /** 罚了一千, 罚款两千: a fine told with its sum, 元 left out (groups as {@link #SUM_SAID}). */
    private static final Pattern FINE_TOLD = Pattern.compile(
            "罚(?:了|过)?(?:款)?(?:他|她)?" + SUM_SAID);

    /** The surcharge asked beside a fine: over the fine's sum, or before the fine is due; the bars it raises. */
    private static void surchargeBars(String q, java.util.EnumSet<PenaltyBar> out) {
        Matcher m = SURCHARGE.matcher(q);
        if (!m.find()) return;
        out.add(PenaltyBar.SURCHARGE_ASKED);
        if (SURCHARGE_IN_REVIEW.matcher(q).find()) out.add(PenaltyBar.SURCHARGE_IN_REVIEW);
        // 加处的不设上限, 一直加到他交为止: a surcharge without a cap is one that may pass the fine
        if (SURCHARGE_UNCAPPED.matcher(q.substring(m.start())).find()) {
            out.add(PenaltyBar.SURCHARGE_OVER_FINE);
            return;
        }
        Double fine = amount(q.substring(0, m.start()));
        // 罚了一千，他没按时交: the fine told as imposed, its sum without 元
        Matcher told = FINE_TOLD.matcher(q.substring(0, m.start()));
        if (fine == null && told.find()) fine = sum(told.group(1), told.group(2), told.group(3));
        if (fine == null) return;
        // 已经到5000元了，能不能继续往上加到10000元: any sum said of the surcharge above the fine (not a total: 总共要交1000元)
        Matcher sum = SURCHARGE_SUM.matcher(q.substring(m.end()));
        double most = 0;
        while (sum.find()) {
            String n = sum.group(1);
            double v = n.chars().allMatch(c -> Character.isDigit(c) || c == '.') ? Double.parseDouble(n) : chineseAmount(n);
            most = Math.max(most, v * (sum.group(2) != null ? 10000 : 1));
        }
        // 加处罚款一千二: the surcharge's sum said right after it, 元 left out
        Matcher bare = SURCHARGE_BARE_SUM.matcher(q.substring(m.start()));
        if (bare.lookingAt()) most = Math.max(most, sum(bare.group(1), bare.group(2), bare.group(3)));
        // 加处的罚款共计1500元, 加处罚款累计一千五: the surcharge's own total (not 总共要交, the fine and surcharge together)
        Matcher total = SURCHARGE_TOTAL.matcher(q).region(m.start(), q.length()).useTransparentBounds(true);
        while (total.find()) most = Math.max(most, sum(total.group(1), total.group(2), total.group(3)));
        // 连本带加处罚款共计1200元 (罚款500元): the fine and the surcharge told together, the surcharge is the rest
        Matcher both = FINE_AND_SURCHARGE_TOTAL.matcher(q);
        while (both.find()) most = Math.max(most, sum(both.group(1), both.group(2), both.group(3)) - fine);
        // 加处罚款加到一千五: the sum it is raised to, 元 left out
        Matcher raised = RAISED_TO.matcher(q.substring(m.end()));
        while (raised.find()) most = Math.max(most, sum(raised.group(1), raised.group(2), raised.group(3)));
        if (most > fine) out.add(PenaltyBar.SURCHARGE_OVER_FINE);
    }

    /** 8月3日立案, 立案日期是5月10日: the day the case was opened, this year. */
    private static final Pattern OPENED_ON = Pattern.compile(
            "([0-9]{1,2})月([0-9]{1,2})[日号](?:就|已经|已)?(?:立(?:了)?案|立案调查)|立案(?:日期|时间)(?:是|为)?([0-9]{1,2})月([0-9]{1,2})[日号]");
    /** 现在12月上旬, 今天是12月9日: the day the question is asked, in the same year. */
    private static final Pattern ASKED_ON = Pattern.compile(
            TODAY + "([0-9]{1,2})月(?:([0-9]{1,2})[日号]|(上旬|中旬|下旬|初|底|末))?");

    /**
     * 乡里8月3日立案…现在12月上旬: the days between the day the case was opened and the day asked, both of one year (the
     * earliest the asking day may be: 上旬 as its first day), or -1.
     */
    static int daysSinceOpenedOn(String q) {
        Matcher opened = OPENED_ON.matcher(q);
        if (!opened.find()) return -1;
        int om = Integer.parseInt(opened.group(1) != null ? opened.group(1) : opened.group(3));
        int od = Integer.parseInt(opened.group(2) != null ? opened.group(2) : opened.group(4));
        Matcher asked = ASKED_ON.matcher(q);
        if (!asked.find(opened.end())) return -1;
        int am = Integer.parseInt(asked.group(1));
        int ad = asked.group(2) != null ? Integer.parseInt(asked.group(2))
                : asked.group(3) == null ? 1 : switch (asked.group(3)) { case "中旬" -> 11; case "下旬" -> 21; case "底", "末" -> 25; default -> 1; };
        java.time.LocalDate from = CalendarDay.inPlainYear(om, od), to = CalendarDay.inPlainYear(am, ad);
        if (from == null || to == null) return -1;
        long days = from.until(to, java.time.temporal.ChronoUnit.DAYS);
        return days > 0 ? (int) days : -1;
    }

    /** The days a case has been open by the question's words (more than said for 多, 超过), or -1. */
    public static int daysCaseOpen(String q) {
        if (q == null) return -1;
        Matcher m = CASE_OPEN_FOR.matcher(q);
        if (!m.find()) return daysSinceOpenedOn(q);
        if (m.group(6) != null) return m.group(6).equals("一年") ? 365 : 6 * DAYS_IN_A_MONTH;
        int count = cn.quanze.citation.ChineseNumerals.spoken(m.group(2));
        boolean half = "半".equals(m.group(4));
        int days = m.group(5).equals("月") ? count * DAYS_IN_A_MONTH + (half ? DAYS_IN_A_MONTH / 2 : 0) : count;
        // 100多天, 三个多月, 超过九十日: more than the number said
        boolean more = m.group(1) != null || m.group(3) != null || (m.group(4) != null && !half);
        return more ? days + 1 : days;
    }
    /** 就派一个人去，一个人调查完当场就定处罚: 执法人员不得少于两人 (第四十二条). */
    private static final Pattern ONE_OFFICER = Pattern.compile(
            "(?:只|就)?(?:派|去|出)(?:了)?(?:一个人|一人|一名(?:工作人员|干部|执法人员)?)[^。？！?!]{0,16}?(?:调查|处罚|罚|执法|定)|一个人(?:去)?(?:调查|执法|去罚|就定|查完|做笔录|作决定|做决定|定罚)"
                    // 一名执法队员单独巡查…他一个人当场…罚款, 只有一名执法人员
                    + "|只有一(?:名|个)执法(?:人员|队员)|一(?:名|个)执法(?:人员|队员)单独|(?:他|她)一个人当场");
    /** 领导口头定了罚款，不出处罚决定书: a penalty is decided in writing (第五十九条; on the spot, a numbered form, 第五十二条). */
    private static final Pattern NO_DECISION_DOCUMENT = Pattern.compile(
            "口头(?:定|决定|处罚|罚|通知罚)|不(?:出|开|下|做|制作|写)(?:行政)?(?:处罚)?决定书|决定书[^，。？！,?!]{0,4}?(?:不出|不开|不做|就不)"
                    // 在一张白纸上手写了处罚内容, 自己打印的白纸条，没编号: not the numbered form of 第五十二条
                    + "|白纸(?:上|条)|没(?:有)?(?:带)?印好的(?:处罚)?决定书|(?:决定书|罚单)[^，。？！,?!]{0,6}?没(?:有)?编号");
    /** 网格员没有执法证, 护林员没有执法资格: 行政处罚应当由具有行政执法资格的执法人员实施 (第四十二条第一款). */
    private static final Pattern NO_ENFORCEMENT_STATUS = Pattern.compile(
            "(?:没有|没|无|未取得|没取得|没拿到|不具备|不具有)(?:行政)?执法(?:证件|证|资格)(?![^，。？！,?!]{0,2}?[吗么])");
    /** 让本案调查人员当听证主持人: 听证由行政机关指定的非本案调查人员主持 (第六十四条第四项). */
    private static final Pattern HEARING_BY_INVESTIGATOR = Pattern.compile(
            "(?:本案|这个案子|案子)?的?(?:主办)?(?:调查人员|办案人员|承办人|调查的人|查案的人)[^，。？！,?!]{0,8}?(?:(?:当|做|担任)(?:听证)?主持人|主持(?:了)?听证)");
    /** 先盖村委会的章, 用执法队的章: the decision sealed by other than the deciding body (第五十九条第二款). */
    private static final Pattern SEAL_OF_ANOTHER = Pattern.compile(
            "(?:盖|用|加盖|借)(?:了)?(?:村委会|村委|村民委员会|村里|村上|乡党委|镇党委|党委|站里|所里|执法队|综合行政执法队|办公室|财政所)(?:的)?(?:章|公章|印章|印)");
    /** 收据就不开了, 不给票据, 打个白条: 当场收缴罚款的，必须向当事人出具…统一制发的专用票据 (第七十条). */
    private static final Pattern NO_RECEIPT = Pattern.compile(
            "(?:收据|票据|单据|收条|发票)[^，。？！,?!]{0,3}?(?:就|也)?(?:不开|不给|不出|不出具|免了|省了|不要了)"
                    + "|(?<!要|得|应当|必须)不(?:开|给|出具?)(?:他|她|对方)?[^，。？！,?!]{0,3}?(?:收据|票据|单据|收条)|打(?:个|张)?白条");
    /** 因为他申辩把罚款再往上加: 不得因当事人陈述、申辩而给予更重的处罚 (第四十五条第二款). */
    private static final Pattern HEAVIER_FOR_DEFENCE = Pattern.compile(
            "(?:因为|因|就因为|为)[^。？！?!]{0,10}?(?:申辩|顶嘴|辩解|陈述|嘴硬|态度不好|态度差|态度恶劣)[^。？！?!]{0,14}?(?:加罚|多罚|重罚|往上加|加重|翻倍|加码|再加|改罚|改成罚|提到|加到)"
                    + "|(?:申辩|顶嘴|辩解|嘴硬)[^，。？！,?!]{0,6}?(?:就|所以|干脆)(?:加罚|多罚|重罚|加重|翻倍|往上加|再加|加到|提到|改成)"
                    // 陈述申辩时曹某态度很差…镇里有人提出把罚款提高到500元: the defence told, then the penalty raised (not where new
                    // facts came to light)
                    + "|(?:陈述申辩|陈述、申辩|申辩时|申辩中|听证会上|听证时)(?![^？！?!]{0,60}?(?:新发现|另查明|又查明|新的违法事实|新查明))[^？！?!]{0,40}?"
                    + "(?:(?:罚款|罚金额|数额)(?:提高|提到|加到|增加到|涨到|改成|改为)|(?:改成|改为|提高到|提到|加到)[0-9一二两三四五六七八九十百千万]|因此[^，。？！,?!]{0,6}?罚|加重处罚|加罚|多罚|从重处罚|翻倍)");

    /**
     * 立案、调查、决定书过几天一块儿补; 先把钱发下去，审核材料年底再补; 资格审查都没做，先让企业进场: a step the law or the item
     * puts first, to be made up afterwards. The words, or null.
     */
    public static String stepMadeUpLater(String q) {
        return q == null ? null : firstMatch(MADE_UP_LATER, q);
    }
    private static final String PRIOR_STEP = "立案|调查|决定书|审核|材料|手续|公告|通知|评估|初审|审查|告知|评议|公示|批准|审批";
    /** The steps the township itself takes first (the party's own 手续 or 材料 are not its to skip). */
    private static final String OWN_PRIOR_STEP = "立案|调查|审核|初审|审查|评议|评估|告知|公告|资格审查";
    private static final Pattern MADE_UP_LATER = Pattern.compile(
            "(?:" + PRIOR_STEP + ")[^。？！?!]{0,14}?(?:再补(?!充)|后补|回头补|一块儿补|一块补|一起补|事后补|后面补|过几天(?:再)?补|年底(?:再)?补|后面再(?:做|补|办|出)|以后再(?:做|补|办))"
                    + "|(?:再补|后补|事后补|回头补)[^，。？！,?!]{0,4}?(?:" + PRIOR_STEP + ")"
                    + "|(?:" + OWN_PRIOR_STEP + ")[^，。？！,?!]{0,6}?(?:都|也)?(?:没做|还没做|没搞|没弄)[^。？！?!]{0,4}?(?:先|就)"
                    // 先罚了再立案: the decision first, the case after
                    + "|先(?:罚|没收|拆|发钱|批|定)[^。？！?!]{0,6}?再(?:" + OWN_PRIOR_STEP + ")"
                    + "|(?:下个月|年底|以后|回头|过几天|后面)再(?:" + OWN_PRIOR_STEP + ")");

    /** The bars to a penalty the question's words raise, with years named counted back from the year asked about. */
    public static java.util.EnumSet<PenaltyBar> penaltyBars(String q, int asOfYear) {
        return bars(q, asOfYear);
    }

    /** The bars to a penalty the question's words raise, in the order of the enum; a year named (2021年) is not counted. */
    public static java.util.EnumSet<PenaltyBar> penaltyBars(String q) {
        return bars(q, null);
    }

    private static java.util.EnumSet<PenaltyBar> bars(String q, Integer asOfYear) {
        java.util.EnumSet<PenaltyBar> out = java.util.EnumSet.noneOf(PenaltyBar.class);
        if (q == null) return out;
        // 帮他点火的人还没找到: a helper still sought leaves the doer told
        String withoutHelpers = cn.quanze.catalogue.ConductElements.withoutHelpers(q);
        if (unproven(withoutHelpers)) out.add(PenaltyBar.FACTS_UNPROVEN);
        if (NOT_DONE.matcher(q).find() || permitHeld(q)) out.add(PenaltyBar.NOT_DONE);
        if (NOT_THE_OFFENDER.matcher(q).find() || doneByAnother(q) || FOUND_ANOTHERS.matcher(q).find()
                || (FAMILY_DID_IT.matcher(q).find() && !ADULT_BEHIND.matcher(q).find())
                || EMPLOYEE_PENALISED.matcher(q).find() && !EMPLOYEE_DID_IT.matcher(q).find()) out.add(PenaltyBar.NOT_THE_OFFENDER);
        if (DENIES.matcher(q).find() && !DENIAL_ANSWERED.matcher(q).find() && !placeDenialAnswered(q)) out.add(PenaltyBar.PARTY_DENIES);
        if (UNCHECKED.matcher(withoutHelpers).find()) out.add(PenaltyBar.FACTS_UNCHECKED);
        if (q.contains("没收") && OTHERS_PROPERTY.matcher(q).find()) out.add(PenaltyBar.OTHERS_PROPERTY);
        if (REFRAIN.matcher(q).find()) out.add(PenaltyBar.REFRAIN_ASKED);
        if (UNDER_FOURTEEN.matcher(q).find()) out.add(PenaltyBar.MINOR_NAMED);
        if (INCAPACITY.matcher(q).find()) {
            out.add(PenaltyBar.INCAPACITY_NAMED);
            if (INCAPABLE.matcher(q).find()) out.add(PenaltyBar.INCAPABLE_AT_ACT);
        }
        boolean surelyUnderFourteen = false;
        // 他儿子（10岁）在旁边玩耍: a child beside the act, not doing it
        String ofDoers = BYSTANDER.matcher(q).replaceAll("");
        for (int years : ConductElements.agesStated(ofDoers)) {
            if (years > 0 && years < 14) surelyUnderFourteen = true;
            else if (years >= 14 && years < 18) out.add(PenaltyBar.MINOR_LIGHTER);
        }
        if (surelyUnderFourteen) out.add(PenaltyBar.MINOR_NAMED);
        surelyUnderFourteen |= out.contains(PenaltyBar.MINOR_NAMED);
        if (MAYBE_UNDER_FOURTEEN.matcher(q).find()) out.add(PenaltyBar.MINOR_NAMED);
        // 2012年出生 asked in 2026: thirteen or fourteen — whether he is under fourteen is then to be checked, not assumed
        List<Integer> born = asOfYear == null ? List.of() : agesFromBirthYear(q, asOfYear);
        for (int i = 0; i + 1 < born.size(); i += 2) {
            int younger = born.get(i), older = born.get(i + 1);
            if (older > 0 && older < 14) surelyUnderFourteen = true;
            if (younger < 14 && older > 0) out.add(PenaltyBar.MINOR_NAMED);
            if (older >= 14 && younger < 18) out.add(PenaltyBar.MINOR_LIGHTER);
        }
        if (surelyUnderFourteen && !ADULT_BEHIND.matcher(q).find()) out.add(PenaltyBar.MINOR_ACTED);
        // found only now, or ended long ago with nothing said of its being found in time
        if (FOUND_NOW.matcher(q).find() || ENDED.matcher(q).find()) {
            Matcher ago = YEARS_AGO.matcher(q);
            while (ago.find()) {
                if (ago.group(1) == null || cn.quanze.citation.ChineseNumerals.spoken(ago.group(1)) >= 2) out.add(PenaltyBar.FOUND_LATE);
            }
            Matcher year = asOfYear == null ? null : YEAR_NAMED.matcher(q);
            while (year != null && year.find()) {
                if (asOfYear - namedYear(year.group(1)) >= 3) out.add(PenaltyBar.FOUND_LATE);
            }
        }
        if (monthsUntilTakenUp(q, asOfYear) > 24) out.add(PenaltyBar.FOUND_LATE);
        // 对方来函：“违法行为早已超过两年追责时效”: the limitation period raised, by anyone, is a condition to check
        if (LIMITATION_RAISED.matcher(q).find()) out.add(PenaltyBar.FOUND_LATE);
        if (out.contains(PenaltyBar.FOUND_LATE) && foundTooLate(q, asOfYear)) out.add(PenaltyBar.FOUND_TOO_LATE);
        if (correctedAtOnce(q)) {
            out.add(PenaltyBar.CORRECTED_AT_ONCE);
            if (HARMLESS.matcher(q).find() && SLIGHT.matcher(q).find()) out.add(PenaltyBar.MINOR_CORRECTED_HARMLESS);
        }
        // 2023年因盗伐被法院判处拘役并处罚金，今年又…（新的一次）: a sentence for an earlier act is history
        // 他哥哥曾被法院判处罚金: another's sentence is no case of the party's
        String notPast = OTHERS_SENTENCE.matcher(q).replaceAll("");
        if (AGAIN_ELSEWHERE.matcher(q).find() || NEW_ACT_TOLD.matcher(q).find() || THIS_TIME.matcher(q).find()) {
            notPast = PAST_SENTENCE.matcher(notPast).replaceAll("");
        }
        if (REFERRED.matcher(notPast).find() && !SENT_BACK.matcher(q).find()) {
            out.add(PenaltyBar.REFERRED_AS_CRIME);
            if (IN_PLACE_OF_REFERRAL.matcher(q).find()) out.add(PenaltyBar.PENALTY_IN_PLACE_OF_REFERRAL);
        }
        Matcher courtFine = COURT_FINED.matcher(notPast);
        // 判了罚金，还能罚款吗 (not 判了罚金，能责令他恢复河道吗: an order to put right is no fine)
        if (courtFine.find() && FINE_AFTER_COURT.matcher(notPast.substring(courtFine.end())).find()) out.add(PenaltyBar.COURT_FINED);
        if (OPENED_ELSEWHERE.matcher(q).find() && !HANDED_TO_TOWNSHIP.matcher(q).find()) out.add(PenaltyBar.OPENED_ELSEWHERE);
        if (NO_FAULT.matcher(q).find()) out.add(PenaltyBar.NO_FAULT_CLAIMED);
        if (ON_THE_SPOT.matcher(q).find()) out.add(PenaltyBar.ON_THE_SPOT);
        // 不当场收钱，让他到银行交: a collection denied is the lawful course, not one told
        if (stated(COLLECTED_ON_THE_SPOT, q, true) == Boolean.TRUE) out.add(PenaltyBar.COLLECTED_ON_THE_SPOT);
        // a waiver denied in its clause (没说放弃申辩, 没有放弃) is no waiver
        if (NO_HEARING.matcher(q).find() && stated(WAIVED_DEFENCE, q) != Boolean.TRUE) out.add(PenaltyBar.NO_HEARING);
        if (HEARING_NOT_HELD.matcher(q).find() && stated(WAIVED_HEARING, q) != Boolean.TRUE) out.add(PenaltyBar.HEARING_NOT_HELD);
        surchargeBars(q, out);
        // 第六十条: ninety days from the case being opened; three months (90 days) is not past it
        if (ONE_OFFICER.matcher(q).find()) out.add(PenaltyBar.ONE_OFFICER);
        if (NO_DECISION_DOCUMENT.matcher(q).find()) out.add(PenaltyBar.NO_DECISION_DOCUMENT);
        if (HEARING_BY_INVESTIGATOR.matcher(q).find()) out.add(PenaltyBar.HEARING_BY_INVESTIGATOR);
        if (SEAL_OF_ANOTHER.matcher(q).find()) out.add(PenaltyBar.SEAL_OF_ANOTHER);
        if (NO_ENFORCEMENT_STATUS.matcher(q).find()) out.add(PenaltyBar.NO_ENFORCEMENT_STATUS);
        if (HEAVIER_FOR_DEFENCE.matcher(q).find()) out.add(PenaltyBar.HEAVIER_FOR_DEFENCE);
        if (NO_RECEIPT.matcher(q).find()) out.add(PenaltyBar.NO_RECEIPT);
        if (NO_LEGAL_REVIEW.matcher(q).find()) out.add(PenaltyBar.NO_LEGAL_REVIEW);
        if (LEGAL_REVIEW_CASE.matcher(q).find()) out.add(PenaltyBar.LEGAL_REVIEW_CASE);
        if (NO_COLLECTIVE_DISCUSSION.matcher(q).find()) out.add(PenaltyBar.NO_COLLECTIVE_DISCUSSION);
        if (COLLECTIVE_DISCUSSION_CASE.matcher(q).find()) out.add(PenaltyBar.COLLECTIVE_DISCUSSION_CASE);
        if (CHARGE_BESIDE_FINE.matcher(q).find()) out.add(PenaltyBar.CHARGE_WITHOUT_BASIS);
        Matcher instalment = INSTALMENT.matcher(q);
        if (instalment.find() && NO_INSTALMENT_GROUNDS.matcher(q).find()) out.add(PenaltyBar.INSTALMENT_WITHOUT_GROUNDS);
        Matcher before = PENALISED.matcher(q);
        // (the rule asking for another act gives way when the same act is read as fined already: second-fine.drl)
        if (before.find() && AGAIN.matcher(q.substring(before.end())).find()) {
            out.add(PenaltyBar.PENALISED_BEFORE);
        }
        return out;
    }

    /** 另外再收1000元教育费, 再加500元滞纳金一起交: a charge beside the fine that no law provides. */
    private static final Pattern CHARGE_BESIDE_FINE = Pattern.compile(
            "(?:另外|另|再|额外|同时|外加|并)(?:再)?(?:收|加收|收取|交|缴|加|要)(?:他|她|其)?(?:交)?[0-9一二两三四五六七八九十百千万]+(?:元|块)?(?:钱)?(?:的)?"
                    + "(?:教育费|保证金|管理费|手续费|押金|赞助费|滞纳金|违约金|处理费|学习费|培训费|罚没费|治理费)");
    /** 批准分期缴纳, 能不能让他延期交, 主动决定让他分三期: payment of a fine put off or split, granted or asked to be (第六十六条第二款). */
    private static final Pattern INSTALMENT = Pattern.compile(
            "(?:批准|同意|准许|允许|准|让(?:他|她|其)|决定让|能不能|能否|可以|能)[^，。？！,?!]{0,6}?" + PUT_OFF + "(?:缴纳|缴款|交纳|交|缴|付|支付)?");
    /** 他家并不困难, 他没申请，镇里主动决定: neither the hardship nor the party's application 第六十六条第二款 asks for. */
    private static final Pattern NO_INSTALMENT_GROUNDS = Pattern.compile(
            "(?:并不|并没有?|不|没有?|不算|谈不上)(?:什么)?(?:经济)?困难|(?:他|她|当事人|对方)?(?:没|未|没有|并未)(?:提出|提交)?(?:过)?申请|(?:镇里|乡里|我们|乡政府|镇政府)?主动(?:决定|给他|让他|提出)");

    /** 我们乡和门限石乡交界的, 跟东冶镇搭界的地方: a spot on the line between the asker's township and another. */
    private static final Pattern OWN_BORDER = Pattern.compile(
            "(?:(?:我们|俺们|咱们?|本)(?:乡|镇)?(?:和|与|跟)[\\p{IsHan}]{2,4}(?:乡|镇)|(?:和|与|跟)[\\p{IsHan}]{2,4}(?:乡|镇)(?:的)?)(?:的)?(?:交界|搭界|接壤|边界)"
                    // 那片地归我们乡还是归东雷乡还没弄清: whose ground it is, the asker cannot say
                    // 到底归我们阳白乡还是归邻乡: the asker's own name or a neighbour unnamed on either side
                    + "|归(?:我们|俺们|咱们?|本)(?:[\\p{IsHan}]{2,3})?(?:乡|镇)还是(?:归)?(?:[\\p{IsHan}]{2,4}|邻|隔壁|别的|外|旁边)(?:乡|镇)"
                    + "|归(?:[\\p{IsHan}]{2,4}|邻|隔壁|别的|外|旁边)(?:乡|镇)还是(?:归)?(?:我们|俺们|咱们?|本)(?:[\\p{IsHan}]{2,3})?(?:乡|镇)");

    private static final Pattern OTHER_SIDE = Pattern.compile("那边的|那头的|对岸|对面的");

    /** 到底在哪个乡的地界内，还没勘定; 在我们乡地界里，还是已经出了乡界，还没弄清楚: whose ground, not settled. */
    private static final Pattern BOUNDARY_UNSETTLED = Pattern.compile(
            "(?:在|属于|归|是)(?:哪个|哪一个|哪)(?:乡|镇)(?:的)?(?:地界|辖区|境内|范围|地盘)?(?:内|里)?[^。？！?!]{0,10}?(?:还没|尚未|没有?|未|不)(?:有)?(?:勘定|确定|弄清|查清|搞清|定下来|划定|清楚|明确)"
                    + "|(?:在|属于?)(?:我们|俺们|咱们?|本)(?:乡|镇)(?:的)?(?:地界|境内|辖区|范围|地盘)(?:里|内)?[，,]?还是[^。？！?!]{0,20}?(?:还没|尚未|没有?|未)(?:有)?(?:弄清|查清|搞清|确定|勘定|清楚|明确)"
                    // 那个村到底归我们阳白乡还是归邻乡，我们这边也说不清
                    + "|(?:归|属于?|在)(?:我们|俺们|咱们?|本)(?:[\\p{IsHan}]{2,3})?(?:乡|镇)还是(?:归|属于?|在)?[\\p{IsHan}]{1,4}(?:乡|镇)[^。？！?!]{0,16}?"
                    + "(?:说不清|说不准|不清楚|不知道|不确定|搞不清|弄不清|(?:一直)?(?:有争议|存在争议|有争执|争议不断|没有定论|没定论)"
                    + "|(?:还没|尚未|没有?|未)(?:有)?(?:弄清|查清|搞清|确定|勘定|清楚|明确))");

    /** Two characters and 村 (南坡村, 岭底村): a village the gazetteer may not list. */
    private static final Pattern VILLAGE = Pattern.compile("([\\p{IsHan}]{2})村(?![民里落委规集干组口子庄头上边道内外级务]|两委)");
    /** A two-character town or township name the gazetteer does not list (台怀镇): a place asked about, not resolved. */
    private static final Pattern TOWN = Pattern.compile("([\\p{IsHan}]{2})(镇|乡)(?![民里政上长村委干区内外级务党府领人直属容貌居统间街子头口中镇])");
    /** 上东村, 下庄村, 大沟村: 上/下/大/小/新/老 before a direction or a landform is a village name, not a phrase. */
    private static final Pattern POSITIONAL_NAME = Pattern.compile("[上下大小新老][东西南北庄河沟峪坪寨台堡岭湾]");
    private static final String NOT_VILLAGE_NAMES = "政某得满我们咱这那个本外邻全各每农乡山一有隔附自两几的里在到从是和跟与给对把被俺他她它该此其整镇县新老小大上下回进出去来说问名统害要淹冲挨想娘为";

    /** 前进村有个老汉…: at the head of a clause, two characters and 村 are a name even with 进 or 新 in them. */
    private static final String NOT_NAME_AT_START = "我们咱这那个本外邻全各每该此其整俺他她它哪啥隔壁有同别为农要想挨";

    private static boolean opensClause(String q, int at) {
        return at == 0 || "，。？！；：,.?!;: ".indexOf(q.charAt(at - 1)) >= 0;
    }

    /** 哎不对，我说串了 / ——不对，我说错了: the asker corrects what was said before. */
    private static final Pattern CORRECTION = Pattern.compile(
            "(?:哎|哦|噢|嗯|啊)?不对[，,]?(?:我)?说(?:串|错)了[，,]?|——不对[，,]?(?:我说错了)?[，,]?");
    /** 东雷乡那是上回的事: the clause that sets the corrected words aside. */
    private static final Pattern SET_ASIDE = Pattern.compile("[^，。？！,?!]*?(?:那是上回的事|是上回的事|那是上次的事|那是另一回事)[，,。]?");

    /**
     * 门限石乡上门限石村有人…。哎不对，我说串了，门限石乡那是上回的事，这回是俺们沟南乡的东阳村: the places named before a
     * correction are not the places of the question; what follows it is.
     */
    private String corrected(String q) {
        Matcher fix = CORRECTION.matcher(q);
        if (!fix.find()) return q;
        // 不对，我说错了，是前天的事: what is corrected is the day, not the place
        String after = q.substring(fix.end());
        if (placeNames.stream().noneMatch(after::contains)) return q;
        String before = q.substring(0, fix.start());
        for (String name : placeNames) before = before.replace(name, "");
        return before + SET_ASIDE.matcher(after).replaceAll("");
    }

    /** 台城镇前年就铲过, 东冶镇的村子都在镇里备案, 东雷乡说他们是先初审: the township named acted so, told for comparison. */
    private static final Pattern COMPARED_AFTER_NAME = Pattern.compile("[^，。？！,?!]{0,14}?(?:过|这么干|这么办|派人|说他们|都是|都在|都要|遇到这种)");
    /** 我们, 本乡: a sentence about the asker's own township or case. */
    private static final Pattern OWN_SIDE = Pattern.compile("我们|俺们|咱们?|本乡|本镇|我乡|我镇");

    /**
     * 隔壁台城镇前年就铲过一片罂粟。我们东冶镇大朴村有户人家…: a sentence before the question that only tells another
     * township's practice (no word of the asker's own side) names no place of the case; its place names are set aside.
     */
    private String withoutComparedPlaces(String q, String ownTownship) {
        if (q == null || ownTownship == null) return q;
        String[] sentences = q.split("(?<=[。！!；;])");
        if (sentences.length < 2) return q;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i];
            if (i < sentences.length - 1 && !OWN_SIDE.matcher(sentence).find() && sentence.indexOf('？') < 0 && sentence.indexOf('?') < 0) {
                for (String name : placeNames) {
                    if (name.equals(ownTownship) || !(name.endsWith("乡") || name.endsWith("镇")) || !sentence.contains(name)) continue;
                    Set<String> towns = gazetteer.resolve(name).townships();
                    if (towns.size() == 1 && !towns.contains(ownTownship) && comparedAfter(sentence, name)) sentence = sentence.replace(name, "");
                }
            }
            out.append(sentence);
        }
        return out.toString();
    }

    /** Some place in the sentence where the township's name is followed by what it did (台城镇前年就铲过). */
    private static boolean comparedAfter(String sentence, String name) {
        for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
            if (COMPARED_AFTER_NAME.matcher(sentence).region(at + name.length(), sentence.length()).lookingAt()) return true;
        }
        return false;
    }

    /**
     * The place the question names: a place of the gazetteer (not the asking township itself), else a
     * county or city outside 五台县, else a village the gazetteer does not list.
     */
    /** 位于本乡李家庄村, 我镇的西街村: the village said to be the asker's own township's. */
    public static boolean saysOwnVillage(String q, String village) {
        return q != null && village != null && Pattern.compile("(?:本|我|我们|俺们|咱们?)(?:乡|镇)(?:的)?" + Pattern.quote(village)).matcher(q).find();
    }

    private String place(String q, String ownTownship) {
        String first = null;
        for (String name : placeNames) {
            if (name.equals(ownTownship) || !q.contains(name)) continue;
            if (first == null) first = name;
            // 人是俺们五级村的，烧火的地方是建安镇檀村的地: of several places named, one outside the asking township decides
            // — unless the spot is said to lie on the line between it and the asker's own (我们乡和门限石乡交界的林子里)
            if (ownTownship != null && !gazetteer.resolve(name).townships().contains(ownTownship)) {
                Matcher border = OWN_BORDER.matcher(q);
                // 俺们乡跟东冶镇交界那条河，东冶那边的河滩: the spot is then said to be on the other side
                return border.find() && border.group().contains(name) && !OTHER_SIDE.matcher(q.substring(border.end())).find()
                        ? border.group() : name;
            }
        }
        // 北大贤村的人盗伐，树是在隔壁乡砍的: where the act was done, said outright, decides over a village (the person's)
        // or a place named without 村
        Matcher doneThere = DONE_IN_OTHER_TOWNSHIP.matcher(q);
        if (doneThere.find()) return doneThere.group();
        // 这片林地到底在哪个乡的地界内，目前还没勘定: the spot's side of the township line is not settled
        Matcher unsettled = BOUNDARY_UNSETTLED.matcher(q);
        if (unsettled.find()) return unsettled.group();
        // 殊官寺村的人在县城十字街堵了通道: a place beyond the asker's own villages decides
        if (first != null && ownTownship != null && gazetteer.resolve(first).townships().contains(ownTownship)) {
            String beyond = Gazetteer.namedCityOrProvince(q);
            // 从太原回来的: where a person comes from is not where the act was done
            if (beyond != null && !q.contains("从" + beyond.substring(0, 2))) return beyond;
            Matcher seat = COUNTY_SEAT.matcher(q);
            if (seat.find()) return seat.group();
            // 旺盛庄旁边那个孟家沟村: a village the gazetteer does not list, named beside the asker's own, may be where it happened
            String unlisted = unlistedVillage(q);
            if (unlisted != null) return unlisted;
            // 殊官寺旁边那个村是不是俺们的也说不清: the asker cannot say whose ground it is
            Matcher unsure = UNNAMED_PLACE.matcher(q);
            if (unsure.find()) return unsure.group();
        }
        // 建安这边想去东冶的永安查: a township said without its 乡 or 镇 is as far outside as its full name
        String bare = ownTownship == null ? null : gazetteer.bareTownship(q, ownTownship);
        if (bare != null) return bare;
        // 兴元有人偷砍了十几棵杨树: a village of the gazetteer said without 村
        String bareVillage = first == null ? gazetteer.bareVillage(q) : null;
        if (bareVillage != null) return bareVillage;
        // 五台山景区台怀那块: the scenic area and 台怀 are administered apart and are not in the gazette; a place to confirm
        Matcher scenic = SCENIC_AREA.matcher(q);
        if (scenic.find()) return scenic.group();
        if (first != null) return first;
        Matcher site = HERITAGE_SITE.matcher(q);
        if (site.find()) return site.group();
        String foreign = Gazetteer.foreignPlace(q);
        if (foreign != null) return foreign;
        // 请茹村乡依法办理: the asker's own township named is no village (茹村) asked about
        Matcher m = VILLAGE.matcher(ownTownship == null ? q : q.replace(ownTownship, "本" + ownTownship.substring(ownTownship.length() - 1)));
        while (m.find()) {
            if (m.group(1).chars().noneMatch(c -> NOT_VILLAGE_NAMES.indexOf(c) >= 0) || POSITIONAL_NAME.matcher(m.group(1)).matches()
                    || (opensClause(q, m.start()) && m.group(1).chars().noneMatch(c -> NOT_NAME_AT_START.indexOf(c) >= 0))) {
                return m.group();
            }
        }
        Matcher t = TOWN.matcher(q);
        while (t.find()) {
            String name = t.group();
            // 白家庄镇 asked by 白家庄镇 holds 家庄镇, no other town
            if (name.equals(ownTownship) || (ownTownship != null && (ownTownship.startsWith(t.group(1)) || ownTownship.endsWith(name)))) continue;
            // 方案报乡审核, 送镇备案: a paper sent up to the township names none; 今年上半年乡武装部: a time, then the township;
            // 责令乡敬老院: an order, then the township's own home
            if (t.group(1).chars().noneMatch(c -> NOT_VILLAGE_NAMES.indexOf(c) >= 0 || "城响街集市村区乡镇报送交请往向归年月天由令".indexOf(c) >= 0)) return name;
        }
        Matcher spot = NAMED_SPOT.matcher(q);
        if (spot.find()) return spot.group(1);
        Matcher spoken = SPOKEN_PLACE.matcher(q);
        if (spoken.find()) return spoken.group(1);
        Matcher opening = PLACE_AT_START.matcher(q);
        while (opening.find()) {
            String name = opening.group(1);
            if (unlistedName(name)) return name;
        }
        Matcher spaced = SPACED_PLACE.matcher(q);
        while (spaced.find()) {
            String name = spaced.group(1);
            if (LANDFORM.matcher(name).matches() || NOT_A_PLACE_END.matcher(name).find()) continue;
            if (unlistedName(name) && placeNames.stream().noneMatch(n -> n.contains(name))) return name;
        }
        Matcher at = SETTLEMENT_AFTER_AT.matcher(q);
        while (at.find()) {
            String name = at.group(1);
            if (unlistedName(name) && placeNames.stream().noneMatch(n -> n.contains(name))) return name;
        }
        Matcher other = OTHER_TOWNSHIP_SAID.matcher(q);
        if (other.find()) return other.group(1) != null ? other.group(1) : other.group(2);
        Matcher seat = COUNTY_SEAT.matcher(q);
        if (seat.find()) return seat.group();
        Matcher u = UNNAMED_PLACE.matcher(q);
        return u.find() ? u.group() : null;
    }

    /**
     * 五台山景区, 台怀那块: not a township of the catalogue, and the gazette does not place it; nor does it place the
     * 五台现代农业产业示范区, whose township is to be confirmed (五台扶贫新区 is a community of 东雷乡 in the gazetteer).
     */
    private static final Pattern SCENIC_AREA = Pattern.compile("五台山(?:风景名胜区|风景区|景区)|台怀(?![镇乡])"
            + "|(?:五台)?(?:县)?现代农业产业示范区");

    /** 南禅寺保护范围里: a heritage site of the county, which the gazette's lists of villages do not place; a place to confirm. */
    private static final Pattern HERITAGE_SITE = Pattern.compile("(?:南禅|佛光|延庆|广济|洪福|尊胜|秘密|圆果)寺(?![村庄])|徐向前(?:元帅)?故居");

    /** 旁边那个孟家沟村: a village named as beside or near another, where the act is then told. */
    private static final Pattern BESIDE_VILLAGE = Pattern.compile("(?:旁边|隔壁|附近|对面|挨着)(?:的|那个|那|有个|一个)?([\\p{IsHan}]{2,3}村)(?![民里落委规集干组口子庄头上边道内外级务两卫])");

    /** A village named beside another that the gazetteer does not list (旺盛庄旁边那个孟家沟村), or null. */
    private String unlistedVillage(String q) {
        Matcher m = BESIDE_VILLAGE.matcher(q);
        while (m.find()) {
            String v = m.group(1);
            String stem = v.substring(0, v.length() - 1);
            if (stem.chars().anyMatch(c -> NOT_VILLAGE_NAMES.indexOf(c) >= 0) || !gazetteer.resolve(v).unknown()) continue;
            if (placeNames.stream().anyMatch(n -> n.endsWith(v) && q.contains(n))) continue;
            return v;
        }
        return null;
    }

    /**
     * 在县城十字街, 县城汽车站, 县委大院门口: the county town, which the gazette does not place in a township; a place to confirm
     * (not 在县城划定的禁燃区内, where the county is who drew the area).
     */
    private static final Pattern COUNTY_SEAT = Pattern.compile("(?<=[在到去从进])县城(?!划定|划的|划出|规定|确定|公布|设定|发布)|县城(?=里|那|的|汽车站|车站|广场|街|大街|十字|公园|医院|市场|城区|集中供热)"
            + "|县(?:委|政府)大院");

    /**
     * 隔壁乡有人建坟, 邻镇有家饭店, 在别的乡, 他们乡地界上: the act put in a township other than the asker's, unnamed; not
     * 隔壁乡的人 or 别的乡来的 (a person's origin). Group 1 or 2 is the place.
     */
    private static final Pattern OTHER_TOWNSHIP_SAID = Pattern.compile(
            "(?:^|(?<=[在到去，,。；;]))(" + Gazetteer.OTHER_TOWNSHIP_WORDS + ")(?:里|上)?(?=有人|有个|有家|有户|有一|一个|一家|一户|的(?!人)|那边|那头|地界|境内|辖区)"
                    + "|((?:他们|人家)(?:乡|镇))(?:的)?地界");
    /**
     * 树是在隔壁乡砍的, 那块地在邻乡的地界上, 盗伐是在邻乡地界上干的: where the act was done or the thing lies, in a
     * township other than the asker's.
     */
    private static final Pattern DONE_IN_OTHER_TOWNSHIP = Pattern.compile(
            "(?<=是在)" + Gazetteer.OTHER_TOWNSHIP_WORDS + "(?=[\\p{IsHan}]{1,2}的)"
                    // not 不在邻乡的地界上, 平时在外乡的地界上放羊, 在邻乡地界边上, 是不是在邻乡的地界上说不清
                    + "|(?<=(?<!不|没|是不是|是否|平时|平常|经常|常年|一直)在)" + Gazetteer.OTHER_TOWNSHIP_WORDS
                    + "(?=(?:的)?(?:地界|境内|辖区|地盘))(?!(?:的)?(?:地界|境内|辖区|地盘)(?:的)?(?:边上|附近|旁边|边|交界))"
                    + "(?![^，。？！,?!]{0,14}?(?:说不清|不清楚|不确定|说不准|拿不准|搞不清))"
                    // 去年区划调整后归了邻乡: the place has since passed to another township
                    + "|(?<=(?:调整|变更|区划|划转|合并)(?:后|以后|之后)?(?:已经|已)?(?:归了|归入|划给了?|划归|划入|划到|并入))" + Gazetteer.OTHER_TOWNSHIP_WORDS);

    /** 下庄那块, 后沟那边: a place named in speech by its landform, without 村. */
    private static final Pattern SPOKEN_PLACE = Pattern.compile(
            "(?<![村河路山地镇乡院这那哪])((?:[\\p{IsHan}](?=[\\p{IsHan}][庄沟峪坪寨堡岭湾洼梁坡](?:那块|那边|那里|那儿|一带|那片)))?[\\p{IsHan}][庄沟峪坪寨堡岭湾洼梁坡])(?:那块|那边|那里|那儿|一带|那片)");

    /** 柳树湾有人盗伐, 张各庄有人烧秸秆: a place named without 村 at the head of a clause, before who did what there. */
    private static final Pattern PLACE_AT_START = Pattern.compile(
            "(?:^|[，,。；;])([\\p{IsHan}]{2}[庄沟峪坪寨堡岭湾洼梁坡屯])(?=有人|有个|有户|有家|一户|一家|的人|村民)");

    /**
     * 马家窑 有人…, 那个 后岭上 集镇…: spoken into a phone, a place stands alone between spaces (or the commas they are read
     * as), without 村.
     */
    /** 心里没底, 摸底, 年底: words that end in 底 without naming a place. */
    private static final Pattern NOT_A_PLACE_END = Pattern.compile("(?:没|到|见|彻|年|月|心|兜|托|保|摸|交|打|垫)底$");
    private static final Pattern SPACED_PLACE = Pattern.compile(
            "(?:^|[\\s，,])([\\p{IsHan}]{1,3}[庄沟峪坪寨堡岭湾洼梁坡屯窑底滩]|[\\p{IsHan}]{2}头)(?:上|里|那边|那块|那儿)?(?=[\\s，,])");

    /** 河滩, 砖窑, 荒坡, 桥头: landforms and common nouns said between spaces, not names of places. */
    private static final Pattern LANDFORM = Pattern.compile(
            "(?:河滩|沙滩|荒滩|砖窑|煤窑|土窑|石窑|荒坡|土坡|山坡|水沟|河沟|山沟|沟底|桥头|地头|村头|街头|码头|山头|河底|坑底|井底|山岭)");

    /** A name read as a place that the gazetteer does not list and that does not open with a word (我们, 这, 大…). */
    private boolean unlistedName(String name) {
        return NOT_VILLAGE_NAMES.indexOf(name.charAt(0)) < 0 && gazetteer.resolve(name).unknown();
    }

    /** 在南岭庄私自种了罂粟: a settlement named after 在 without 村 (庄, 屯, 寨, 堡 name places, not landforms). */
    private static final Pattern SETTLEMENT_AFTER_AT = Pattern.compile("(?<=在)([\\p{IsHan}]{2}[庄屯寨堡])(?![子园户稼主])");

    /** 一个叫后沟的地方: a place named in speech without 村. */
    private static final Pattern NAMED_SPOT = Pattern.compile("叫([\\p{IsHan}]{1,4}?)的(?:地方|村子|村|庄子|沟里|地界|山上|山头)");

    /** 有个村，叫啥名我说不上来; 归哪管也说不准: a place the asker cannot name or place is still a place asked about, and not known to be the body's own. */
    private static final Pattern UNNAMED_PLACE = Pattern.compile(
            "(?:叫啥|叫什么|什么名|啥名|哪个村|村名|哪个庄|哪个乡|哪个镇|(?:村|庄)[\\s子的，,]{0,2}名字)[^，。？！,?!]{0,10}?(?:说不上|说不出|记不清|不记得|不知道|忘了|想不起|没说清|说不清|不清楚|没弄清|没搞清|没查清|没问清|没问明白|没打听清)"
                    + "|(?:说不上|说不出|记不清|不记得|不知道|忘了|想不起)[^，。？！,?!]{0,6}?(?:叫啥|叫什么|哪个村|村名|什么村|哪个庄)"
                    // 那边那个村有人种罂粟: a village pointed at, not named
                    + "|那边(?:那个|那|的)(?:村|庄)"
                    // 但没说是哪个村: the report left the village out
                    + "|(?:没说|没讲|没说清|没讲清|没有说|不知道|搞不清|弄不清)(?:是|在)?(?:哪个|哪一个|哪)(?:村|庄|乡|镇)"
                    // 具体在哪说不上来; 倒的位置说不准在谁那边: where it is, the asker cannot say
                    + "|在哪(?:儿|里)?[^，。？！,?!]{0,4}?(?:说不上|说不出|说不清|说不准|不清楚|不知道|记不清)|说不准在谁(?:那边|那儿|那里|地界)|在谁(?:那边|地界)说不准"
                    // 河对岸到底归哪管俺也说不准: whose ground it is, the asker does not know
                    + "|(?:归哪|归谁|属于哪|属哪)[^，。？！,?!]{0,8}?(?:说不准|说不清|说不好|不清楚|不知道|拿不准|搞不清|弄不清|不好说|不确定)"
                    + "|(?:说不准|说不清|不清楚|不知道|拿不准|搞不清|弄不清|不确定|吃不准)[^，。？！,?!]{0,4}?(?:归哪|归谁|属于哪|是哪个乡|是哪个镇|是不是(?:我们|俺们|咱们?|本)(?:乡|镇)的)"
                    + "|是不是(?:我们|俺们|咱们?|本)(?:乡|镇)?的[^，。？！,?!]{0,6}?(?:说不准|说不清|说不好|不清楚|不知道|拿不准|搞不清)"
                    // 渡口到底在不在我们镇辖区内还说不准: whether it lies within the township, not yet known
                    + "|(?:在不在|属不属于|是不是在)(?:我们|俺们|咱们?|本)(?:乡|镇)(?:的)?(?:辖区|地界|范围|境内|地面)?(?:内|里|上)?[^，。？！,?!]{0,4}?(?:说不准|说不清|说不好|不清楚|不知道|拿不准|搞不清|弄不清|不确定|不好说)"
                    // 跟邻乡交界的地方，两家都说是自己的: a border both townships claim
                    // 那个自然村好像划走了又好像没划: a village that may have been moved to another township
                    + "|好像划(?:走|出去|给别的?(?:乡|镇|县))"
                    + "|(?:跟|和|与)(?:邻乡|邻镇|邻县|隔壁乡|隔壁镇|隔壁县|外乡|外县|别的乡|别的镇|邻近乡镇)(?:的)?交界|(?:两|三|四|好几|几|多)(?:个)?乡(?:镇)?(?:交界|搭界)|两个(?:乡|镇|乡镇)都(?:说|认为|讲)"
                    // 清水河沿岸几个乡镇都有人烧秸秆: an act spread over several townships, not the asker's alone
                    + "|(?:两|三|四|好几|几|多)个乡镇(?:都|各)有"
                    // 渡口在两省交界, 省界边上, 两乡的界河: on a line with another province or township
                    + "|(?:两|三)省(?:交界|搭界)|省界(?:边)?上|界河"
                    // 那块地到底归不归我们县, 是定襄的还是我们的, 采砂点在哪边还没测定: whose ground it is, not yet known
                    + "|归不归(?:我们|俺们|咱们?|本)(?:县|乡|镇)(?!管)|是[\\p{IsHan}]{2,4}的还是(?:我们|俺们|咱们?)的"
                    + "|(?:在)?哪边(?:还)?(?:没|未)(?:测定|确定|定|划清)|具体在哪(?:边|一边|个乡|个镇)[^，。？！,?!]{0,2}?(?:还)?(?:没|未|不)(?:测定|确定|清楚)"
                    // 乡界的沟一半是俺们乡一半是邻乡的; 豆村和台城之间那条县道: a spot on the line between two townships
                    + "|一半(?:是|在|归)[^，。？！,?!]{0,4}?(?:乡|镇|县|村)(?:的|地界|地面)?[，,]?一半(?:是|在|归)|(?:乡界|镇界|县界)(?:上|的|那)|(?![个村]人|村民|村集体|集体|农户|单位|企业|公司|林场)[\\p{IsHan}]{1,3}和(?![个村]人|村民|村集体|集体|农户|单位|企业|公司|林场|国有)[\\p{IsHan}]{1,3}(?:乡|镇)?之间(?:那|的)"
                    // 渡口在东冶和建安交界的河面上; 在建安、东冶两个镇都种了: a spot two townships may claim
                    + "|[\\p{IsHan}]{2,3}(?:和|与|跟|、)[\\p{IsHan}]{2,3}(?:乡|镇)?(?:交界|搭界|接壤)(?:的|那|处|上|地方)|[、和与][\\p{IsHan}]{2,3}(?:两|三)个(?:乡|镇|乡镇)"
                    // 具体哪块地没说清: which plot, the report did not say
                    + "|(?:哪块地|哪块|哪片|具体位置|具体地点|具体在哪)[^，。？！,?!]{0,4}?(?:没说清|说不清|没说|不清楚|不知道|没讲清)"
                    // 王家庄好像有好几个: a name several places bear
                    + "|(?:村|庄|沟|湾|堡|寨|坪|峪)(?:那边|这个名|这个名字)?(?:好像|可能|听说|据说)?(?:有好几个|不止一个|重名|有重名)(?![人户家])"
                    // 不归我们镇管，是邻乡的: another township's ground, that township unnamed (归不归我们镇管 asks whose power it is)
                    + "|(?<!归)不归(?:我们|俺们|咱们?|本)(?:乡|镇)|(?:归|属于)(?:邻乡|邻镇|隔壁乡|隔壁镇|别的乡|别的镇|外乡|外镇|别的乡镇|其他乡镇)(?:管|的地界|地界)"
                    // 也可能是隔壁乡的地, 可能其实是隔壁乡的, 也许在邻乡地界: the spot may be another township's
                    + "|(?:也可能|可能(?:其实|还)?|好像|听说|据说|也许|估计|说不定|有人说)(?:是|在|算|归)?(?:隔壁|邻近?|外|别的|旁边)(?:的)?(?:乡|镇|县)"
                    // 两个乡的边界没理清: where the townships' line runs is not known (两户的地界说不清 is their dispute, not this)
                    + "|(?:(?:乡|镇|县)(?:之间)?的?(?:边界|地界|界线)|乡界|镇界|县界)(?:还)?(?:没理清|没划清|没定|不清|说不清|有争议)"
                    // 好几个乡镇都有人偷采砂子，我们乡统一罚了: the act is done in other townships too, and punished as one
                    + "|(?:好几个|几个|多个|各个|周边)(?:乡镇|乡|镇)[^。？！]{0,20}?(?:我们|俺们|咱们?|本)(?:乡|镇)[^，。？！,?!]{0,4}?(?:统一|一并|一起|全部|都)(?:罚|处罚|处理|查处)"
                    + "(?![^。？！?!]{0,12}?(?:本乡|本镇|在本|境内|辖区内|我们乡的|我们镇的))"
                    // 在我们乡和邻乡都乱倒，我们乡能把两边的都罚了吗
                    + "|(?:我们|俺们|咱们?|本)(?:乡|镇)和(?:邻乡|邻镇|隔壁乡|隔壁镇|外乡|别的乡|别的镇)都|把两边的?都(?:罚|处罚|查处)"
                    // 渡口一头在我们乡一头在邻乡: the thing asked about lies in two townships
                    + "|(?:一头|一半|一边|一段)在(?:我们|俺们|咱们?|本)?(?:乡|镇)?(?:里|这边)?[，,]?(?:一头|一半|一边|一段|另一头|另一半|另一边)在(?:邻|隔壁|外|别的|人家)");

    /**
     * 要求所有农户养狗必须办证: a licence the document would require (for a question's own applicant, 得先办许可证 is no
     * approval the township is asked to give, so the approval words leave it out).
     */
    private static final Pattern LICENCE_REQUIRED = Pattern.compile("(?:必须|须|需要|要|得|应当)(?:先)?(?:办|领|申领|取得)[^，。？！]{0,6}?(?:证(?!明)|许可|执照)");

    /** 再责令限期拆了, 并没收: a clause that goes on from the one before. */
    private static final Pattern CONTINUING = Pattern.compile("\\s*(?:再|并|然后|还|同时|接着|顺便|又|另外|之后)");
    /** 把电表拔了可以么, 这样做合法吗: the question ends on an ask word with nothing after it. */
    private static final Pattern TRAILING_ASK = Pattern.compile(
            "(.+?)[，,\\s]*(?:这样|这么(?:做|办|干|弄))?[，,]?(?:(?:可以|可不可以|合法|合规)(?:么|吗|嘛|不)?|(?:行|中|对)(?:么|吗|嘛|不行|不中|不对|不)|行不行|中不中|对不对)[？?。！!～~]*");

    /** The last 能 (能不能, 可以 …) of a question, where what it asks begins; not 可能, 功能, 能力. */
    // 我乡拟依法责令改正，请示: in a request for instructions the township's 拟 asks, as 能不能 does
    private static final Pattern LAST_ASK = Pattern.compile(".*((?:能不能|能否|可不可以|可否|可以|(?<![可功职智技本])能(?![力源耐手])"
            + "|(?<=我乡|我镇|本乡|本镇|乡里|镇里|乡政府|镇政府)拟(?!定|订|写|稿))[^，。？！]*[？?]?)$");

    /** 调解后让双方签个协议: the parties' own agreement after mediation is not the township's civil act. */
    private static final Pattern BETWEEN_PARTIES = Pattern.compile("双方|两户|两家|各方|他们俩|当事人之间");

    private boolean civilAsked(String text) {
        return firstMatch(civil, text, m -> !BETWEEN_PARTIES.matcher(m.group()).find()) != null;
    }

    /** 已经罚款, 上周已罚了他一千, 罚过了: a penalty told as already imposed. */
    private static final Pattern PENALTY_DONE = Pattern.compile(
            "(?:已经?|早就|之前|上次|上周|刚刚?)[^，。？！,?!]{0,6}?(?:罚款|罚了|处罚了|处罚过|罚过)[^，。？！,?!]{0,8}|罚过了|罚款(?:已经?)?(?:交了|缴了|交过)");

    /** The act the text firmly asks, in the order tried (a fee before a penalty before an approval …), or null. */
    private Act firmAct(String text, boolean penaltyAsked) {
        if (levy.matcher(text).find()) return Act.LEVY;
        if (measure.matcher(text).find()) return Act.MEASURE;
        if (designate.matcher(text).find()) return Act.DESIGNATE;
        if (civilAsked(text)) return Act.CIVIL;
        if (COLLECT_FINE.matcher(text).find()) return Act.ENFORCE;
        if (penaltyAsked || penalize.matcher(text).find()) return Act.PENALIZE;
        if (revoke.matcher(text).find()) return Act.REVOKE;
        if (approve.matcher(text).find() && !reviewAskedLast(text)) return Act.APPROVE;
        if (enforce.matcher(text).find()) return Act.ENFORCE;
        return null;
    }

    /** 责令拆除、罚十万, 罚款并让他拆了: what the party is ordered to do, part of the penalty's article, not a compulsion. */
    private static final Pattern ORDERED_OF_PARTY = Pattern.compile("责令|令其|(?:让|叫|要求|通知)(?:他们|他|她|它|其|对方|当事人|业主|车主|老板|厂家|企业|单位)");

    /**
     * 罚款和扣车, 能强制拆除并罚吗: a compulsion asked in a clause that asks the penalty as well, not said as an order to the
     * party; the conduct told in other clauses (把消火栓圈起来) is not asked.
     */
    private boolean compulsionWithPenalty(String asked) {
        if (COLLECT_FINE.matcher(asked).find()) return false;
        List<String> clauses = Clauses.of(asked);
        // 镇里能不能罚款，把他的车扣下: what is asked after the township is named, in that sentence, is its own act (镇里能罚款
        // 吗？有人推倒了测量标石 tells the party's conduct after the ask)
        Matcher actor = TOWNSHIP_ACTING.matcher(asked);
        if (actor.find()) {
            Matcher end = SENTENCE_END.matcher(asked);
            String sentence = asked.substring(actor.end(), end.find(actor.end()) ? end.start() : asked.length());
            if (compulsionIn(sentence)) return true;
        }
        for (int i = 0; i < clauses.size(); i++) {
            if (!penalize.matcher(clauses.get(i)).find()) continue;
            // 罚款，再把车扣了 / 先把车扣了，再罚款: a clause joined to the penalty's by 再, 并, 然后 asks along with it
            if (compulsionIn(clauses.get(i))
                    || (i + 1 < clauses.size() && CONTINUING.matcher(clauses.get(i + 1)).lookingAt() && compulsionIn(clauses.get(i + 1)))
                    || (i > 0 && CONTINUING.matcher(clauses.get(i)).lookingAt() && compulsionIn(clauses.get(i - 1)))) return true;
        }
        return false;
    }

    /** 乡里, 镇上, 我们, 执法队: the township named as the one acting. */
    private static final Pattern TOWNSHIP_ACTING = Pattern.compile("(?:乡|镇)(?:里|上|政府|执法队)|(?:我们|俺们|咱们?)(?:乡|镇)?|(?:我|本)(?:乡|镇)|执法队");

    private static final Pattern SENTENCE_END = Pattern.compile("[。？！?!]");
    /** 并, 再, 然后: what joins one act asked to another within a clause. */
    private static final Pattern JOINED = Pattern.compile("并|再|然后|又|同时");

    /**
     * A compulsion in the text that the township itself would do: not one the party is ordered to do (责令他把房子拆了,
     * 叫他把广告清除掉), reckoning from the start of its clause or the last 并 / 再 before it, and taking in the words the compulsion's own match
     * begins with (能…把…拉走).
     */
    private boolean compulsionIn(String clause) {
        Matcher m = enforce.matcher(clause);
        while (m.find()) {
            int from = Clauses.start(clause, m.start());
            Matcher joined = JOINED.matcher(clause.substring(0, m.start()));
            while (joined.find()) from = Math.max(from, joined.end());
            if (!ORDERED_OF_PARTY.matcher(clause.substring(from, m.end())).find()) return true;
        }
        return false;
    }

    /** The words a question's act is read from, and whether a penalty is asked in them. */
    private record Focus(String text, boolean penaltyAsked) {}

    /**
     * 能罚他五千，能铲除吗 / 罚了不交，把他店的电表拔了，可以么: the focus moves to a tail that asks a firm act of its own, unless
     * a penalty told before it would be dropped by a tail that names none ({@code penaltyMayGo} lets it go); else it stays.
     */
    private Focus narrow(Focus focus, String tail, PenaltyKind kind, Double amount, boolean penaltyMayGo) {
        boolean tailPenalty = penaltyKind(tail, amount) != null;
        if ((kind == null || tailPenalty || penaltyMayGo) && firmAct(tail, tailPenalty) != null) return new Focus(tail, tailPenalty);
        // 村委会决定停发补偿款，侵害村民权益，乡里能处理吗: the village's decision is the conduct told, the last clause asks
        if (kind == null && VILLAGE_DECIDED.matcher(focus.text()).find() && PUTTING_RIGHT.matcher(tail).find()) return new Focus(tail, false);
        return focus;
    }

    /** 处理, 责令改正, 纠正: what item 57 names the township doing about the village's decision. */
    private static final Pattern PUTTING_RIGHT = Pattern.compile("处理|责令|纠正|改正");

    /** 村委会决定, 村民委员会作出的决定: a decision of the village told as the conduct (item 57's matter). */
    private static final Pattern VILLAGE_DECIDED = Pattern.compile(
            "(?:村委会?|村民委员会|村两委|村干部|村支书|村主任)[^，。？！,?!]{0,4}?(?:作出|做出|开会)?的?决定");

    /** 乡里审核过了, 已经初审了, 审核我们做了, 初审也是我们做的: a step said to be done is a fact told, not the act asked. */
    private static final Pattern ALREADY_DONE = Pattern.compile(
            "(?:审核|初审|审查|审|转报|上报|报)(?:过|完)了?|已经?(?:审核|初审|审查|转报|上报|报)"
                    + "|(?:审核|初审|审查)[^，。？！,?!]{0,6}?(?:做|搞|弄|办)(?:完|过|好)?了"
                    + "|(?:审核|初审|审查)[^，。？！,?!]{0,2}?是(?:我们|俺们|咱们?|乡里|镇里)(?:做|搞|弄|办)的");

    /** 不用报县里了吧, 必须报县里吗: a step said to be unneeded, or asked whether it is needed, is not the act asked. */
    private static final Pattern NOT_NEEDED = Pattern.compile("不用|不必|无需|无须|不需要|用不着|省得|免得|不报|不往上报|不上报|不再(?:转|上)?报"
            // 必须报县里吗: whether the report is needed asks the approval, not the report
            + "|(?:必须|非得|是否必须)(?:再)?(?:报|上报|转报)(?![销名到告备])");

    /** 直接批了先发钱，后面再补报县里: a report after the decision is not what is asked; the decision is. */
    private static final Pattern REPORTED_AFTERWARDS = Pattern.compile("补报|(?:后面|回头|以后|之后|事后|过后|然后)再?(?:报|上报|转报|报送)");

    /**
     * 承包经营权证换发，乡政府能做初审吧: the approval word names the matter, and the last clause asks for a review or a
     * forwarding, with no approval word of its own.
     */
    private boolean reviewAskedLast(String asked) {
        return reviewAskedLast(asked, false);
    }

    /** @param whole the clause before ask words alone (…进行初审，于法有据吗): it is the clause asked even when it is the only one */
    private boolean reviewAskedLast(String asked, boolean whole) {
        int cut = lastClauseBreak(asked);
        if (cut < 0 && !whole) return false;
        String last = asked.substring(cut + 1);
        // 县里的审查制度还没建起来呢: a review system named, not a review asked; 你给把把关: the asker asks us to review
        if (last.contains("制度")) return false;
        // 镇里能审核转报吗，你给把把关: words to whoever answers end the question; the clause before them asks
        if (cut >= 0 && (TO_THE_TOOL.matcher(last).find() || ASK_ONLY.matcher(last).matches())) {
            return reviewAskedLast(asked.substring(0, cut), ASK_ONLY.matcher(last).matches());
        }
        return !approve.matcher(last).find() && !NOT_NEEDED.matcher(last).find() && !ALREADY_DONE.matcher(last).find()
                && !REPORTED_AFTERWARDS.matcher(last).find() && (review.matcher(last).find() || forward.matcher(last).find());
    }


    /** 镇里初审，行不: a clause of ask words alone asks about the clause before it. */
    private static final Pattern ASK_ONLY = Pattern.compile("\\s*(?:(?:这样|这么)?(?:可以|行|中|合法|合规|对|妥)(?:么|吗|嘛|吧|不|没)?"
            + "|行不行|中不中|可不可以|合法不合法|能不能办|能办不|有这个权没|有没有这个权|于法有据(?:吗|么|不|没有)?|有(?:没有)?(?:法律)?依据(?:吗|么|不)?)[？?。！!～~]*\\s*");

    /** 能否, 可否, 是否有权: the words that ask, in a letter's last sentence. */
    private static final Pattern ASKS = Pattern.compile("能不能|能否|可不可以|可否|可以|是否|有权|有没有权|(?<![可功职智技本])能(?![力源耐手])");

    /** The text names an act, firm or soft: 是否在我乡权限内, 麻烦给个准话，可以还是不可以 name none. */
    private boolean namesAct(String text, Double amount) {
        return firmAct(text, penaltyKind(text, amount) != null) != null
                || softActs.values().stream().anyMatch(p -> p.matcher(text).find());
    }

    /** The text's last sentence when an earlier one ends before it and it asks (see {@link #ASKS}), else null. */
    private static String lastSentence(String s) {
        String body = s.replaceAll("[。？！?!\\s]+$", "");
        int cut = -1;
        for (int i = body.length() - 1; i >= 0 && cut < 0; i--) {
            if ("。？！?!；;".indexOf(body.charAt(i)) >= 0) cut = i;
        }
        if (cut < 0) return null;
        String last = s.substring(cut + 1);
        return ASKS.matcher(last).find() ? last : null;
    }

    /** Where the text's last clause begins, less one: its last comma or full stop (-1 when it has none). */
    private static int lastClauseBreak(String s) {
        return Math.max(Math.max(s.lastIndexOf('，'), s.lastIndexOf(',')), s.lastIndexOf('。'));
    }

    /** 你给把把关, 帮我看看: words to whoever answers, not the act asked of the township. */
    private static final Pattern TO_THE_TOOL = Pattern.compile("^(?:你|您)(?:给|帮|替)|(?:你|您)(?:给|帮|替)(?:我们|咱们|俺们)?(?:看看|把把关|把关|审审)");

    /** 乡里能, 镇上可不可以把它: a clause that only asks, whose object was named in the clause before. */
    private static final Pattern ONLY_ASKS = Pattern.compile(
            "(?:乡里|镇里|乡上|镇上|乡政府|镇政府|我们|俺们|咱们?)?(?:能不能|能否|能|可以|可不可以|可否)?(?:把它|把他|给他|给它)?");

    /** What the question asks to confiscate: the words just after 没收 (没收他的挖掘机, 把面包车没收), or null. */
    private Confiscated confiscated(String q) {
        Matcher m = confiscation.matcher(q);
        while (m.find()) {
            if (!denied(q, m)) return confiscatedAt(q, m);
        }
        return null;
    }

    private static boolean denied(String q, Matcher confiscation) {
        return DENIED_BEFORE.matcher(q.substring(Math.max(0, confiscation.start() - 4), confiscation.start())).find();
    }

    /** 不没收厂房, 不是没收厂房: a 没收 denied names nothing asked (not 能不能没收, 是不是没收, 要不要没收). */
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?<![能是可要])(?:不是|不用|不要|不能|无需|无须|别|不)(?:再|也)?$");
    private static final String LISTED = "和|及|、|与|并|以及|连同|还有";

    /**
     * Every thing the question asks to confiscate, in the order named, each once (没收锅炉，再把厂房也没收; 没收违法所得和他的
     * 挖掘机): each is checked against the article, and the answer lets no more than the strictest.
     */
    public List<Confiscated> confiscatedThings(String q) {
        if (q == null) return List.of();
        List<Confiscated> things = new ArrayList<>();
        Matcher m = confiscation.matcher(q);
        while (m.find()) {
            if (denied(q, m)) continue;
            Confiscated head = confiscatedAt(q, m);
            if (head != null && !things.contains(head)) things.add(head);
            // 没收他收购的野生植物和收购用的三轮车: a list may run past the reach of the first thing
            String[] listed = clauseAfter(q, m, 2 * CONFISCATED_REACH).split(LISTED);
            for (int i = 1; i < listed.length; i++) {
                Confiscated also = headOf(listed[i]);
                if (also != null && !things.contains(also)) things.add(also);
            }
        }
        return things;
    }

    /** The thing named with one 没收. */
    private Confiscated confiscatedAt(String q, Matcher m) {
        // 没收他的非法所得 names the thing after 没收; 把面包车没收 before it, in the same clause (开着铲车采砂，没收所得 is not the 铲车)
        String after = clauseAfter(q, m, CONFISCATED_REACH);
        String reach = q.substring(Math.max(0, m.start() - CONFISCATED_REACH), m.start());
        int cut = lastClauseBreak(reach);
        String before = reach.substring(cut + 1);
        // 偷挖河沙的那条采砂船，乡里能没收吗: the thing is the clause before, when this one only asks
        if (cut >= 0 && ONLY_ASKS.matcher(before).matches()) before = reach.substring(0, cut);
        // 没收燃煤炉具: of the first thing named, the word it ends on says what it is (炉具, not 煤); 违法所得和工具 names two:
        // the first is read here, and each is checked (confiscatedThings)
        String first = after.split(LISTED, 2)[0];
        for (String around : new String[] {first, after, before}) {
            Confiscated head = headOf(around);
            if (head != null) return head;
        }
        return null;
    }

    /** The words after 没收, up to this many characters and the end of their clause. */
    private static String clauseAfter(String q, Matcher confiscation, int reach) {
        return q.substring(confiscation.end(), Math.min(q.length(), confiscation.end() + reach)).split("[，,。？！?!；;]", 2)[0];
    }

    /** Of the things named in these words, the one named last (燃煤炉具: 炉具, not 煤), or null. */
    private Confiscated headOf(String words) {
        Confiscated head = null;
        int end = -1;
        for (Map.Entry<Confiscated, Pattern> e : confiscatedWords.entrySet()) {
            Matcher w = e.getValue().matcher(words);
            while (w.find()) {
                if (w.end() > end) {
                    end = w.end();
                    head = e.getKey();
                }
            }
        }
        return head;
    }

    private static final int CONFISCATED_REACH = 12;

    /**
     * The form of business restriction asked, read in the words that asked for one and the rest of their clause (责令这家厂
     * 关闭: CLOSE; 停业整顿: SUSPEND; 责令它把关闭的出口打开: none), or null when they name none or more than one
     * (先停产整顿，不改就关闭).
     */
    private Restriction restriction(String q) {
        Set<Restriction> named = java.util.EnumSet.noneOf(Restriction.class);
        Matcher m = businessRestriction.matcher(q);
        while (m.find()) {
            Matcher end = CLAUSE_END.matcher(q);
            String words = q.substring(m.start(), end.find(m.end()) ? end.start() : q.length());
            for (Map.Entry<Restriction, Pattern> e : restrictionWords.entrySet()) {
                if (e.getValue().matcher(words).find()) named.add(e.getKey());
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    private PenaltyKind penaltyKind(String q, Double amount) {
        if (detention.matcher(q).find()) return PenaltyKind.DETENTION;
        if (revocation.matcher(q).find()) return PenaltyKind.LICENCE_REVOCATION;
        if (suspension.matcher(q).find()) return PenaltyKind.LICENCE_SUSPENSION;
        if (confiscation.matcher(q).find()) return PenaltyKind.CONFISCATION;
        if (businessRestriction.matcher(q).find()) return PenaltyKind.BUSINESS_RESTRICTION;
        if (criticism.matcher(q).find()) return PenaltyKind.CRITICISM;
        // A warning beside a fine (罚款或者警告) is not a warning alone; a fine needs 罚 with an amount or a fine word.
        boolean fine = q.contains("罚") && (amount != null || fineWords.matcher(q).find());
        boolean warned = warning.matcher(WARNING_NOT_ASKED.matcher(q).replaceAll("")).find();
        // 县文旅局已经给了警告，镇里能再罚他的款吗: a warning only told as given, beside a fine, is what was done, not what
        // is asked (当场给了个警告，这样处罚可以吧 has no fine beside it and still asks about the warning)
        boolean warningOnlyTold = warned && fine && !warning.matcher(WARNED_BEFORE.matcher(q).replaceAll("")).find();
        if (warned && !warningOnlyTold && !NOT_FINED.matcher(q).replaceAll("").contains("罚款")) return PenaltyKind.WARNING;
        if (fine) return PenaltyKind.FINE;
        if (amount != null && FINE_WITHOUT_FA.matcher(q).find()) return PenaltyKind.FINE;
        return null;
    }

    /** 罚款2000元，另处警告; 警告并罚款: a warning asked together with a fine (not one told as given before); false for null. */
    public static boolean warningBeside(String q) {
        if (q == null) return false;
        // 罚款1000元，又给了警告，可以吗: the warning told with the fine is part of the decision asked about
        if (FINE_THEN_WARNED.matcher(q).find()) return true;
        String asked = WARNING_NOT_ASKED.matcher(NO_WARNING.matcher(WARNED_BEFORE.matcher(q).replaceAll("")).replaceAll("")).replaceAll("");
        return WARNING_ASKED.matcher(asked).find();
    }

    /** 给予警告, 另处警告, 警告并罚款, 警告，没收…: a warning asked as a penalty (not 警告牌, 警告无效, 广播警告, 警告函). */
    private static final Pattern WARNING_ASKED = Pattern.compile(
            "(?:给予|给|处以?|另处|并处|予以|作出|外加|加上|再给|还给)(?:他|她|其|对方|该户|当事人)?(?:一个|个|一次)?(?:口头|书面)?警告(?!牌|函|标志|通知|信|无效|过|了)"
                    + "|(?<![广播劝阻劝说口头])警告(?:他|她|其|对方)?(?:处罚|处分)?(?:并|、|，|,|和|加|外加|再|及|跟|兼|\\+|＋|；|;|同时|然后|，然后|完再|之后再|后再)(?:并|再|又|同时|然后)?(?:处以?|并处|给予)?(?:他|她|其)?(?:罚款|罚|没收)"
                    // 罚款200元及警告, 罚款200元跟警告一起给, 给张警告, 还得警告, 并予警告, 再加一个警告
                    + "|(?:及|跟|兼|\\+|＋|(?<=[元块款])加|加一个|加个|给张|还得|并予|再加一个|再加个|之后再给予?)(?:他|她|其)?(?:口头|书面)?警告(?!牌|函|标志|通知|信|无效|过|了)"
                    // 罚款500元并警告, 同时警告他, 再警告一下, 处罚款500元和警告, 罚款1000元，口头警告, 并当场警告
                    + "|(?:并|同时|再|和|外加|加上|以及|[，,、])(?:给予|给|处以?|予以)?(?:他|她|其)?(?:一个|个|一次)?(?:当场|口头|书面)?警告(?!牌|函|标志|通知|信|无效|过|了|[^，。？！,?!]{0,4}?(?:无效|没用|不听))"
                    + "|警告(?:他|她|其)?(?:一次|一下|一回)(?![^，。？！,?!]{0,3}?(?:无效|没用|不听))"
                    // 既警告又罚款100元, 当场警告的同时再罚款100元, 又警告又罚
                    + "|既(?:给予?)?(?:他|她|其)?(?:口头|书面)?警告(?:又|也|还)(?:罚|处)|警告的同时(?:再|又|并|还)?(?:罚|处)|又警告又罚");

    /** 罚款1000元，又给了警告; 罚了一千，同时给予警告: a warning told as given with the fine. */
    private static final Pattern FINE_THEN_WARNED = Pattern.compile(
            "罚(?:款|了)?[0-9一二两三四五六七八九十百千万]+(?:元|块)?[，,]?(?:又|同时|并|还)(?:给|给予|作出|下|处)了?(?:他|她|其)?(?:一个|个|一次)?(?:口头|书面)?警告");

    /** 给予警告或者罚款200元, 是给警告还是罚款, 法条规定处警告或者罚款，镇里选择罚款: the kinds asked as one or the other. */
    private static final Pattern KINDS_ONE_OR_OTHER = Pattern.compile(
            "警告[，,]?或者?(?:按[^，。？！,?!；;]{0,6}?)?(?:处以?)?[^，。？！,?!；;]{0,12}?罚|罚[^，。？！,?!；;]{0,12}?[，,]?或者?(?:给予|给|处以?)?警告|警告还是[^，。？！,?!]{0,4}?罚|罚款还是[^，。？！,?!]{0,4}?警告|选择(?:罚款|警告)|(?:听说|据说|有人说|说是)[^，。？！,?!]{0,12}?只能(?:罚款|警告)");

    /** The kinds asked are asked as one or the other, not together (see {@link #KINDS_ONE_OR_OTHER}). */
    public static boolean kindsOneOrOther(String q) {
        return q != null && KINDS_ONE_OR_OTHER.matcher(q).find();
    }

    /**
     * 警告牌, 警告函, 给过他一次警告, 曾被警告, 劝阻、警告无效, 广播警告: a warning that is a sign, a letter or history;
     * 处警告或者五百元以下罚款: an article's words giving the one or the other, no warning asked beside the fine.
     */
    private static final Pattern WARNING_NOT_ASKED = Pattern.compile(
            "(?:处以?|给予|予以)?警告或者?(?:处以?)?[^，。？！,?!；;]{0,12}?罚款|警告(?:牌|函|标志|通知|信|无效)"
                    // 去年他被县环保局警告并罚款过, 事先把警告、罚款的后果都讲过, 立着“焚烧秸秆将被警告并罚款”的牌子, 别的乡只警告
                    + "|(?:去年|前年|上次|上回|之前|以前|那次|事先|曾经?|别的乡|别的镇|其他乡|其他镇|村干部|交警|县[\\p{IsHan}]{1,6}?局)[^。？！?!；;]{0,14}?警告[^，。？！,?!；;]{0,8}"
                    + "|(?:告示|牌子|通告|标语|横幅|后果)[^，。？！,?!；;]{0,10}?警告[^，。？！,?!；;]{0,8}|警告[^，。？！,?!；;]{0,8}?(?:告示|牌子|通告|标语|横幅|后果)|(?:给|发|下)过(?:他|她|其)?(?:一次|一回|几次|多次)?(?:口头|书面)?警告|曾(?:被)?警告|警告(?:过|了)(?:他|她)?[一二三两几0-9]+次|接到警告|广播(?:里)?警告|劝阻、警告");

    /** 不用警告, 免予警告, 没给警告: a warning said not to be given. */
    private static final Pattern NO_WARNING = Pattern.compile("(?:不|不用|不必|无需|无须|不给|没给|没有|免予|免于|别)(?:给|给予|予以|作出)?(?:他|她|其|个|一个)?(?:口头|书面)?警告");

    /** 已经给了警告, 警告过了, 给予了警告: a warning told as given before the question. */
    private static final Pattern WARNED_BEFORE = Pattern.compile(
            "(?:已经|已|都|曾)(?:给|给予|作出?|下)?了?(?:他|她|其|对方)?(?:一个|个|一次)?(?:口头|书面)?警告(?:处罚)?|先(?:给|给予|作出?|下)?(?:了|过)(?:他|她|其|对方)?(?:一个|个|一次)?(?:口头|书面)?警告(?:处罚)?|(?:给|给予|作出|下|开)了(?:他|她|其|对方)?(?:一个|个|一次)?(?:口头|书面)?警告(?:处罚)?|警告(?:过|了)(?!事)(?:他|她)?");

    /** 我们不罚款，就警告一下: a fine set aside beside the warning asked. */
    private static final Pattern NOT_FINED = Pattern.compile("(?:不|没|别|不用|不想)罚款");

    /** 处以5000元, 拟处两千元, 开一张三千块的单子, 定个五百块: a fine said without 罚, with its sum. */
    private static final Pattern FINE_WITHOUT_FA = Pattern.compile(
            "处以|拟处(?!理|置)|并处|处(?=[\\d一二两三四五六七八九十百千万]+(?:元|块))|(?:开|出)(?:了)?(?:一)?张[^，。？！]{0,10}?(?:元|块)|单子|定个[^，。？！]{0,6}?(?:元|块)|(?:决定书|罚单|通知书)上?写的?");

    /**
     * 罚款决定下了他不交，把粮食拉走抵罚款: taking goods to settle a fine is enforcement of the decision (行政强制法第四十五、
     * 四十六条), not the penalty itself.
     */
    private static final Pattern COLLECT_FINE = Pattern.compile(
            "(?:拉走|搬走|扣下|拿走|牵走|收走|划走|扣走|拉了|搬了)[^，。？]{0,8}?(?:抵|顶|冲)(?:罚款|罚金|罚没款)|(?:抵|顶)(?:罚款|罚金)"
                    + "|强制执行[^，。？]{0,6}罚款|罚款[^，。？]{0,10}(?:强制执行|划拨|扣划|拍卖)");

    /** A first clause granting a power (乡里能处理秸秆焚烧), then 那 and the question asked: group 1 is what follows 那. */
    private static final Pattern THEN_ASK = Pattern.compile(
            "^.*?(?:能|可以|有权|管得了|[处罚理]权)[^？?]*?[，,。；;]\\s*(?:那(?:么|要是|如果)?(?![个些家户块片条辆栋间座里边儿天次时会])|顺便问(?:一)?下[，,]?|再问(?:一)?下[，,]?|另外[，,]?|(?<=[。；;])要是|(?=顺便|一并))"
                    // 罚房东可以，那顺便把厂房查封了吧: the second ask may end on 吧 or 吗 alone
                    + "(.*(?:能|可以|行不行|中不中)[^？?]*[？?]?|(?:顺便|一并|一起|再)[^？?]*(?:吧|吗)[？?]?|(?:顺便|一并)[^？?]*)$");

    /** 顺便, 那就顺便, 另外一并: what is to be done along with the act asked before. */
    private static final Pattern ALONG = Pattern.compile("(?:(?:另外|还有|那(?:么|就)?)[，,]?)?(?:顺便|一并|顺手)");

    /** A question answered or assumed (…吧？ …吗？ …了吧？) and then another that asks to do something. */
    private static final Pattern SECOND_QUESTION = Pattern.compile(
            "^.+?(?:吧|吗|么|嘛|呢)[？?]\\s*(.*(?:能不能|能否|可不可以|可以不|行不行|中不中|能不|能[^，。？！]{0,20}?吗)[^？?]*[？?]?"
                    // …可以吧？另外顺便把他家三轮车扣了, …能罚款吧？那顺便把挖沙船扣了吧: the second act told as what is to be done along
                    + "|(?:另外|还有|那(?:么|就)?)?[，,]?(?:顺便|一并)[^？?]*)$");

    /**
     * A sum of the case on which an article reckons its fine (树值两千, 冒领了三千, 违法所得五百), with the word of the
     * article's base it stands for: 罚一万五 of timber worth 2,000 is 7.5 times its value. A sum said as a bound or
     * roughly (货值不足1万元, 一万多, 三千来块) is not exact: it may settle which tier of an article applies, never a multiple.
     *
     * @param yuan  the sum; for 不足/不到 X just below X, for X多 just above X
     * @param exact said as such, so that a fine may be reckoned as a multiple of it
     */
    public record CaseSum(String base, double yuan, boolean exact) {}

    private static final Map<String, Pattern> CASE_SUMS = caseSums();
    /** 货值不足1万元, 不到一万: the case's sum is below the figure said. */
    private static final Pattern BELOW = Pattern.compile("不足|不到|低于|没到|不满|少于|不超过|以下|以内");
    /** 一万多, 三千来块, 两万左右: the figure is rough (多 and 以上 put it above). */
    private static final Pattern ROUGH_AFTER = Pattern.compile("^\\s*(?:(多|以上|出头)|来|几|左右|上下)");

    private static Map<String, Pattern> caseSums() {
        // (收购价一共八千多块: 一共 is no figure)
        String sum = "(?:一共|总共|共计|合计|总计|大概|大约|差不多)?([^，。？！0-9零〇一二两三四五六七八九十百千万]{0,4}?)(?:(\\d+(?:\\.\\d+)?)\\s*(万|千|w|W|k|K)?(?![A-Za-z克斤米])|([零〇一二两三四五六七八九十百千万]+))(\\s*[多来几]?\\s*(?:元|块)?(?:钱)?(?:以下|以内|左右|上下|以上|出头)?)";
        Map<String, Pattern> m = new java.util.LinkedHashMap<>();
        // 冒领了三千, 多领了6000元补助资金, 骗领补助1.2万元
        // 冒领退耕还林补助资金4000元: the fund may be named in full before the sum
        m.put("冒领资金额", Pattern.compile("(?:冒领|多领|骗领|骗取|套取)(?:了)?(?:[^，。？！,?!0-9零〇一二两三四五六七八九十百千万]{0,8}?(?:补助资金|补助款|补贴款|补助|补贴|资金))?" + sum));
        // 一共卖了五百块钱: the money the unlawful act brought in (行政处罚法第二十八条第二款: 违法所得是指实施违法行为所取得的款项)
        m.put("违法所得", Pattern.compile("(?:违法所得|获利|赚了|挣了|卖了|卖得)" + sum));
        m.put("货值", Pattern.compile("货值" + sum));
        m.put("价款", Pattern.compile("(?:价款|货款|收购价(?!款))" + sum));
        m.put("价值", Pattern.compile("(?:价值|树值|估价|作价|值)" + sum));
        return m;
    }

    /** 没查到违法所得, 没赚到钱: gains of nothing, which settle the tier of an article that fines by gains. */
    private static final Pattern NO_GAINS = Pattern.compile(
            "(?:没有|没|无|未)(?:查到|查出|发现|查出来|什么)?(?:违法所得|获利|赚(?:到|着)?钱|挣(?:到|着)?钱)"
                    // 砂还没卖，一分钱没挣着
                    + "|一分钱(?:都|也)?(?:没|没有)(?:挣|赚|卖)|钱(?:都|也)?(?:没|没有)(?:挣|赚)(?:着|到)");

    /** The first case sum the question names, else 0 for 没有违法所得, else null: a sum stated beats a claim of none. */
    public static CaseSum caseSum(String q) {
        return caseSum(q, base -> false);
    }

    /** 以8000元价款收购: a sum said before the word of its base, taken as said. */
    private static final Pattern SUM_BEFORE_BASE = Pattern.compile(
            "(?<![0-9.])(\\d+(?:\\.\\d+)?)\\s*(万|千|w|W|k|K)?(?![A-Za-z])\\s*元?(?<=[0-9万千wWkK元])(?:的)?(价款|货款|货值|价值)");

    /**
     * The case sum on the base the item's article reckons on ({@code preferred}: 违法所得八百元…货值不足一万元 for an article
     * that fines by 货值 is the 货值), else the first the question names, else 0 for 没有违法所得.
     */
    public static CaseSum caseSum(String q, java.util.function.Predicate<String> preferred) {
        if (q == null) return null;
        for (Map.Entry<String, Pattern> e : CASE_SUMS.entrySet()) {
            if (!preferred.test(e.getKey())) continue;
            CaseSum found = caseSum(q, e.getKey(), e.getValue());
            if (found != null) return found;
        }
        Matcher before = SUM_BEFORE_BASE.matcher(q);
        while (before.find()) {
            String base = before.group(3).equals("货款") ? "价款" : before.group(3);
            if (!preferred.test(base)) continue;
            double v = scaled(before.group(1), before.group(2));
            if (v > 0) return new CaseSum(base, v, true);
        }
        for (Map.Entry<String, Pattern> e : CASE_SUMS.entrySet()) {
            CaseSum found = caseSum(q, e.getKey(), e.getValue());
            if (found != null) return found;
        }
        if (NO_GAINS.matcher(q).find()) return new CaseSum("违法所得", 0, true);
        return null;
    }

    private static CaseSum caseSum(String q, String base, Pattern p) {
        Matcher m = p.matcher(q);
        {
            if (!m.find()) return null;
            double v = sum(m.group(2), m.group(3), m.group(4));
            if (v <= 0) return null;
            // 12棵杨树，每棵值200元: a value told per unit is the case's sum only times the count told, and unknown without one
            Matcher per = VALUE_PER_UNIT.matcher(q.substring(Math.max(0, m.start() - 8), m.start()));
            int figureEnd = m.end() - m.group(5).length();
            Matcher unitAfter = UNIT_AFTER_VALUE.matcher(q.substring(figureEnd));
            boolean perBefore = per.find(), perAfter = !perBefore && unitAfter.find();
            String unit = perBefore ? per.group(1) : perAfter ? unitAfter.group(1) : null;
            if (unit != null) {
                // (the 一棵 of 一棵值200元, 200元一棵 is the unit the value is per, not a count)
                int from = perBefore ? Math.max(0, m.start() - 8) + per.start() : figureEnd;
                int to = perBefore ? m.start() : figureEnd + unitAfter.end();
                Double count = unitCount(q, unit, from, to);
                // 每根值100元…每棵值200元: values of two kinds of thing, whose sum this reading does not make
                if (count == null || VALUE_PER_UNIT_ANYWHERE.matcher(q).results().count() > 1) return null;
                v *= count;
            }
            String after = m.group(5) + q.substring(m.end(), Math.min(q.length(), m.end() + 3));
            if (BELOW.matcher(m.group(1)).find() || BELOW.matcher(m.group(5)).find()) return new CaseSum(base, v - 0.01, false);
            Matcher rough = ROUGH_AFTER.matcher(after);
            if (rough.find()) return new CaseSum(base, rough.group(1) != null ? v + 0.01 : v, false);
            return new CaseSum(base, v, true);
        }
    }

    /** 能按第148项罚吗, 按133项处理, 都按102罚: the asker names the item he would act under. */
    private static final Pattern PROPOSED_ITEM = Pattern.compile("(?:按|按照|依|依照|依据|根据)第?([0-9]{1,3})(?:项|(?=(?:来|去)?(?:罚|处罚|处理|查处)))");

    /** The catalogue item the question proposes to act under (its number), or null. */
    public static Integer proposedItem(String q) {
        String number = lastGroup(PROPOSED_ITEM, q);
        return number == null ? null : Integer.valueOf(number);
    }

    /** The first group of the pattern's last match in the text (the asker's last word on it), or null. */
    private static String lastGroup(Pattern p, String q) {
        if (q == null) return null;
        Matcher m = p.matcher(q);
        String found = null;
        while (m.find()) found = m.group(1);
        return found;
    }

    /** 能按公路那几项罚吗, 按设置排污口那项处罚: the basis the asker proposes, in words (by number: {@link #proposedItem}). */
    private static final Pattern PROPOSED_BASIS = Pattern.compile(
            "(?<![没未不])(?:" + BASIS_VERB + ")(?!第?[0-9])([^，。？！,?!]{2,20}?)"
                    + "(?:" + THAT_ITEM + "|这几项|的规定|规定|的)?(?=(?:来|去)?(?:罚|处罚|处理|查处|制止|铲|拆|扣|调处|调解|认定|核查|审核|审批|给钱|发钱|发放|补贴|补助|救助))");
    /** 按畜禽条例第四十一条给它开罚单: the article the asker proposes as the basis. */
    private static final Pattern PROPOSED_ARTICLE = Pattern.compile(
            "(?<![没未不])(?:按照?|按着|照着|依照|依据|根据|适用|援引|引用)([^，。？！,?!第]{0,16}?)(?:第([一二三四五六七八九十百零〇两0-9]{1,6})|(?<=[法例定]|办法)([0-9]{1,3}))条");

    /** 清单引的《…》第五十五条，…按这条罚; its groups are numbered as {@link #PROPOSED_ARTICLE}'s (the third, empty, stands for a bare number). */
    private static final Pattern ARTICLE_THEN_PROPOSED = Pattern.compile(
            "(?:引|援引|引用|依据是|规定在|写的|写着|列的)(?:的|了)?([^，。？！,?!第]{0,16}?)第([一二三四五六七八九十百零〇两0-9]{1,6})()条[^。？！?!]{0,30}?"
                    + "(?<![没未不])(?:按照?|依照|依据|根据)(?:这|该|此|那)(?:一)?条");
    /** 按清单第41条, 按事项12条: an item of the list by its number, not a law's article. */
    private static final Pattern ITEM_NOT_LAW = Pattern.compile("(?:清单|事项)(?!.*(?:法|条例|办法|规定))");

    /** 该法, 该条例, 本条例, 上述办法: a law named earlier in the question. */
    private static final Pattern BACK_REFERENCE_LAW = Pattern.compile("(?:该|本|此|上述|前述|这部|这个)(?:法律?|条例|办法|规定)");
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^》]{2,30})》");

    /** An article proposed as the basis: its number, and the law named before it ("" when none is named). */
    public record ProposedArticle(int number, String law) {}

    /** The article the question proposes as the basis (按畜禽条例第四十一条), or null; 按清单第41条 is an item, not an article. */
    public static ProposedArticle proposedArticle(String q) {
        if (q == null) return null;
        Matcher m = PROPOSED_ARTICLE.matcher(q);
        if (!m.find()) {
            // 清单引的《环境噪声污染防治法》第五十五条，2025年我们按这条罚: the article named first, then proposed as 这条
            m = ARTICLE_THEN_PROPOSED.matcher(q);
            if (!m.find()) return null;
        }
        // 按清单第41条 is an item; 按清单引的野保法第四十八条 an article of the law the list cites
        if (ITEM_NOT_LAW.matcher(m.group(1)).find()) return null;
        // 按电力法53条: the number written without 第, straight after the law's name
        String n = m.group(2) != null ? m.group(2) : m.group(3);
        // 依据是医疗用毒性药品管理办法第10条: 是 belongs to the sentence, not to the law's name
        String law = bareLawName(m.group(1).replaceFirst("^[：:，、\\s]+", "").replaceFirst("^(?:是|为|就是)", "").replaceFirst("^国家的?", "")
                .replaceFirst("^.*?(?:清单|事项)[^法例]{0,6}?(?:引|援引|引用|列|写)(?:用|明)?", "").replace("的", ""));
        // 违反了《公路安全保护条例》的规定，依据该条例第五十六条: 该条例 is the law named before it (none named: any law)
        if (BACK_REFERENCE_LAW.matcher(law).matches()) {
            Matcher named = BOOK_TITLE.matcher(q.substring(0, m.start()));
            String last = "";
            while (named.find()) last = bareLawName(named.group(1));
            law = last;
        }
        try {
            int number = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : cn.quanze.citation.ChineseNumerals.toInt(n);
            return new ProposedArticle(number, law.contains("法") || law.contains("条例") || law.contains("办法") || law.contains("规定") ? law : "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Words that name no matter of their own (按简易程序罚, 按规定处理). */
    private static final Pattern GENERIC_BASIS = Pattern.compile(
            "简易程序|普通程序|程序|当场|有关|相关|规定|法律|法规|条例|办法|标准|清单|权责|职权|权力|乡里|镇里|县里|上级|文件|那|这|几|项|条|的");

    /**
     * 按大气法罚, 按安全生产法处罚, 按规定给这娃发点补助, 按规定给他们发上学的补助: a law named (its articles are compared by
     * {@link #proposedArticle}) or a rule in general is no item proposed, whatever follows 按规定 or 按政策.
     */
    private static final Pattern LAW_OR_RULE_BASIS = Pattern.compile(
            "(?:法|条例|办法|规定|细则|法律|法规)$|^(?:有关|相关|国家|上级|县里|上面)?(?:的)?(?:规定|政策|标准|程序|要求|法律|法规)$"
                    + "|^(?:有关|相关|国家|上级|县里|上面)?(?:的)?(?:规定|政策|程序|要求)");

    /** 《中华人民共和国消防法》 → 消防法: a law's name without its brackets and the country's name, as said and as cited alike. */
    public static String bareLawName(String name) {
        return name.replaceAll("[《》〈〉]", "").replaceFirst("^中华人民共和国", "").strip();
    }

    /** 大气法, 《固废法》, 中华人民共和国安全生产法: a law's name, short or long. */
    private static final Pattern LAW_NAME = Pattern.compile("^《?(?:中华人民共和国)?([\\p{IsHan}]{1,12}?(?:法|条例|办法))》?$");
    private static final Pattern GENERIC_LAW = Pattern.compile("^(?:有关|相关|国家|上级)?的?(?:法律|法规|规定|办法|条例|法)$");

    /**
     * The law the question proposes as the basis by name without an article (按大气法罚五百), or null; with an article
     * it is {@link #proposedArticle}.
     */
    public static String proposedLaw(String q) {
        if (q == null || proposedArticle(q) != null) return null;
        String found = lastGroup(PROPOSED_BASIS, q);
        if (found == null) return null;
        Matcher m = LAW_NAME.matcher(found.strip());
        if (!m.matches() || GENERIC_LAW.matcher(m.group(1)).matches()) return null;
        return m.group(1);
    }

    /** 一并按第136项罚 / 两个一起罚了吧 / 也按这条罚: a penalty asked for several conducts at once. */
    private static final Pattern JOINT_PENALTY = Pattern.compile(
            "(?:一并|一起|顺手|顺带|顺便|都按|也按|也照|也依|合并)[^，。？！；]{0,12}?(?:罚|处罚)");
    /** 两个一起罚了吧: the ask itself says that two wrongs, told before it, are penalised together. */
    private static final Pattern TWO_PENALISED = Pattern.compile("(?:两个|两项|两件事?|两样)(?:都|一起|一并)?[^，。？！；]{0,6}?(?:罚|处罚)");
    /** 另外他们没装自动监测设备 / 他还挪用了维修资金 / 按138项罚了，他们电焊工没证上岗: a further wrong, told after the first. */
    private static final Pattern FURTHER_WRONG = Pattern.compile("另外|此外|还有|(?:他|她|他们|它|该厂|厂里|公司|老板|这户)还|(?:罚了|处罚了|罚过了)[，；。,;]");
    /**
     * A clause that tells a wrong done of its own: a duty left undone, a thing done without leave, taken, cut or blocked.
     * 拒不改正 and 拒绝整改 belong to the same wrong (行政处罚法第二十八条), 违规, 超标, 私自 and 没办证 restate it.
     */
    private static final Pattern WRONG_DONE = Pattern.compile(
            "(?:没|未|没有)(?:经|按|建|设|装|配|办理|取得|备案|编制|落实|拿到|领)|(?:没|无)证(?:上岗|作业|操作|驾驶)|擅自|挪用|改装|偷(?:采|砍|伐|挖|倒|排)|砍了|堵(?:了|住|死)|锁(?:了|闭)|占用|超载|乱(?:倒|扔|排|挖|建)");
    private static final Pattern CLAUSE_END = Pattern.compile("[，。；;！？,]");

    /**
     * 按108项罚了，他还挪用了维修资金，一起按第108项罚 / 没建隐患排查制度，疏散通道也堵了，两个一起罚了吧: where a penalty is
     * asked for several wrongs at once, the clauses telling each further wrong (each must be one the item names); empty
     * otherwise. 没收违法所得一并罚款 joins two penalty kinds of one wrong and tells none.
     */
    public static List<String> jointlyPenalised(String q) {
        if (q == null) return List.of();
        List<String> out = new ArrayList<>();
        Matcher two = TWO_PENALISED.matcher(q);
        if (two.find()) {
            for (String clause : CLAUSE_END.split(q.substring(0, two.start()))) {
                if (WRONG_DONE.matcher(clause).find()) out.add(clause.trim());
            }
            return out;
        }
        Matcher joint = JOINT_PENALTY.matcher(q);
        if (!joint.find()) return List.of();
        String before = q.substring(0, joint.start());
        Matcher further = FURTHER_WRONG.matcher(before);
        while (further.find()) {
            String clause = CLAUSE_END.split(before.substring(further.end()), 2)[0];
            if (WRONG_DONE.matcher(clause).find()) out.add(clause.trim());
        }
        return out;
    }

    /**
     * 镇里起草了个证明：…, 审核意见（草稿）, 处理意见：依法处理: a paper deciding one case, which is no normative document
     * (legal-notes: individual decisions are not) and does what its act does, whatever that act.
     */
    private static final Pattern SINGLE_CASE_PAPER = Pattern.compile(
            "(?:审核|审查|处理|初审|报批|转报|备案|审批|答复)意见|（草稿）|\\(草稿\\)|起草了?个(?:证明|决定|意见|批复|答复|通知书)|决定书|——[^—]{1,10}——");

    /** The question is about a paper deciding one case (a draft opinion, certificate or decision), not a normative document. */
    public static boolean singleCasePaper(String q) {
        return q != null && SINGLE_CASE_PAPER.matcher(q).find();
    }

    /** 报县民政局停发, 经分管领导批准, 评定文明户, 申请指南: the decision is someone else's, an honour or guidance. */
    private static final Pattern DECISION_LEFT_TO_OTHERS = Pattern.compile(
            "(?:经|报)(?!(?:本)?(?:镇|乡)(?:政府|里|人民政府)?|我们)[^，。？！,?!]{0,10}?(?:批准|审批|同意|决定|停发)|县[^，。？！,?!]{0,8}?(?:批准|审批|决定|停发|核发)"
                    + "|评定|评选|评比|表彰|指南|告知|考勤|请假");

    /** The question leaves the decision a document names to another body, or names an honour or guidance, not a decision. */
    public static boolean decisionLeftToOthers(String q) {
        return q != null && DECISION_LEFT_TO_OTHERS.matcher(q).find();
    }

    /** A unit of a government's (综治办, 防汛办, 党政办, 农经站…): never the government itself. */
    private static final String UNIT = "[\\p{IsHan}]{0,14}?(?:办公室|办|站|所|中心|指挥部|领导小组|领导组|队)";
    /** 以“东冶镇防汛办”名义发文 / 乡综治办想以自己的名义发文 / 以执法队自己的名义: the name the document would go out in, a unit's. */
    private static final Pattern ISSUING_UNIT = Pattern.compile(
            "(?<![不别没]|而不是|不是)(?:以|用)[“\"「《]?(" + UNIT + ")[”\"」》]?(?:自己|本身)?的?名义"
                    + "|((?:[\\p{IsHan}]{1,4}?(?:乡|镇))?" + UNIT + ")(?:想|准备|打算|要|拟|能不能|能否|可不可以|可以|能)?以(?:自己|本单位|本部门|本机构|本办|本站|本所)的?名义"
                    // 用镇党政办的章发一个规定: the seal a document bears says whose it is
                    + "|(?<![不别没]|而不是|不是)(?:用|盖|加盖)(?:了)?[“\"「]?((?:[\\p{IsHan}]{1,4}?(?:乡|镇))?" + UNIT + ")[”\"」]?的?(?:章|公章|印章)");

    /**
     * The unit of the township a normative document would be issued in the name of (乡综治办想以自己的名义发个文件), when the
     * question says so; null otherwise. Only the issuer list's bodies may issue in their own name (五政办发〔2023〕23号第一条).
     */
    public static String issuingUnit(String q) {
        Matcher m = ISSUING_UNIT.matcher(q);
        if (!m.find()) return null;
        String unit = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return unit.endsWith("政府") ? null : unit;
    }

    /** The basis the question proposes in words, or null when none, or only generic words (按规定, 按简易程序). */
    public static String proposedBasis(String q) {
        String found = lastGroup(PROPOSED_BASIS, q);
        if (found == null) return null;
        found = found.strip();
        // 按大气法, 按规定: a law or a rule in general; 按畜禽条例第四十一条: an article, compared by proposedArticle
        if (LAW_OR_RULE_BASIS.matcher(found).find() || proposedArticle(q) != null) return null;
        String specific = GENERIC_BASIS.matcher(found).replaceAll("");
        return specific.length() >= 2 ? found : null;
    }

    /**
     * 这个事乡里能批不, 那个许可镇里能发不, 有人违法了能罚款不: the question points at a matter without saying what it
     * is. Only a short question counts; a longer one says something, however vaguely.
     */
    private static final Pattern NO_MATTER = Pattern.compile(
            "(?:这个|那个|这种|那种|这件|那件|这类|那类|就是那个)(?:事情?|许可|处理|纠纷|审核|补助|问题|情况|证)"
                    + "|(?:补助|审核|纠纷|许可|处理|审批)的(?:事|事情)|^有人违法了?"
                    // 这事乡里能审核吗, 上金山村的事乡里能管不, 有人违规搞了点事: a matter said only as 事
                    + "|^(?:这事|那事)|^[\\p{IsHan}]{0,6}?(?:村|家|乡|镇)的事(?:情)?(?=乡|镇|俺|我|咱|能|可)|(?:搞|弄|出)了?点(?:事|事情)"
                    // 能罚吗, 俺们镇能不能管: an ask with no matter at all
                    + "|^(?:[\\p{IsHan}]{2}(?:乡|镇)|乡里|镇里|乡上|镇上|俺们(?:乡|镇)?|我们(?:乡|镇)?|咱们?(?:乡|镇)?)?(?:能不能|能|可以|可不可以)(?:罚|管|处理|审核|批|处罚)(?:吗|不|么|呢)?[？?]?$");
    private static final int NO_MATTER_MAX_HAN = 16;

    /** The question names no matter at all (这个事乡里能批不), so there is nothing to look up. */
    public static boolean saysNoMatter(String q) {
        if (q == null) return false;
        long han = q.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han <= NO_MATTER_MAX_HAN && NO_MATTER.matcher(q).find();
    }

    /** 终止供养服务协议, 把协议解除了: ending an agreement, a second step after a missed correction deadline. */
    private static final Pattern TERMINATION = Pattern.compile("(?:终止|解除|中止|取消)[^，。？！]{0,10}?协议|协议[^，。？！]{0,6}?(?:终止|解除)");

    public static boolean asksTermination(String q) {
        return q != null && TERMINATION.matcher(q).find();
    }

    /**
     * 按树值的两倍罚, 罚他货值三倍: a fine asked as a multiple of some base, in the clause that says 罚 (加倍, 翻倍 are no
     * multiples; 一倍以上三倍以下 quotes a range; 卖价是收购价的三倍 is no fine).
     */
    private static final Pattern MULTIPLE = Pattern.compile(
            "(?<![加翻成])(?:([0-9]+(?:\\.[0-9]+)?)|([一二两三四五六七八九十]+))倍(?![数率]|以上|以下|以内|之内|到|至)");

    /** 按赚的钱罚五倍, 违法所得的三倍: a multiple said to be of the gains. */
    private static final Pattern MULTIPLE_OF_GAINS = Pattern.compile(
            "(?:按|照|以|拿)(?:他|她|其)?的?(?:赚的钱|赚的|挣的钱|挣的|赚了的|获利|违法所得|非法所得|差价|利润|所得|卖的钱|卖[\\p{IsHan}]{1,3}?得的钱|卖[\\p{IsHan}]{1,3}?的钱)[^，。？！,?!]{0,10}?(?:罚|的|算|计)[^，。？！,?!]{0,6}?倍"
                    + "|(?:违法所得|非法所得|赚的钱|获利|利润|差价|所得款?)的?(?:[0-9]+|[一二两三四五六七八九十]+)倍");

    /** 按植物的市场价值十倍罚: a multiple said to be of the thing's value (an article may reckon on 林木价值, not on 违法所得). */
    private static final Pattern MULTIPLE_OF_VALUE = Pattern.compile(
            "(?:按|照|以|拿)[^，。？！,?!]{0,8}?(?:市场价值|市价|市场价|价值)[^，。？！,?!]{0,12}?倍");

    /**
     * The base the question reckons its multiple on when it names one — the gains (违法所得) or the thing's value (价值) —
     * else null: the article's own base.
     */
    public static String multipleOf(String q) {
        if (q == null) return null;
        if (MULTIPLE_OF_GAINS.matcher(q).find()) return "违法所得";
        return MULTIPLE_OF_VALUE.matcher(q).find() ? "价值" : null;
    }

    /**
     * The multiple the question asks to fine: the one it names, or of several different ones the last not told as past;
     * null when none, or when every one of several is told as past.
     */
    static Double multiple(String q) {
        Double found = null, asked = null;
        boolean conflicting = false, standardOnly = true;
        boolean fineAsked = q.contains("罚");
        for (String clause : Clauses.of(q)) {
            // 滥伐林木的罚款，按他卖木头得的钱算三倍: the multiple reckoned in the clause after the fine
            if (!clause.contains("罚") && !(fineAsked && clause.matches(".*(?:按|照).*(?:算|计).*"))) continue;
            Matcher m = MULTIPLE.matcher(clause);
            while (m.find()) {
                double v = sum(m.group(1), null, m.group(2));
                if (v <= 0) continue;
                if (found != null && found != v) conflicting = true;
                found = v;
                // 县里说可以低于五倍了，对盗伐的按2倍罚; 他说按2倍罚就行，镇里决定6倍: of several multiples the last one not told
                // as past (上次按2倍罚过) is the one asked
                if (!TOLD_AS_PAST.matcher(clause).find()) asked = v;
                if (!STANDARD_TOLD.matcher(clause).find()) standardOnly = false;
            }
        }
        // 按5倍应罚1万元，想减半罚5000元: the multiple is the standard told, the sum after it the fine asked
        if (found != null && standardOnly && fineSaid(q) != null) return null;
        if (found == null && HALF_OF_BASE.matcher(q).find()) return 0.5;
        if (!conflicting) return found;
        return asked;
    }

    /** 罚一半, 按一半罚: half the base the article reckons on (价值五千，罚一半). */
    private static final Pattern HALF_OF_BASE = Pattern.compile("罚(?:个|他)?一半|按一半(?:罚|处罚)|罚款按一半");

    private static final Pattern STANDARD_TOLD = Pattern.compile("应罚|应处|本应|本该|原本|按规定应|按标准应|应当罚");
    private static final Pattern TOLD_AS_PAST = Pattern.compile("过|上次|上回|去年|以前|之前|前年");

    /**
     * The fine the question asks for, said just after 罚 (罚他五百); null when none. 冒领了三千块，罚他六千: other sums are
     * the case's (its value, its gains); 上次罚了三千，这回想罚他三万: of several, the last one asked, not one already imposed.
     */
    public static Double fineSaid(String q) {
        return q == null ? null : fineSaidIn(plainMoney(q));
    }

    /** {@link #fineSaid} of a text already through {@link #plainMoney}. */
    private static Double fineSaidIn(String q) {
        Double fine = null;
        int last = 0;
        Matcher m = AMOUNT_AFTER_FINE.matcher(q);
        while (m.find()) {
            if (m.group().startsWith("罚了")) continue;
            double v = sum(m.group(1), m.group(2), m.group(4));
            // 1万6, 3千5: the digit after 万 or 千 is of the next place down
            if (m.group("tail") != null) v += Integer.parseInt(m.group("tail")) * (tenThousand(m.group(2)) ? 1000 : 100);
            if (v > 0) fine = v;
            last = m.end();
        }
        if (fine != null) {
            // 罚款千把块以外再加到万把块: the fine raised after it is said is the fine asked
            Matcher raised = RAISED_TO.matcher(q.substring(last));
            while (raised.find()) fine = Math.max(fine, sum(raised.group(1), raised.group(2), raised.group(3)));
            return fine;
        }
        // 没收…后，拟并处6万元罚款: the sum, then the word 罚款
        Matcher then = SUM_THEN_FINE.matcher(q);
        while (then.find()) {
            double v = sum(then.group(1), then.group(2), then.group(3));
            if (v > 0) fine = v;
        }
        if (fine != null) return fine;
        Matcher by = AMOUNT_BEFORE_FINE.matcher(q);
        if (!by.find()) by = FINE_BY_AMOUNT.matcher(q);
        else by.reset();
        while (by.find()) {
            double v = sum(by.group(1), by.group(2), by.group(3));
            if (v > 0) fine = v;
        }
        return fine;
    }

    /**
     * The sum said after 按 (按5000, 按三千块): four digits or more, or digits with their unit, or a number in words; not
     * 按149 (an item's number: three digits or fewer, no unit); 按收入三千 (his income named as the sum to fine). Groups 1
     * and 2: digits and unit; group 3: words.
     */
    private static final String SUM_AFTER_BY = "(?:按照?|照)\\s*(?:(?:他|她|其)?(?:的)?(?:一个月|一年|每月|每年)?(?:的)?(?:收入|工资)\\s*)?(?:(\\d{4,}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?=\\s*(?:万|千|w|W|k|K|块|元)))\\s*(万|千|w|W|k|K)?"
            + "|([一二两三四五六七八九十百千万]*[十百千万][一二两三四五六七八九十百千万]*))";

    /** 并处6万元罚款, 另处五千元罚款: 并处 or 处, the sum, then 罚款 (groups as {@link #SUM_SAID}). */
    private static final Pattern SUM_THEN_FINE = Pattern.compile("(?:并处|另处|处以?|外加)\\s*" + SUM_SAID + "\\s*(?:元|块)(?:钱)?(?:的)?罚款");

    /** 按5000罚, 按五千块处罚: the sum named before 罚. */
    private static final Pattern AMOUNT_BEFORE_FINE = Pattern.compile(
            SUM_AFTER_BY + "\\s*(?:块钱|块|元)?(?:的标准)?(?:来|去)?(?:罚|处罚)");

    /** 罚款就按三千: the fine, then the sum it is to be; not 按三十四条 (an article's number). */
    private static final Pattern FINE_BY_AMOUNT = Pattern.compile(
            "罚款?(?:就|也|都|就是)?" + SUM_AFTER_BY + "(?![一二两三四五六七八九十百千万零\\d]|[项条款])");

    /** 加到, 提高到, 涨到: the words raising a sum to another. */
    private static final String RAISE = "(?:加|提|涨|提高|增加|加重)到\\s*";

    /** 罚款从五百加到三千, 把罚款从一千提高到一万: the fine raised from one sum to another (groups 4–6 the sum it is raised to). */
    private static final Pattern FINE_FROM_TO = Pattern.compile("罚款?[^，。？！]{0,4}?从\\s*" + SUM_SAID + "\\s*(?:元|块)?[^，。？！]{0,2}?"
            + RAISE + SUM_SAID);

    static Double amount(String q) {
        Double total = totalAmount(q);
        // 一共罚5000元，两家平摊: the article's range is for each party, so each one's share is the fine checked
        Matcher shared = SHARED_FINE.matcher(q);
        if (total == null || !shared.find()) return total;
        int parties = cn.quanze.citation.ChineseNumerals.spoken(shared.group(1));
        return parties > 1 ? total / parties : total;
    }

    private static final Pattern SHARED_FINE = Pattern.compile(
            "([两二三四五六七八九十2-9])(?:家|户|个人|人|个单位|家企业|家公司)(?:人家)?[^，。？！,?!]{0,4}?(?:平摊|平分|分摊|均摊|各出一半|各承担一半|各交一半|分担)");

    private static Double totalAmount(String q) {
        // 罚单大写叁仟元、小写2000元: figures and capitals that disagree — the larger is the one to check
        Matcher capitals = CAPITALS_SUM.matcher(q);
        if (capitals.find() && q.contains("小写")) {
            Double figures = totalAmount(q.substring(0, capitals.start()) + q.substring(capitals.end()));
            double inCapitals = chineseAmount(plainMoney(capitals.group(1)));
            if (figures != null && inCapitals > figures) return inCapitals;
        }
        q = plainMoney(q);
        Matcher fromTo = FINE_FROM_TO.matcher(q);
        if (fromTo.find()) {
            double to = sum(fromTo.group(4), fromTo.group(5), fromTo.group(6));
            if (to > 0) return to;
        }
        // 减轻到2万元, 减半罚5000: the fine asked is the one it is brought down to
        Matcher reduced = REDUCED_TO.matcher(q);
        Double down = null;
        while (reduced.find()) {
            int g = reduced.group(1) != null || reduced.group(3) != null ? 1 : 4;
            double v = sum(reduced.group(g), reduced.group(g + 1), reduced.group(g + 2));
            if (v > 0) down = v;
        }
        if (down != null) return down;
        // 分别处罚：一家1800元，一家2400元: each party's fine is checked, so the largest is the one asked about
        Matcher each = SEPARATE_FINES.matcher(q);
        if (each.find()) {
            Matcher sums = SUM_WITH_UNIT.matcher(q.substring(each.end(), Math.min(q.length(), each.end() + 40)));
            double most = 0;
            int found = 0;
            while (sums.find()) {
                most = Math.max(most, sum(sums.group(1), sums.group(2), sums.group(3)));
                found++;
            }
            if (found >= 2 && most > 0) return most;
        }
        // 每个厅罚6000，一共18000; 每天1000元，查实了18天: a fine set per unit is asked as its total
        Double perUnit = perUnitTotal(q);
        if (perUnit != null) return perUnit;
        Double fine = fineSaidIn(q);
        if (fine != null) return fine;
        // 罚款单上写的是1.5w，后来又改成一万五千五: the sum a form bears, the last one said
        Double inForm = null;
        Matcher form = SUM_IN_FORM.matcher(q);
        while (form.find()) {
            double v = sum(form.group(1), form.group(2), form.group(3));
            if (v > 0) inForm = v;
        }
        if (inForm != null) return inForm;
        for (Pattern p : List.of(SUM_OF_TICKET, TICKET_THEN_SUM)) {
            Matcher ticket = p.matcher(q);
            while (ticket.find()) {
                double v = sum(ticket.group(1), ticket.group(2), ticket.group(3));
                if (v > 0) inForm = v;
            }
        }
        if (inForm != null) return inForm;
        Matcher m = AMOUNT_DIGITS.matcher(q);
        while (m.find()) {
            if (!aBase(q, m.start())) return scaled(m.group(1), m.group(2));
        }
        m = AMOUNT_CHINESE.matcher(q);
        while (m.find()) {
            long v = chineseAmount(m.group(1));
            if (v > 0 && !aBase(q, m.start())) return (double) v;
        }
        return null;
    }

    /** 对负责人, 对经理个人, 对直接负责的主管人员: a fine's clause naming the unit's person in charge as the one fined. */
    private static final Pattern PERSON_FINED_CLAUSE = Pattern.compile(
            "负责人|经理|厂长|场长|法定代表人|法人代表|直接责任人|直接负责的|主管人员|店长|安全员|车间主任|老板个人|老板本人");
    /** 对该门市, 对公司, 罚企业: a fine's clause naming the unit as the one fined. */
    private static final Pattern UNIT_FINED_CLAUSE = Pattern.compile(
            "公司|企业|厂|门市|单位|商店|超市|网吧|养殖场|加工场|合作社|宾馆|饭店|酒店|批发部|门店");

    /**
     * 对该门市罚款8万元，对负责人罚款5000元: a fine on the unit and another on its person in charge, each to be checked
     * against the article's row for its party — {unit's, person's} in yuan, or null unless both are named.
     */
    public static double[] unitAndPersonFines(String q) {
        if (q == null) return null;
        q = plainMoney(q);
        Double unit = null, person = null;
        Matcher m = SUM_WITH_UNIT.matcher(q);
        while (m.find()) {
            int from = Math.max(Math.max(q.lastIndexOf('，', m.start()), q.lastIndexOf('；', m.start())), Math.max(q.lastIndexOf('。', m.start()), q.lastIndexOf('、', m.start())));
            String clause = q.substring(from + 1, m.start());
            if (!clause.contains("罚")) continue;
            double v = sum(m.group(1), m.group(2), m.group(3));
            if (v <= 0) continue;
            if (PERSON_FINED_CLAUSE.matcher(clause).find()) person = person == null ? v : Math.max(person, v);
            else if (UNIT_FINED_CLAUSE.matcher(clause).find()) unit = unit == null ? v : Math.max(unit, v);
        }
        return unit != null && person != null ? new double[] {unit, person} : null;
    }

    /** 减轻到2万元, 想减半罚5000元, 降到三千: the fine brought down to a sum (groups as {@link #SUM_SAID}). */
    private static final Pattern REDUCED_TO = Pattern.compile("(?:减轻|减少|降低|减|降|少罚)(?:到|为|成)\\s*" + SUM_SAID
            + "|减半(?:罚|处罚)(?:款)?\\s*" + SUM_SAID);
    /** 分别处罚, 分别罚: one fine for each of several parties. */
    private static final Pattern SEPARATE_FINES = Pattern.compile("分别(?:处罚|罚款|罚|处以|给予)");
    /** A sum with its unit: 1800元, 2.4万, 两千块. */
    private static final Pattern SUM_WITH_UNIT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(万|千)?(?=\\s*(?:元|块))|([一二两三四五六七八九十百千万]*[十百千万][一二两三四五六七八九十百千万]*)(?=\\s*(?:元|块))");

    /** What may follow a sum said without 元 when it is money: not more digits, not a count of days, people or things. */
    private static final String NOT_A_COUNT =
            "(?![\\d零〇一二两三四五六七八九十百千万]|\\s*(?:天|日|个|月|年|次|回|户|人|亩|棵|只|头|倍|%|％|条|项|号|份|张|点|时|辆))";

    /** 罚款单上写的是1.5w, 后来又改成一万五千五: a sum on a form or put in its place, 元 left out. */
    private static final Pattern SUM_IN_FORM = Pattern.compile(
            "(?:(?:罚款单|罚单|决定书|告知书|审批表)上?写的(?:罚款|罚款数额|金额)?(?:是|为)|(?<=罚款|罚单|决定书|数额|金额|后来|又)[^，。？！]{0,6}?(?:改成|改为))"
                    + "\\s*" + SUM_SAID + NOT_A_COUNT);

    /** 开一张三千的罚单, 开了张五百块的罚款单: the sum of a ticket written out, 元 perhaps left out. */
    private static final Pattern SUM_OF_TICKET = Pattern.compile(
            "(?:开|出|下|填)(?:了|上)?(?:一|个)?(?:张|个)?(?:金额|数额)?(?:为|是)?\\s*" + SUM_SAID + "\\s*(?:元|块|来块)?(?:钱)?的?(?:罚单|罚款单|罚款通知|处罚决定书|罚款决定|单子)");
    /** 罚单开三千, 罚单开了三千, 罚单金额写的是三千, 开出的罚单是三千, 开一张罚单，三千: the ticket, then its sum. */
    private static final Pattern TICKET_THEN_SUM = Pattern.compile(
            "(?:罚单|罚款单|处罚决定书)(?:上)?(?:的)?(?:金额|数额|罚款)?(?:写的)?(?:开了|写了|填了|开|是|为|写)?(?:的是|成)?[，,]?\\s*" + SUM_SAID + NOT_A_COUNT);

    /** 罚款和, 连本带, 本息: the fine named together with the surcharge that follows. */
    private static final String WITH_THE_FINE = "罚款和|罚款与|罚款及|罚款加|连本带|本金和|本金加|本息";

    /** 加处的罚款共计1500元, 加处罚款累计一千五: the surcharge, then its total (groups as {@link #SUM_SAID}). */
    private static final Pattern SURCHARGE_TOTAL = Pattern.compile(
            // (not 罚款和加处罚款共计, 连本带加处罚款共计: the fine and the surcharge together)
            "(?<!" + WITH_THE_FINE + "|和|与|及)加处(?:的)?(?:罚款)?(?:的)?(?:总额|总数|数额|金额)?(?:共计|合计|一共|总共|累计|共)(?:为|是|达到|达|有)?\\s*" + SUM_SAID + NOT_A_COUNT);

    /** 复议期间继续计算加处罚款, 诉讼期间加处罚款照算: the surcharge run on while the decision is under review or in court. */
    private static final Pattern SURCHARGE_IN_REVIEW = Pattern.compile(
            "(?:复议|诉讼|起诉)[^。？！?!]{0,6}?(?:期间|期内|的时候|过程中)[^。？！?!]{0,12}?(?:加处|按日加)[^。？！?!]{0,10}?(?:继续|照算|照样|照常|接着|照加|也算|也要算|算不算|要不要算|能不能算|能否|还算|还要算|计算|累计)"
                    + "|(?:加处|按日加)[^。？！?!]{0,12}?(?:复议|诉讼)(?:期间|期内)[^。？！?!]{0,6}?(?:继续|照|也|还)(?:算|计算|加|累计)"
                    + "|(?:复议|诉讼)(?:期间|期内)[^。？！?!]{0,6}?(?:继续|照样|照常|接着|还|也)(?:计算|算|计|加|累计)[^。？！?!]{0,4}?加处"
                    // 已申请行政复议、复议还在审理中，复议期间加处罚款; 正处于行政复议期间，能否加处罚款 (not 复议期间加处罚款不予计算)
                    + "|(?:复议|诉讼)[^。？！?!]{0,10}?(?:期间|还在审理|审理中|正在审理|还没(?:有)?(?:结果|决定|判))[^。？！?!]{0,12}?(?:加处|按日加)(?![^。？！?!]{0,8}?(?:不予计算|不计算|不算|停止|暂停|中止))");

    /** 罚款和加处罚款共计10万元, 连本带加处罚款共计1200元: the fine and its surcharge together (groups as {@link #SUM_SAID}). */
    private static final Pattern FINE_AND_SURCHARGE_TOTAL = Pattern.compile(
            "(?:" + WITH_THE_FINE + ")加处(?:的)?(?:罚款)?(?:共计|合计|一共|总共|累计|共)(?:为|是|达到|达|有)?\\s*" + SUM_SAID + NOT_A_COUNT);

    /** 每日按罚款数额的5%, 每天加处百分之五, 按日加处千分之五: the daily rate said of a surcharge, as a percent. */
    private static final Pattern SURCHARGE_RATE = Pattern.compile(
            "(?:每日|每天|按日|一天|每一日)[^，。？！,?!；;]{0,12}?(?:([0-9]+(?:\\.[0-9]+)?)\\s*[%％]|百分之([零一二两三四五六七八九十点]+)|千分之([零一二两三四五六七八九十点]+))");

    /** 每天加处30元, 每日加收50块: a surcharge said as a sum a day (groups as {@link #SUM_SAID}). */
    private static final Pattern SURCHARGE_DAILY_SUM = Pattern.compile(
            "(?:每日|每天|按日)(?:加处|加收|加罚)(?:罚款)?\\s*" + SUM_SAID + "\\s*(?:元|块)");

    /** The daily rate the question says a late fine is surcharged at, in percent, or -1 where none is said beside a surcharge. */
    public static double surchargePercentSaid(String q) {
        if (q == null || !SURCHARGE.matcher(q).find()) return -1;
        Matcher m = SURCHARGE_RATE.matcher(q);
        if (!m.find()) {
            // 罚款500元…每天加处30元: a daily sum, as a share of the fine
            Matcher daily = SURCHARGE_DAILY_SUM.matcher(q);
            if (!daily.find()) return -1;
            Double fine = amount(q.substring(0, daily.start()));
            double each = sum(daily.group(1), daily.group(2), daily.group(3));
            return fine == null || fine <= 0 || each <= 0 ? -1 : each * 100 / fine;
        }
        if (m.group(1) != null) return Double.parseDouble(m.group(1));
        double n = spokenDecimal(m.group(2) != null ? m.group(2) : m.group(3));
        if (n < 0) return -1;
        return m.group(2) != null ? n : n / 10;
    }

    /** 五, 零点五, 三: a rate's number said in words, or -1. */
    private static double spokenDecimal(String g) {
        int dot = g.indexOf('点');
        if (dot < 0) return cn.quanze.citation.ChineseNumerals.spoken(g);
        int whole = dot == 0 ? 0 : cn.quanze.citation.ChineseNumerals.spoken(g.substring(0, dot));
        String frac = g.substring(dot + 1);
        if (whole < 0 || frac.isEmpty()) return -1;
        StringBuilder d = new StringBuilder();
        for (char c : frac.toCharArray()) {
            int i = "零一二三四五六七八九".indexOf(c == '两' ? '二' : c);
            if (i < 0) return -1;
            d.append(i);
        }
        return Double.parseDouble(whole + "." + d);
    }

    /** 加处罚款一千二, 加处一千二: the surcharge and its sum, 元 left out (groups as {@link #SUM_SAID}). */
    private static final Pattern SURCHARGE_BARE_SUM = Pattern.compile("加处(?:罚款)?\\s*" + SUM_SAID + NOT_A_COUNT);

    /** 再加到万把块, 加处罚款加到两千: the sum a fine or its surcharge is raised to, 元 left out (groups as {@link #SUM_SAID}). */
    private static final Pattern RAISED_TO = Pattern.compile(RAISE + SUM_SAID + NOT_A_COUNT);

    /** 值2000块, 违法所得200元, 冒领补助3000元: a sum the case is measured by, not a fine proposed (when no 罚 names one). */
    private static final Pattern BASE_BEFORE_SUM = Pattern.compile(
            "(?:值|价值|货值|所得|获利|赚了|挣了|卖了|卖得|冒领|骗取|骗领|套取|损失|工资|补助|补贴|收入)(?:了|约|大概|差不多|有|近|将近|共|总共|一共)?$");

    /** 按他一个月的收入5000元来罚, 相当于其获利1000元的罚款: the sum is still the fine proposed. */
    private static final Pattern SUM_AS_FINE = Pattern.compile("按|照|相当于|标准");

    private static boolean aBase(String q, int sumStart) {
        String before = q.substring(Math.max(0, sumStart - 10), sumStart);
        String after = q.substring(sumStart, Math.min(q.length(), sumStart + 12));
        return BASE_BEFORE_SUM.matcher(q.substring(Math.max(0, sumStart - 6), sumStart)).find()
                && !SUM_AS_FINE.matcher(before).find() && !SUM_AS_FINE.matcher(after).find() && !after.contains("罚");
    }

    /** 大写叁仟元: the sum written in capitals on a ticket. */
    private static final Pattern CAPITALS_SUM = Pattern.compile("大写(?:写的|为|是)?(?:人民币)?([壹贰叁肆伍陆柒捌玖拾佰仟萬零]+)(?:元|圆)(?:整)?");

    /** 贰仟伍佰圆 → 二千五百圆 (the capital numerals of a receipt); 零点零六万 → 0.06万 (a decimal said in words). */
    static String plainMoney(String q) {
        // 并处罚款人民币30万元: the currency's name before the sum is no word of its own
        q = RENMINBI.matcher(q).replaceAll("");
        // ¥1500元, ￥1,500元: the sign beside 元 says nothing more; ¥3000: the sign alone is 元
        q = SIGN_BESIDE_YUAN.matcher(q).replaceAll("");
        q = YUAN_SIGN.matcher(q).replaceAll("$1元");
        StringBuilder b = new StringBuilder(q.length());
        for (char c : q.toCharArray()) {
            int i = "壹贰叁肆伍陆柒捌玖拾佰仟萬".indexOf(c);
            b.append(i < 0 ? c : "一二三四五六七八九十百千万".charAt(i));
        }
        // 千把块, 万把元, 百把块: about a thousand (ten thousand, a hundred) — read as that sum
        String round = ABOUT_ONE.matcher(b).replaceAll(r -> "一" + r.group(1));
        return SPOKEN_DECIMAL.matcher(round).replaceAll(r -> {
            StringBuilder d = new StringBuilder().append(chineseAmount(r.group(1))).append('.');
            for (char c : r.group(2).toCharArray()) d.append(digitOf(c));
            return d.append(r.group(3)).toString();
        });
    }
    /** ¥3000, ￥1500: the sign before the sum is 元 after it. */
    private static final Pattern YUAN_SIGN = Pattern.compile("[¥￥]\\s*(\\d++(?:\\.\\d++)?\\s*(?:万|千)?)(?!\\s*(?:元|块))");
    private static final Pattern SIGN_BESIDE_YUAN = Pattern.compile("[¥￥]\\s*(?=[0-9][0-9,.]*\\s*(?:万|千)?\\s*(?:元|块))");
    private static final Pattern RENMINBI = Pattern.compile("人民币(?=\\s*[0-9零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾])");
    private static final Pattern ABOUT_ONE = Pattern.compile("(?<![一二两三四五六七八九十])([百千万])把(?=块|元)");
    private static final Pattern SPOKEN_DECIMAL = Pattern.compile("([零〇一二两三四五六七八九十]+)点([零〇一二三四五六七八九]+)(万|千)");

    /**
     * 每袋50，扔了20袋; 按每平方米200元罚，盖了400平: a fine set per unit, and the number of units, make the fine asked (no
     * article of the catalogue sets a fine per unit); null when either is missing.
     */
    static Double perUnitTotal(String q) {
        Matcher rate = PER_UNIT_RATE.matcher(q);
        if (!rate.find()) return null;
        Matcher total = STATED_TOTAL.matcher(q);
        if (total.find(rate.end())) {
            double v = sum(total.group(1), total.group(2), total.group(3));
            if (v > 0) return v;
        }
        String unit = unitWord(rate.group("unit"));
        double each = sum(rate.group("d"), rate.group("u"), rate.group("c"));
        Matcher count = UNIT_COUNT.matcher(q);
        while (count.find()) {
            if (count.start() >= rate.start() && count.start() < rate.end()) continue;
            if (!unit.equals(unitWord(count.group("unit")))) continue;
            double n = sum(count.group("d"), null, count.group("c"));
            if (n > 0 && each > 0) return each * n;
        }
        return null;
    }
    // not 户, 家, 人: a fine per household is each party's own, never summed (人次, 圈舍: one party's occasions or pens are)
    private static final String UNITS = "平方米|平米|平|立方米|立方|吨|袋|个口子|口子|棵|株|亩|只|头|车|间|处|根|方|米|天|日|厅|点|大棚|棚|座|栋|辆|台|人次|圈舍";
    /** 一共18000元, 共6万元, 合计两万四千元: the total of a fine set per unit (money, not a count). */
    private static final Pattern STATED_TOTAL = Pattern.compile("(?:一共|总共|共计|合计|累计|加起来|总计|(?<![一总公])共)(?:是|要|罚|就是|罚款|罚了)?\\s*"
            + "(?:(\\d+(?:\\.\\d+)?)\\s*(万|千|w|W|k|K)?(?=\\s*(?:元|块|万|千))|([一二两三四五六七八九十百千万]*[十百千万][一二两三四五六七八九十百千万]*)(?=\\s*(?:元|块)))");
    private static final Pattern PER_UNIT_RATE = Pattern.compile("每(?:一|个)?(?<unit>" + UNITS + ")[^，。？！,?!\\d零一二两三四五六七八九十百千万值价补赚卖收]{0,3}?"
            + "(?:(?<d>\\d+(?:\\.\\d+)?)\\s*(?<u>万|千)?|(?<c>[一二两三四五六七八九十百千万]+))\\s*(?:元|块)?");
    private static final Pattern UNIT_COUNT = Pattern.compile("(?<![每\\d])(?:(?<d>\\d+)|(?<c>[一二两三四五六七八九十百千]+))\\s*(?:个(?=大棚|棚|圈舍))?(?<unit>" + UNITS + ")");
    /** 每棵值, 每立方米收购价: the word before a value said per unit. */
    private static final Pattern VALUE_PER_UNIT = Pattern.compile("(?:每(?:一|个)?|(?<![0-9零〇一二两三四五六七八九十百千万])一)(" + UNITS + ")[\\p{IsHan}]{0,3}?的?(?:市场)?$");
    /** 价值200元一棵: the unit said after the sum. */
    private static final Pattern UNIT_AFTER_VALUE = Pattern.compile("^\\s*(?:元|块)?(?:钱)?(?:一|每|/)(" + UNITS + ")");

    /**
     * The count told in the unit (12棵杨树, 三十吨), or null when none is told or several different ones are (80棵里砍了6棵,
     * 12棵杨树和8棵柳树, 3天前…干了20天): which count the value is per is then not settled.
     */
    private static Double unitCount(String q, String unit, int skipFrom, int skipTo) {
        Double found = null;
        Matcher c = UNIT_COUNT.matcher(q);
        while (c.find()) {
            if (!unitWord(c.group("unit")).equals(unitWord(unit)) || (c.start() >= skipFrom && c.start() < skipTo)) continue;
            // 80棵杨树里砍了一部分: the count is the stand's, and how many were cut is not told
            if (PART_OF_COUNT.matcher(q.substring(c.end(), Math.min(q.length(), c.end() + 14))).find()) return null;
            double n = c.group("d") != null ? Double.parseDouble(c.group("d")) : chineseAmount(c.group("c"));
            if (found != null && found != n) return null;
            found = n;
        }
        return found;
    }

    private static final Pattern PART_OF_COUNT = Pattern.compile("^[\\p{IsHan}]{0,5}?(?:里|中|当中|之中|里头|里面|中间)[，,]?[\\p{IsHan}]{0,5}?(?:一部分|部分|一些|几棵|几株|几头|几只|有的|若干|少数|多数|大半|一半|不少)");
    private static final Pattern VALUE_PER_UNIT_ANYWHERE = Pattern.compile("(?:每(?:一|个)?|(?<![0-9零〇一二两三四五六七八九十百千万])一)(?:" + UNITS + ")[\\p{IsHan}]{0,3}?的?(?:市场)?(?:价值|值|估价|作价|收购价|价款|卖了|卖得|赚了|挣了)");
    private static String unitWord(String u) {
        return u.startsWith("平") ? "平" : u.endsWith("口子") ? "口子" : u.startsWith("立方") ? "方" : u;
    }

    /** A sum said either in digits with an optional 万 or 千 (3.5万), or in Chinese numerals (三千五). */
    private static double sum(String digits, String unit, String chinese) {
        return digits != null ? scaled(digits, unit) : chineseAmount(chinese);
    }

    /** 万, or w as people type it (3w, 1w5). */
    private static boolean tenThousand(String unit) {
        return "万".equals(unit) || "w".equalsIgnoreCase(unit);
    }

    /** Digits and an optional 万 or 千 (k): 3.5万 → 35000. */
    private static double scaled(String digits, String unit) {
        double v = Double.parseDouble(digits);
        return tenThousand(unit) ? v * 10000 : unit != null ? v * 1000 : v;
    }

    /**
     * 五百, 两千, 三千五, 一万, 二百 — lenient, for money in speech (两 allowed, unlike statute numbering). A last figure said
     * after a unit without its own (两千五, 一万二, 一百五) counts in the unit below: 2,500, 12,000, 150; after 零 (两千零五) it
     * is units.
     */
    static long chineseAmount(String s) {
        long total = 0, section = 0, digit = 0, lastUnit = 0;
        boolean zero = false;
        for (char c : s.toCharArray()) {
            int d = c == '〇' ? 0 : c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                if (d == 0) zero = true;
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> 0;
            };
            if (unit == 10000) {
                section = (section + digit) * 10000;
                total += section;
                section = 0;
            } else if (unit > 0) {
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
            }
            if (unit > 0) {
                lastUnit = unit;
                zero = false;
            }
            digit = 0;
        }
        long tail = digit > 0 && !zero && lastUnit >= 100 ? digit * (lastUnit / 10) : digit;
        return total + section + tail;
    }
}
