package cn.quanze.cli;

import cn.quanze.vetting.GazetteDocuments;
import cn.quanze.vetting.LexicalModel;
import cn.quanze.vetting.PatternCatalogue;
import cn.quanze.vetting.TextDetector;
import cn.quanze.vetting.VettingEvaluation;
import cn.quanze.vetting.VettingSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./quanze eval --vetting}: recall and precision of the vetting text detectors per finding, for the
 * tuning part and the held-out part separately, and the ERROR findings in the gazette's documents. Needs
 * only the pattern catalogue and the settings (no rule engine).
 */
final class VettingEval {
    private VettingEval() {
    }

    /** Trains the model on the tuning part only and writes catalog/vetting-model.tsv. */
    static void trainModel(Path home) throws IOException {
        System.out.printf("正在据调试部分（%s）训练文本检测模型…%n", VettingEvaluation.TUNING);
        long t = System.nanoTime();
        LexicalModel m = LexicalModel.fromTuning(home.resolve(VettingEvaluation.TUNING));
        m.write(home.resolve(LexicalModel.DEFAULT_PATH), LexicalModel.COMMENTS);
        System.out.printf("已写入 %s（%.1f 秒）。%n", LexicalModel.DEFAULT_PATH, (System.nanoTime() - t) / 1e9);
    }

    static int run(Path home, boolean listMisses) throws IOException {
        TextDetector detector = TextDetector.fromHome(home, VettingSettings.load(home.resolve(VettingSettings.DEFAULT_PATH)));
        boolean allMet = true;
        List<String> emptyParts = new ArrayList<>();
        for (String[] part : List.of(new String[] {"调试部分", VettingEvaluation.TUNING},
                new String[] {"留出部分（未据此调整）", VettingEvaluation.HELD_OUT})) {
            Path file = home.resolve(part[1]);
            if (!Files.isReadable(file)) throw new Main.UsageException("无法读取评估集：" + file);
            List<VettingEvaluation.Case> cases = VettingEvaluation.read(file);
            if (cases.isEmpty()) {
                // Recall and precision of nothing would print as 100 %: say plainly that there is nothing to score.
                System.out.printf("%s  %s：0 句，尚无标注句子，不计算召回率（recall）与精确率（precision）。%n", part[0], part[1]);
                allMet = false;
                emptyParts.add(part[0]);
                continue;
            }
            VettingEvaluation.Result r = VettingEvaluation.run(detector, cases);
            System.out.printf("%s  %s：%d 句（其中合法表述 %d 句）%n", part[0], part[1], r.sentences(), r.lawful());
            System.out.printf("  %-26s %8s %8s %5s %5s %5s%n", "finding", "recall", "precision", "TP", "FP", "FN");
            for (VettingEvaluation.Score s : r.scores()) {
                System.out.printf("  %-26s %7.1f%% %7.1f%% %5d %5d %5d%n", s.code(), 100 * s.recall(), 100 * s.precision(),
                        s.truePositives(), s.falsePositives(), s.falseNegatives());
                allMet &= s.recall() >= 0.95 && s.precision() >= 0.95;
            }
            if (listMisses) {
                for (VettingEvaluation.Miss m : r.misses()) {
                    System.out.printf("  不符 第%d行 期望%s 实得%s：%s%n", m.c().line(),
                            m.c().expected().isEmpty() ? "[LAWFUL]" : m.c().expected(), m.found(), m.c().sentence());
                }
            }
        }
        Path gazette = home.resolve(GazetteDocuments.DEFAULT_PATH).normalize();
        if (Files.isReadable(gazette)) {
            var docs = GazetteDocuments.extract(Files.readString(gazette, StandardCharsets.UTF_8));
            List<String> errors = VettingEvaluation.errorsIn(detector, docs);
            System.out.printf("公报（%s）%d 件文件：ERROR %d 处%n", gazette.getFileName(), docs.size(), errors.size());
            errors.forEach(e -> System.out.println("  " + e));
            allMet &= errors.isEmpty();
        } else {
            System.out.println("公报文件不在 " + gazette + "，未评估。");
        }
        if (!emptyParts.isEmpty()) {
            System.out.println(String.join("、", emptyParts) + "没有句子：上面的数字不说明检测规则对新措辞的效果。");
        } else {
            System.out.println(allMet ? "每项检出的召回率、精确率均不低于95%，公报无 ERROR。" : "有指标低于95%或公报有 ERROR（见上）。");
        }
        return 0;
    }
}
