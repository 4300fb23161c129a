package cn.quanze.quiz;

import java.util.Locale;

/** Printable papers: Markdown and HTML, questions first, then a separate answer key, then explanations. */
final class PaperWriters {
    private PaperWriters() {}

    static String markdown(Paper p) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(p.title()).append("\n\n");
        s.append("依据：").append(p.catalogue()).append("；共 ").append(p.questions().size()).append(" 题，每题只有一个正确答案。")
                .append("（seed ").append(p.spec().seed()).append("，难度 ").append(p.spec().difficulty().name().toLowerCase(Locale.ROOT))
                .append(p.spec().topic() == null ? "" : "，主题 " + md(p.spec().topic())).append("）\n\n");
        s.append("姓名：________　单位：________　得分：________\n\n");
        QuestionKind current = null;
        for (Question q : p.questions()) {
            if (q.kind() != current) {
                current = q.kind();
                s.append("## ").append(q.kind().label()).append("\n\n");
            }
            s.append("**").append(q.id().substring(1)).append(".** ").append(md(q.text())).append("\n\n");
            for (Option o : q.options()) s.append("- ").append(o.key()).append(". ").append(md(o.text())).append("\n");
            s.append("\n");
        }
        s.append("---\n\n# 答案\n\n| 题号 | 答案 |\n|---|---|\n");
        for (Question q : p.questions()) s.append("| ").append(q.id().substring(1)).append(" | ").append(q.answer()).append(" |\n");
        s.append("\n# 解析\n\n");
        for (Question q : p.questions()) {
            s.append("**").append(q.id().substring(1)).append(". 答案 ").append(q.answer()).append("**　").append(md(q.explanation())).append("\n\n");
            for (Option o : q.options()) {
                s.append("- ").append(o.key()).append(". ").append(md(o.feedback())).append("\n");
            }
            s.append("\n");
        }
        return s.toString();
    }

    /** Escapes the Markdown characters that could change the layout of a line. */
    static String md(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) out.append('\\');
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    static String html(Paper p) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(h(p.title())).append("</title>\n");
        s.append("<style>\nbody{font-family:\"SimSun\",\"Songti SC\",serif;max-width:48em;margin:2em auto;line-height:1.7;padding:0 1em}\n")
                .append("h1{text-align:center}ol.q>li{margin-bottom:1em;page-break-inside:avoid}ol.o{list-style:upper-alpha}\n")
                .append(".key{page-break-before:always}table{border-collapse:collapse}td,th{border:1px solid #444;padding:.2em .8em}\n")
                .append(".fb{color:#333;font-size:.95em}@media print{a{color:inherit}}\n</style>\n</head>\n<body>\n");
        s.append("<h1>").append(h(p.title())).append("</h1>\n");
        s.append("<p>依据：").append(h(p.catalogue())).append("；共 ").append(p.questions().size())
                .append(" 题，每题只有一个正确答案。（seed ").append(p.spec().seed()).append("）</p>\n");
        s.append("<p>姓名：________　单位：________　得分：________</p>\n<ol class=\"q\">\n");
        for (Question q : p.questions()) {
            s.append("<li><p>［").append(h(q.kind().label())).append("］").append(h(q.text())).append("</p>\n<ol class=\"o\">\n");
            for (Option o : q.options()) s.append("<li>").append(h(o.text())).append("</li>\n");
            s.append("</ol></li>\n");
        }
        s.append("</ol>\n<section class=\"key\">\n<h2>答案</h2>\n<table><tr><th>题号</th><th>答案</th></tr>\n");
        for (Question q : p.questions()) s.append("<tr><td>").append(q.id().substring(1)).append("</td><td>").append(q.answer()).append("</td></tr>\n");
        s.append("</table>\n<h2>解析</h2>\n<ol>\n");
        for (Question q : p.questions()) {
            s.append("<li><p><b>答案 ").append(q.answer()).append("</b>　").append(h(q.explanation())).append("</p>\n<ul class=\"fb\">\n");
            for (Option o : q.options()) s.append("<li>").append(o.key()).append(". ").append(h(o.feedback())).append("</li>\n");
            s.append("</ul></li>\n");
        }
        s.append("</ol>\n</section>\n</body>\n</html>\n");
        return s.toString();
    }

    static String h(String s) {
        return MoodleXml.esc(s);
    }
}
