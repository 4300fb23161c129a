package cn.quanze.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    static IntStream oneToNineHundredNinetyNine() {
        return IntStream.rangeClosed(1, 999);
    }

    @ParameterizedTest
    @MethodSource("oneToNineHundredNinetyNine")
    void roundTripsOneToNineHundredNinetyNine(int n) {
        assertThat(ChineseNumerals.toInt(ChineseNumerals.toChinese(n))).isEqualTo(n);
    }

    @Test
    void roundTripsUpToNineThousandNineHundredNinetyNine() {
        for (int n = 1; n <= 9999; n++) {
            assertThat(ChineseNumerals.toInt(ChineseNumerals.toChinese(n))).as("%s", n).isEqualTo(n);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1, 一", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "23, 二十三", "99, 九十九",
        "100, 一百", "101, 一百零一", "105, 一百零五", "110, 一百一十", "111, 一百一十一", "119, 一百一十九",
        "120, 一百二十", "200, 二百", "999, 九百九十九", "1000, 一千", "1001, 一千零一", "1010, 一千零一十",
        "1100, 一千一百", "1105, 一千一百零五", "2019, 二千零一十九", "9999, 九千九百九十九"
    })
    void printsAndReadsStatuteStyle(int n, String chinese) {
        assertThat(ChineseNumerals.toChinese(n)).isEqualTo(chinese);
        assertThat(ChineseNumerals.toInt(chinese)).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource({"一百〇五, 105", "一千〇一, 1001", "一千〇一十, 1010", "一十五, 15", "一十, 10"})
    void acceptsTraditionalVariants(String chinese, int n) {
        assertThat(ChineseNumerals.toInt(chinese)).isEqualTo(n);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "两", "两百", "零", "〇", "十十", "一二", "一百零", "零五", "二十零", "一百零零五", "一千零十", "百", "千",
        "百五", "一百十", "十百", "一千一千", "二十三条", "23", "一万", "壹", "十 一", "二十一 ", "一百一十十", "二百〇十三", "一〇五"
    })
    void rejectsMalformedNumerals(String chinese) {
        assertThatThrownBy(() -> ChineseNumerals.toInt(chinese)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10000})
    void refusesToPrintOutOfRange(int n) {
        assertThatThrownBy(() -> ChineseNumerals.toChinese(n)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSpokenCountMayBeDigitsOrNumeralsWithLiang() {
        assertThat(ChineseNumerals.spoken("16")).isEqualTo(16);
        assertThat(ChineseNumerals.spoken("五十五")).isEqualTo(55);
        assertThat(ChineseNumerals.spoken("两")).isEqualTo(2);
        assertThat(ChineseNumerals.spoken("一二")).isEqualTo(-1);
    }

    @Test
    void aCountSaidAsARangeOfTwoDigitsIsAtLeastTheFewer() {
        assertThat(ChineseNumerals.spokenAtLeast("七八")).isEqualTo(7);
        assertThat(ChineseNumerals.spokenAtLeast("两三")).isEqualTo(2);
        assertThat(ChineseNumerals.spokenAtLeast("十二")).isEqualTo(12);
        assertThat(ChineseNumerals.spokenAtLeast("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.spokenAtLeast("5")).isEqualTo(5);
        assertThat(ChineseNumerals.spokenAtLeast("半")).isEqualTo(-1);
    }
}
