package cn.quanze.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VettingEvalCommandTest extends CommandLineFixture {

    @Test
    void evalVettingPrintsRecallAndPrecisionPerFindingForBothParts() {
        assertThat(run("eval", "--vetting")).isZero();
        String out = stdout();
        assertThat(out).contains("调试部分").contains("留出部分").contains("recall").contains("precision");
        for (String code : new String[] {"SETS_PENALTY", "SETS_LICENCE", "SETS_COMPULSORY_MEASURE", "SETS_FEE"}) {
            assertThat(out.split(code, -1)).as(code + " on both parts").hasSize(3);
        }
        assertThat(out).contains("12 件文件：ERROR 0 处");
    }

    @Test
    void evalOfAFileThatCannotBeReadIsAUsageError() {
        assertThat(run("eval", "no-such-set.jsonl")).isEqualTo(2);
    }
}
