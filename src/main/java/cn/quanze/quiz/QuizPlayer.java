package cn.quanze.quiz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Plays a paper in the terminal: one question at a time, an answer per line (A–D, a–d or 1–4; q to stop),
 * immediate feedback with the basis, and the score at the end. Ends cleanly at end of input (piped answers).
 */
public final class QuizPlayer {

    /** The result of a round. */
    public record Score(int correct, int answered, int total) {}

    private final BufferedReader in;
    private final PrintStream out;

    public QuizPlayer(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    public Score play(Paper p) throws IOException {
        List<Question> qs = p.questions();
        out.println(p.title() + "（共 " + qs.size() + " 题；输入 A–D 作答，q 退出）");
        int correct = 0;
        int answered = 0;
        for (int i = 0; i < qs.size(); i++) {
            Question q = qs.get(i);
            show(q, i + 1, qs.size());
            Option chosen = ask(q);
            if (chosen == null) break;
            answered++;
            if (chosen.correct()) correct++;
            out.println(chosen.correct() ? "✔ 正确。" : "✘ 错误，正确答案是 " + q.answer() + "。" + chosen.feedback());
            out.println("解析：" + q.explanation());
        }
        out.println();
        out.println("得分：" + correct + "/" + qs.size() + "（已答 " + answered + " 题）");
        return new Score(correct, answered, qs.size());
    }

    private void show(Question q, int n, int total) {
        out.println();
        out.println("第 " + n + "/" + total + " 题［" + q.kind().label() + "］" + q.text());
        for (Option o : q.options()) out.println("  " + o.key() + ". " + o.text());
    }

    /** Reads lines until one picks an option; null when the trainee quits or the input ends. */
    private Option ask(Question q) throws IOException {
        while (true) {
            out.print("你的答案：");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                out.println("（输入结束）");
                return null;
            }
            String a = line.trim().toUpperCase(Locale.ROOT);
            if (a.equals("Q") || a.equals("QUIT") || a.equals("退出")) return null;
            Option chosen = pick(q, a);
            if (chosen != null) return chosen;
            if (!a.isEmpty()) out.println("请输入 " + q.options().get(0).key() + "–" + q.options().get(q.options().size() - 1).key() + "。");
        }
    }

    static Option pick(Question q, String a) {
        if (a.isEmpty()) return null;
        for (Option o : q.options()) if (o.key().equals(a)) return o;
        if (a.chars().allMatch(Character::isDigit) && a.length() <= 2) {
            int n = Integer.parseInt(a);
            if (n >= 1 && n <= q.options().size()) return q.options().get(n - 1);
        }
        return null;
    }
}
