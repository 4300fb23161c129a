package cn.quanze.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that asks several things at once (有三个问题：一是…二是…; …可以吗？另外，…能不能…？; 1.… 2.…), split into
 * its asks. Only the words that mark a new question split it: facts numbered in a letter (一是…二是…。请问能否…) hold one
 * ask, and a question asked twice in one breath without a marker (能调解吧？调解不成能不能判) is read whole as before.
 */
public final class Asks {
    private Asks() {}

    /**
     * One ask: {@code text} as the message says it, {@code question} what is decided for it — the words before the
     * first ask (有三个问题：), the facts the first ask tells when this one speaks of the same case (三是能不能直接没收他的车),
     * and this ask.
     */
    public record Ask(String text, String question) {}

    /** A word that opens a new question, at the start or after a sentence or clause ends. */
    private static final Pattern MARK = Pattern.compile("(?:(?<=[？?。！!；;，,：:\\s])|^)(?:[一二三四五]是"
            + "|第[一二三四五](?:个问题|个事|问)?[，,、：:]|[1-5][.．、)）](?!\\d)|[（(][1-5一二三四五][)）]"
            + "|另外(?:还有(?:[俩两二三几]|一)个?(?:事|问题)?)?[，,：:]?|还有(?:个|一个|件)(?:事|问题)儿?[，,：:]?"
            + "|顺便(?:再)?问(?:一下|一句|下)?[，,：:]?|再就是[，,：:]?|此外[，,：:]?|另[：:]|其次[，,：:]?"
            + "|还想问(?:一下|一句|下)?[，,：:]?|再一个(?:是|事|问题)?[，,：:](?=[^。！!？?]{0,60}?(?:能不能|能否|可不可以|可以|行不行|行吗|吗|吧)[^。！!？?]{0,10}?[？?])|主要(?:是)?想问(?:一下|的是)?[，,：:]?|[①②③④⑤])");

    /** What makes a part a question: a question mark or an ask (a fact told, 不能按时换届, asks nothing). */
    private static final Pattern ASKS = Pattern.compile("[？?]|能不能|能否|可不可以|可否|中不中|行不行|有这个权"
            + "|(?:能|可以|行|中)[^，。；！]{0,20}?[吗么吧不]\\s*$");

    /** A later ask that speaks of the first one's case (没收他的车, 顺带吊销, 这家店), which lends it its facts. */
    private static final Pattern REFERS_BACK = Pattern.compile("他|她|它|其|对方|这个|这家|那家|这户|那户|该|此|顺带|顺便|一并|一起|同时|再|还能|也能|也可以");

    /** Characters of asking and of the township itself, which two asks share without speaking of one case. */
    private static final String NOT_CONTENT = "我们你他她它的了吗吧呢么能可以不是有在和与乡镇里上政府县问一下个这那就还也都要会对给把被让请说想看到报再另外二三是否行";

    /** 双方同意提前解除…再一个，解除合同报到乡里: a later ask that names a thing the case told names (解除). */
    static boolean sharesAWord(String facts, String ask) {
        if (facts.isEmpty()) return false;
        for (int i = 0; i + 2 <= ask.length(); i++) {
            char a = ask.charAt(i), b = ask.charAt(i + 1);
            if (!Character.isIdeographic(a) || !Character.isIdeographic(b) || NOT_CONTENT.indexOf(a) >= 0 || NOT_CONTENT.indexOf(b) >= 0) continue;
            if (facts.contains(ask.substring(i, i + 2))) return true;
        }
        return false;
    }

    /** An ask for leave (能不能, 可以吗, 行不行), as against one for information (要不要上会, 用哪个模板). */
    private static final Pattern SEEKS_LEAVE = Pattern.compile("能|可以|可否|行不|行吗|中不中|成不成|有权|有这个权|合法|允许|准不准");
    /**
     * An ask for information: which, how, whether it is needed, who holds a matter (补贴停发由谁决定, 日常监管是不是归县卫健局,
     * 欠薪的罚款是不是人社局的事, 营业执照这个不归我们管吧).
     */
    private static final Pattern SEEKS_INFORMATION = Pattern.compile("哪个|哪些|哪里|哪儿|怎么|如何|什么时候|多少|要不要|需不需要|用不用|是否需要"
            + "|由谁|谁来|归谁|是谁的事|是不是归(?=县|市|省|[^，。？?]{1,6}?(?:局|所|站|部门|法院|公安|分局))|是不是[^，。？?]{1,8}?(?:局|所|站|部门|县里|县上)的事"
            + "|不归我们管吧|不归咱们?管吧|是县里(?:核定|定|管|批)吧");
    /** 是不是我们镇说了算, 归不归我们管, 是不是归镇里管: whether the township itself may, which is leave asked. */
    private static final Pattern ASKS_OF_ITSELF = Pattern.compile(
            "(?:是不是|是否|归不归|归不归我们|是不是归)(?:我们|咱们?|俺们|本镇|本乡|镇里|乡里|镇上|乡上|镇政府|乡政府|我镇|我乡)|(?:我们|咱们?|俺们)(?:镇|乡)?说了算");

    /**
     * An ask the tool does not answer: it asks for no leave and either names no act ({@code namesAct} false) or asks for
     * information (处罚决定书用哪个模板, 要不要上党政联席会研究, 这笔钱从哪个科目列支).
     */
    public static boolean asksNoLeave(String ask, boolean namesAct) {
        return !SEEKS_LEAVE.matcher(ask).find() && !ASKS_OF_ITSELF.matcher(ask).find() && (!namesAct || SEEKS_INFORMATION.matcher(ask).find());
    }

    /**
     * The clause that asks, of an ask that also tells the case before it (…房子用途要变。两个问题：改了以后要不要办营业执照？):
     * the words after the last stop, colon or comma before its end.
     */
    public static String ownClause(String ask) {
        String s = ask.stripTrailing();
        // 一是大朴村王某…焚烧秸秆，已查实，这类事是不是归县生态环境局？: the clause that asks, after the facts told before it
        return s.substring(lastBreak(s.substring(0, Math.max(0, s.length() - 1)), "。！!：:；;？?，,") + 1);
    }

    /** The index of the last of these break characters in the text, or -1. */
    private static int lastBreak(String s, String breaks) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (breaks.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    /** The words before the first part, when they end by announcing the questions (有三个问题：, 问两个事：). */
    private static final Pattern ANNOUNCES = Pattern.compile("[：:]\\s*$");

    /** The asks of a message in the order asked; empty when it asks one thing (or marks no second question). */
    public static List<Ask> of(String message) {
        if (message == null) return List.of();
        Matcher m = MARK.matcher(message);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) starts.add(m.start());
        if (starts.isEmpty()) return List.of();
        String preamble = message.substring(0, starts.get(0));
        List<String> parts = new ArrayList<>();
        // 宗教场所…乡里能检查吗？另外，…: words before the first mark that ask are the first ask themselves
        if (ASKS.matcher(preamble).find() && !ANNOUNCES.matcher(preamble).find()) {
            parts.add(preamble);
            preamble = "";
        }
        for (int i = 0; i < starts.size(); i++) {
            parts.add(message.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : message.length()));
        }
        // a numbered fact or a closing courtesy (另外，麻烦尽快答复。) is no ask of its own: it stays with the ask before it
        List<String> asks = new ArrayList<>();
        for (String part : parts) {
            if (ASKS.matcher(part).find() || asks.isEmpty()) asks.add(part);
            else asks.set(asks.size() - 1, asks.get(asks.size() - 1) + part);
        }
        if (asks.size() < 2 || !ASKS.matcher(asks.get(0)).find()) return List.of();
        String first = asks.get(0);
        // the facts the first ask tells, without its own ask clause: 村民烧秸秆，能拘留吗？另外，能罚款吗 asks no detention second
        String told = first.stripTrailing();
        // …新装了一台烧散煤的锅炉。先问：锅炉能不能叫他自己拆？: the ask's own clause begins after a comma, stop or colon
        int cut = lastBreak(told, "，,。：:；;");
        String facts = cut > 0 ? told.substring(0, cut + 1) : "";
        List<Ask> out = new ArrayList<>();
        out.add(new Ask(first.strip(), preamble + first));
        // 二是镇里能对加油站开展消防安全检查吗 names its own case and is asked alone
        for (String ask : asks.subList(1, asks.size())) {
            String own = MARK.matcher(ask).replaceFirst("");
            boolean refersBack = REFERS_BACK.matcher(own).find() || sharesAWord(facts, own);
            out.add(new Ask(ask.strip(), preamble + (refersBack ? facts : "") + ask));
        }
        return List.copyOf(out);
    }
}
