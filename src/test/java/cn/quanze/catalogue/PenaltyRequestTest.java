package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind one question asks of an item's articles is weighed at once (消防法第六十条第二款 gives 警告或者罚款, item 151). */
class PenaltyRequestTest {

    private static PenaltyProvisions provisions;

    @BeforeAll
    static void load() {
        provisions = CatalogueLoader.load(QuanzeFixture.home().resolve("catalog")).penaltyProvisions();
    }

    private static PenaltyProvisions.Asked fine(double yuan) {
        return new PenaltyProvisions.Asked(PenaltyKind.FINE, yuan, null, null, null, null);
    }

    private static final PenaltyProvisions.Asked WARNING = new PenaltyProvisions.Asked(PenaltyKind.WARNING, null, null, null, null, null);

    @Test
    void aWarningBesideAFineWhereTheArticleGivesOneOrTheOtherIsRefusedAsTogether() {
        var answer = provisions.fit(151, PartyType.INDIVIDUAL, new PenaltyProvisions.Request(fine(200), List.of(WARNING), false, false), null);
        assertThat(answer.check().fit()).isEqualTo(ArticleFit.KINDS_NOT_TOGETHER);
        assertThat(answer.kindsAsked()).containsExactlyInAnyOrder(PenaltyKind.FINE, PenaltyKind.WARNING);
    }

    @Test
    void theSameKindsAskedOneOrTheOtherAreNotRefusedAsTogether() {
        var answer = provisions.fit(151, PartyType.INDIVIDUAL, new PenaltyProvisions.Request(fine(200), List.of(WARNING), true, false), null);
        assertThat(answer.check().fit()).isEqualTo(ArticleFit.FITS);
        assertThat(answer.decisive()).isNull();
    }

    @Test
    void aFineAboveTheRangeSaidBesideAWarningDecidesAndIsNamed() {
        var answer = provisions.fit(151, PartyType.INDIVIDUAL, new PenaltyProvisions.Request(WARNING, List.of(fine(800)), true, false), null);
        assertThat(answer.check().fit()).isEqualTo(ArticleFit.OUT_OF_RANGE);
        assertThat(answer.decisive()).isEqualTo(PenaltyKind.FINE);
    }
}
