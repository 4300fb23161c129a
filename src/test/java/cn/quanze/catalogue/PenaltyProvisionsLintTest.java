package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The penalty provisions and the legal parameters are refused, with file, line and item, when they are wrong. */
class PenaltyProvisionsLintTest {

    @TempDir
    Path tmp;

    private List<LintProblem> lintAfter(String file, UnaryOperator<String> change) throws IOException {
        try (Stream<Path> files = Files.list(QuanzeFixture.home().resolve("catalog"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, tmp.resolve(f.getFileName()));
        }
        Path p = tmp.resolve(file);
        Files.writeString(p, change.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return CatalogueLoader.lint(tmp);
    }

    /** Some problem is reported for this item, its message naming what is wrong. */
    private static void assertRefusedFor(List<LintProblem> problems, int item, String saying) {
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo(item);
            assertThat(p.message()).contains(saying);
        });
    }

    @Test
    void everyPenaltyItemHasRowsOrAnExplicitNotFound() throws IOException {
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceAll("\n121\t[^\n]*", ""));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.PENALTY_PROVISIONS);
            assertThat(p.item()).isEqualTo(121);
            assertThat(p.message()).contains("NOT_FOUND");
        });
    }

    @Test
    void aKindsGroupOfOneJoinedByABarIsRefused() throws IOException {
        // “|” joins kinds the article gives one or the other of (警告或者罚款); a group of one kind says nothing
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replace("\tWARNING|FINE,DETENTION\t", "\tWARNING|WARNING,FINE,DETENTION\t"));
        assertRefusedFor(problems, 149, "择一给予");
    }

    @Test
    void kindsJoinedByABarAreReadAsOneOrTheOther() throws IOException {
        assertThat(lintAfter(CatalogueLoader.PENALTY_PROVISIONS, UnaryOperator.identity())).isEmpty();
        var provisions = CatalogueLoader.load(QuanzeFixture.home().resolve("catalog")).penaltyProvisions();
        var individual = provisions.of(151).stream().filter(r -> r.party() == PartyType.INDIVIDUAL).findFirst().orElseThrow();
        assertThat(individual.kinds()).containsExactlyInAnyOrder(PenaltyKind.WARNING, PenaltyKind.FINE);
        assertThat(individual.together(java.util.Set.of(PenaltyKind.WARNING, PenaltyKind.FINE))).isFalse();
        assertThat(individual.describe()).contains("警告或者罚款500元以下");
        assertThat(provisions.of(147).get(0).together(java.util.Set.of(PenaltyKind.WARNING, PenaltyKind.FINE))).isTrue();
    }

    @Test
    void aRangeWhoseMinimumExceedsItsMaximumIsRefused() throws IOException {
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replace("YUAN 500-2000", "YUAN 2000-500"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo(102);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("下限大于上限");
        });
    }

    @Test
    void aVerifiedRowWithoutItsTextOrAnUnknownKindIsRefused() throws IOException {
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceFirst("\tWARNING,FINE\t", "\tWARNING,CANING\t"));
        assertThat(problems).extracting(LintProblem::message).anySatisfy(m -> assertThat(m).contains("CANING"));
    }

    @Test
    void aConfiscatingRowMustSayWhatItTakes() throws IOException {
        // item 120: 河道管理条例第四十四条 confiscates 非法所得 only
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceFirst("(\n120\t[^\n]*)\tGAINS\t-\t-\n", "$1\t-\t-\t-\n"));
        assertRefusedFor(problems, 120, "须写明没收之物");
    }

    @Test
    void anUnknownThingToConfiscateIsRefused() throws IOException {
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceFirst("(\n120\t[^\n]*)\tGAINS\t-\t-\n", "$1\tHOUSES\t-\t-\n"));
        assertThat(problems).extracting(LintProblem::message).anySatisfy(m -> assertThat(m).contains("HOUSES"));
    }

    @Test
    void aRowThatDoesNotConfiscateNamesNothingToTake() throws IOException {
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceFirst("(\n98\t[^\n]*)\t-\t-\t-\n", "$1\tTOOLS\t-\t-\n"));
        assertRefusedFor(problems, 98, "不含 CONFISCATION");
    }

    @Test
    void aRestrictingRowMustSayWhichForm() throws IOException {
        // item 137: 安全生产法第一百零五条 gives 责令停产停业整顿 only
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceFirst("(\n137\t[^\n]*)\tSUSPEND\n", "$1\t-\n"));
        assertRefusedFor(problems, 137, "须写明限制生产经营的形式");
    }

    @Test
    void anUnknownFormOfRestrictionIsRefused() throws IOException {
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceFirst("(\n137\t[^\n]*)\tSUSPEND\n", "$1\tSUSPEND,SHUTDOWN\n"));
        assertRefusedFor(problems, 137, "SHUTDOWN");
    }

    @Test
    void aRowThatDoesNotRestrictNamesNoForm() throws IOException {
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceFirst("(\n98\t[^\n]*)\t-\t-\t-\n", "$1\t-\t-\tCLOSE\n"));
        assertRefusedFor(problems, 98, "不含 BUSINESS_RESTRICTION");
    }

    @Test
    void aConductScopeWithAnEmptyWordIsRefused() throws IOException {
        // item 139: 森林法第七十四条第二款 is written for 幼林地 + 放牧; a stray "|" leaves a word empty
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replace("\t幼林|", "\t幼林||"));
        assertRefusedFor(problems, 139, "适用行为");
    }

    @Test
    void aRowForAnItemThatIsNoPenaltyItemIsRefused() throws IOException {
        var problems = lintAfter(CatalogueLoader.PENALTY_PROVISIONS, s -> s.replaceFirst("\n98\t", "\n45\t"));
        assertRefusedFor(problems, 45, "不是清单中的行政处罚事项");
    }

    @Test
    void aMissingLegalFigureIsRefused() throws IOException {
        var problems = lintAfter(CatalogueLoader.PARAMETERS, s -> s.replaceAll("\nsimplified-procedure.fine.organization[^\n]*", ""));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.PARAMETERS);
            assertThat(p.message()).contains("simplified-procedure.fine.organization");
        });
    }

    @Test
    void theRealDataCoversEveryPenaltyItem() {
        var d = QuanzeFixture.quanze().data();
        var c = d.penaltyProvisions().coverage();
        assertThat(c.itemsVerified() + c.itemsPartly() + c.itemsUnverified()).isEqualTo(55);
        assertThat(c.rowsVerified()).isGreaterThanOrEqualTo(80);
    }
}
