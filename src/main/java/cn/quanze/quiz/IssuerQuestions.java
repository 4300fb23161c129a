package cn.quanze.quiz;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.Body;
import cn.quanze.decision.Decision;
import cn.quanze.decision.ReasonCode;
import cn.quanze.decision.Verdict;
import cn.quanze.issuers.Issuer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** 规范性文件制定主体：may a body issue a normative document in its own name; how a vertical unit files one. */
final class IssuerQuestions implements QuestionSource {

    private static final List<String> TAGS = List.of("行政规范性文件", Phrases.ISSUER_TITLE, "制定主体");
    private static final String REVIEW_SUFFICES = "LEGALITY_REVIEW_SUFFICES";
    private static final String SUPERIOR_ONLY = "SUPERIOR_ONLY";
    private static final String COUNTY_ONLY = "COUNTY_ONLY";

    private final QuizContext ctx;

    IssuerQuestions(QuizContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.ISSUER;
    }

    @Override
    public List<Seed> seeds() {
        List<Seed> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        for (Body b : ctx.data().bodies().all()) names.add(b.name());
        for (Issuer i : ctx.data().issuers().issuers()) names.add(i.name());
        for (String n : names) out.add(new Seed("issuer/may/" + n, QuestionKind.ISSUER, TAGS, (id, ref, rnd, d) -> may(id, ref, n, rnd, d)));
        List<String> vertical = new ArrayList<>();
        for (Issuer i : ctx.data().issuers().issuers()) if (i.vertical()) vertical.add(i.name());
        Collections.sort(vertical);
        for (String n : vertical) {
            out.add(new Seed("issuer/filing/" + n, QuestionKind.ISSUER, TAGS, (id, ref, rnd, d) -> filing(id, ref, n, rnd, d)));
        }
        return out;
    }

    private Question may(String id, String ref, String body, Random rnd, Difficulty d) {
        Probe probe = new Probe(body, null, Act.ISSUE_NORMATIVE_DOCUMENT, null);
        Decision dec = ctx.authority().decide(probe.request(ref));
        String why = Keying.reasons(dec);
        List<Option> opts = new ArrayList<>();
        opts.add(draft("可以，依照法定权限和程序以本机构名义制定", Verdict.PERMITTED, ReasonCode.ISSUER_LISTED.name()));
        opts.add(draft("可以，但印发后须在向上一级主管部门备案的同时向县政府备案", Verdict.PERMITTED,
                ReasonCode.ISSUER_LISTED.name(), ReasonCode.VERTICAL_DUAL_FILING_REQUIRED.name()));
        opts.add(draft("不可以以本机构名义制定；确需制定的，应当报请主管部门制定", Verdict.NOT_PERMITTED, ReasonCode.ISSUER_NOT_LISTED.name()));
        if (d != Difficulty.EASY) opts.add(draft("经县司法局合法性审核后，即可以本机构名义制定", null, REVIEW_SUFFICES));
        List<Option> keyed = key(opts, dec, o -> {
            if (o.codes().contains(REVIEW_SUFFICES)) return "错误：合法性审核是制定程序的一环（通知第二条），不能替代制定主体资格。" + why;
            if (o.codes().contains(ReasonCode.VERTICAL_DUAL_FILING_REQUIRED.name())) return "错误：双重备案只适用于实行垂直管理的单位（通知第三条）。" + why;
            return "错误：" + why;
        }, why);
        if (keyed == null) return null;
        if (d == Difficulty.HARD) Collections.shuffle(keyed, rnd);
        String text = body + "拟以本机构名义制定一份行政规范性文件。依照" + Phrases.ISSUER_TITLE + "，下列说法正确的是？";
        return Keying.finish(new Stem(id, ref, QuestionKind.ISSUER, "制定主体：" + body, text, null), keyed, dec, probe);
    }

    private Question filing(String id, String ref, String body, Random rnd, Difficulty d) {
        Probe probe = new Probe(body, null, Act.ISSUE_NORMATIVE_DOCUMENT, null);
        Decision dec = ctx.authority().decide(probe.request(ref));
        String why = Keying.reasons(dec);
        List<Option> opts = new ArrayList<>();
        opts.add(draft("在向上一级主管部门备案的同时，向五台县人民政府备案", Verdict.PERMITTED,
                ReasonCode.ISSUER_LISTED.name(), ReasonCode.VERTICAL_DUAL_FILING_REQUIRED.name()));
        opts.add(draft("只须向上一级主管部门备案，县政府无权管辖垂直管理单位", null, SUPERIOR_ONLY));
        if (d != Difficulty.EASY) opts.add(draft("只须向五台县人民政府备案", null, COUNTY_ONLY));
        opts.add(draft("垂直管理单位不得制定行政规范性文件，应报请县政府制定", Verdict.NOT_PERMITTED, ReasonCode.ISSUER_NOT_LISTED.name()));
        String both = "错误：通知要求两处都备案。" + ctx.data().issuers().rules().vertical();
        List<Option> keyed = key(opts, dec,
                o -> o.codes().contains(SUPERIOR_ONLY) || o.codes().contains(COUNTY_ONLY) ? both : "错误：" + why, why);
        if (keyed == null) return null;
        Collections.shuffle(keyed, rnd);
        String text = body + "依照法律法规和国家有关规定，制发了一份行政规范性文件。依照" + Phrases.ISSUER_TITLE + "，文件印发后应当如何备案？";
        return Keying.finish(new Stem(id, ref, QuestionKind.ISSUER, "垂直管理单位备案：" + body, text, null), keyed, dec, probe);
    }

    private static Option draft(String text, Verdict verdict, String... codes) {
        return new Option("", text, false, "", verdict == null ? null : verdict.name(), List.of(codes));
    }

    /** Marks each option by the engine; null unless exactly one agrees. */
    private static List<Option> key(List<Option> opts, Decision dec, Function<Option, String> wrong, String why) {
        Set<String> u = Question.universe(opts);
        List<Option> keyed = new ArrayList<>();
        for (Option o : opts) {
            boolean right = Question.keyMatches(o, dec, u);
            keyed.add(new Option("", o.text(), right, right ? "正确。" + why : wrong.apply(o), o.verdict(), o.codes()));
        }
        return keyed.stream().filter(Option::correct).count() == 1 ? keyed : null;
    }
}
