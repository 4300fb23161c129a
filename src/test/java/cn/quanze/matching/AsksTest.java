package cn.quanze.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsksTest {

    @Test
    void three_numbered_questions_are_three_asks_each_leaning_on_the_first() {
        var asks = Asks.of("有三个问题：一是有人在电力设施保护区边上堆了砖，镇里能强制清除不？二是要不要上党政联席会研究？三是能不能直接没收他的车？");
        assertThat(asks).extracting(Asks.Ask::text).containsExactly(
                "一是有人在电力设施保护区边上堆了砖，镇里能强制清除不？", "二是要不要上党政联席会研究？", "三是能不能直接没收他的车？");
        assertThat(asks.get(0).question()).isEqualTo("有三个问题：一是有人在电力设施保护区边上堆了砖，镇里能强制清除不？");
        assertThat(asks.get(2).question()).isEqualTo("有三个问题：一是有人在电力设施保护区边上堆了砖，三是能不能直接没收他的车？");
        assertThat(asks.get(1).question()).as("an ask of its own case is asked alone").isEqualTo("有三个问题：二是要不要上党政联席会研究？");
        assertThat(Asks.of("村民烧秸秆，镇里能罚款吗？再就是，取水许可证乡里能不能核发？").get(1).question())
                .as("the mark itself (再就是) refers to nothing").isEqualTo("再就是，取水许可证乡里能不能核发？");
    }

    @Test
    void a_question_followed_by_another_marks_two_asks() {
        var asks = Asks.of("村民没批就占地盖房子住 镇里能罚吗？顺便问一下，能不能直接没收他的车？");
        assertThat(asks).extracting(Asks.Ask::text).containsExactly("村民没批就占地盖房子住 镇里能罚吗？", "顺便问一下，能不能直接没收他的车？");
        assertThat(Asks.of("1.挖砂把耕地挖坏了，镇里能处罚吗？ 2.能不能顺带把他的营业执照吊销了？")).extracting(Asks.Ask::question)
                .containsExactly("1.挖砂把耕地挖坏了，镇里能处罚吗？ ", "1.挖砂把耕地挖坏了，2.能不能顺带把他的营业执照吊销了？");
        // an ask of one clause lends no facts
        assertThat(Asks.of("一是宅基地审批乡里能批不？二是结婚登记乡里能不能办？").get(1).question()).isEqualTo("二是结婚登记乡里能不能办？");
    }

    @Test
    void other_marks_of_a_second_question() {
        assertThat(Asks.of("村民申请低保，镇里能直接批准吗？另：村民乱倒垃圾，镇里能处罚吗？")).hasSize(2);
        assertThat(Asks.of("镇里能直接撤销村委会吗？其次，两户村民吵起来了，镇里能调解吗？")).hasSize(2);
        assertThat(Asks.of("①村民申请低保，镇里能直接批准吗？②流转合同镇里能备案吗？")).hasSize(2);
        assertThat(Asks.of("设立健身气功站点，镇里能直接批准吗？还想问，低保镇里能审核转报吗？")).hasSize(2);
    }

    @Test
    void an_ask_for_information_is_not_an_ask_for_leave() {
        assertThat(Asks.asksNoLeave("二是这个事要不要上党政联席会研究？", false)).isTrue();
        assertThat(Asks.asksNoLeave("2.处罚决定书用哪个模板？", true)).isTrue();
        assertThat(Asks.asksNoLeave("再就是，能不能停他家的低保？", false)).isFalse();
        assertThat(Asks.asksNoLeave("二是直接扣他的车呢？", true)).isFalse();
        // who holds a matter is information, not leave for the township
        assertThat(Asks.asksNoLeave("一是补贴停发由谁决定？", true)).isTrue();
        assertThat(Asks.asksNoLeave("一是职业病危害的日常监管是不是归县卫健局？", true)).isTrue();
        assertThat(Asks.asksNoLeave("欠薪的罚款是不是人社局的事？", true)).isTrue();
        assertThat(Asks.asksNoLeave("二是镇里能不能归我们自己批？", true)).isFalse();
        // whether the township itself holds it is leave asked
        assertThat(Asks.asksNoLeave("一是吊销网吧的许可证归不归我们镇管？", true)).isFalse();
        assertThat(Asks.asksNoLeave("低保停发由谁决定，是不是我们镇说了算？", true)).isFalse();
    }

    @Test
    void facts_numbered_in_a_letter_are_one_ask() {
        assertThat(Asks.of("一是该户已有宅基地一处；二是原房屋已出卖。请问我乡能否受理其新的宅基地申请？")).isEmpty();
        assertThat(Asks.of("一是村委会不能按时换届；二是县里还没回复。请问乡里能否报批推迟？")).isEmpty();
    }

    @Test
    void one_question_without_a_mark_is_not_split() {
        assertThat(Asks.of("能调解吧？要是调解不成，能不能直接判给一家")).isEmpty();
        assertThat(Asks.of("有人在河道里采砂，乡里能罚款吗")).isEmpty();
        assertThat(Asks.of(null)).isEmpty();
    }

    @Test
    void a_courtesy_after_the_question_is_no_second_ask() {
        assertThat(Asks.of("有人烧秸秆，乡里能处罚吗？另外，麻烦尽快答复。")).isEmpty();
    }

    @Test
    void theSentenceAnAskPutsIsWhatIsSetAsideNotTheCaseToldBeforeIt() {
        assertThat(Asks.ownClause("上王全村有户人家要把农房改成小卖部。两个问题：改了以后要不要办营业执照？"))
                .isEqualTo("改了以后要不要办营业执照？");
        assertThat(Asks.ownClause("一是补贴停发由谁决定？")).isEqualTo("一是补贴停发由谁决定？");
        assertThat(Asks.ownClause("一是王某焚烧秸秆，已查实，这类事是不是归县生态环境局？")).isEqualTo("这类事是不是归县生态环境局？");
    }

    @Test
    void aLaterAskThatNamesWhatTheCaseToldBorrowsItsFacts() {
        assertThat(Asks.sharesAWord("双方都同意提前解除。", "解除合同报到乡里，我们乡能审核吗？")).isTrue();
        assertThat(Asks.sharesAWord("一是村民之间签了土地经营权流转合同，", "镇里能对辖区内的加油站开展消防安全检查吗？")).isFalse();
        // 再一个 opens an ask only where one follows in the same sentence
        assertThat(Asks.of("那我们就一直这么没名没分的？再一个，三轮车被人偷了，报了派出所也没个信儿。镇政府能不能给他们备个案？")).isEmpty();
    }
}
