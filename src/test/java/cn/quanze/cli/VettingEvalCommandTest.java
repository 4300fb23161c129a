package cn.quanze.cli;

import cn.quanze.QuanzeFixture;
import cn.quanze.vetting.PatternCatalogue;
import cn.quanze.vetting.VettingEvaluation;
import cn.quanze.vetting.VettingSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VettingEvalCommandTest extends CommandLineFixture {

    @Test
    void evalVettingPrintsRecallAndPrecisionPerFindingForBothParts() throws IOException {
        Path home = homeWith("SETS_FEE\t每户每年缴纳卫生费五十元。\nLAWFUL\t加强宣传引导。\n",
                "SETS_PENALTY\t对乱扔垃圾的，处以五十元罚款。\nLAWFUL\t严禁擅自设立收费项目。\n");
        assertThat(VettingEval.run(home, false)).isZero();
        String out = stdout();
        assertThat(out).contains("调试部分").contains("留出部分").contains("recall").contains("precision");
        for (String code : new String[] {"SETS_PENALTY", "SETS_LICENCE", "SETS_COMPULSORY_MEASURE", "SETS_FEE"}) {
            assertThat(out.split(code, -1)).as(code + " on both parts").hasSize(3);
        }
    }

    @Test
    void anEmptyHeldOutPartIsSaidPlainlyInsteadOfScoredAsAHundredPercent() throws IOException {
        Path home = homeWith("SETS_FEE\t每户每年缴纳卫生费五十元。\n", "# 第五轮：另行撰写中。\n");
        assertThat(VettingEval.run(home, false)).isZero();
        String out = stdout();
        assertThat(out).contains("留出部分（未据此调整）  " + VettingEvaluation.HELD_OUT + "：0 句，尚无标注句子，不计算召回率");
        assertThat(out.split("SETS_FEE", -1)).as("scored on the tuning part only").hasSize(2);
        assertThat(out).contains("留出部分（未据此调整）没有句子").doesNotContain("均不低于95%");
    }

    @Test
    void evalVettingOnTheProjectSetsReportsTheGazette() {
        assertThat(run("eval", "--vetting")).isZero();
        assertThat(stdout()).contains("调试部分").contains("留出部分").contains("12 件文件：ERROR 0 处");
    }

    @Test
    void evalOfAFileThatCannotBeReadIsAUsageError() {
        assertThat(run("eval", "no-such-set.jsonl")).isEqualTo(2);
    }

    /** A project home holding the shipped detectors and settings and the given two parts of the evaluation set. */
    private Path homeWith(String tuning, String heldOut) throws IOException {
        Path home = tmp.resolve("home");
        for (String f : new String[] {PatternCatalogue.DEFAULT_PATH, VettingSettings.DEFAULT_PATH}) {
            Files.createDirectories(home.resolve(f).getParent());
            Files.copy(QuanzeFixture.home().resolve(f), home.resolve(f));
        }
        Files.createDirectories(home.resolve(VettingEvaluation.TUNING).getParent());
        Files.writeString(home.resolve(VettingEvaluation.TUNING), tuning, StandardCharsets.UTF_8);
        Files.writeString(home.resolve(VettingEvaluation.HELD_OUT), heldOut, StandardCharsets.UTF_8);
        return home;
    }
}
