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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lint accepts the real data and refuses deliberately broken copies, naming file, line and item. */
class CatalogueLintTest {

    @TempDir
    Path tmp;

    private Path copy() throws IOException {
        Path src = QuanzeFixture.home().resolve("catalog");
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : files.toList()) Files.copy(f, tmp.resolve(f.getFileName()));
        }
        return tmp;
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path p = tmp.resolve(file);
        Files.writeString(p, change.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void realDataPassesLint() {
        assertThat(CatalogueLoader.lint(QuanzeFixture.home().resolve("catalog"))).isEmpty();
    }

    @Test
    void numberingGapIsRefusedWithLineAndItem() throws IOException {
        copy();
        edit(CatalogueLoader.CATALOGUE, s -> s.replaceFirst("\n57\t", "\n58\t"));
        List<LintProblem> problems = CatalogueLoader.lint(tmp);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.CATALOGUE);
            assertThat(p.item()).isEqualTo(58);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("序号");
        });
    }

    @Test
    void missingItemIsRefused() throws IOException {
        copy();
        edit(CatalogueLoader.CATALOGUE, s -> s.replaceAll("\n100\t[^\n]*", ""));
        assertThat(CatalogueLoader.lint(tmp)).extracting(LintProblem::message)
                .anySatisfy(m -> assertThat(m).contains("缺少第 100 项"))
                .anySatisfy(m -> assertThat(m).contains("应有 152 项"));
    }

    @Test
    void unparsableCitationIsRefusedWithTheItem() throws IOException {
        copy();
        edit(CatalogueLoader.CATALOGUE, s -> s.replace("《中华人民共和国河道管理条例》(1988年国务院令第3号,2018年修订)第四十四条",
                "《中华人民共和国河道管理条例》(1988年国务院令第3号,2018年修订)第四十四条及有关规定"));
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo(120);
            assertThat(p.message()).contains("职权依据");
        });
    }

    @Test
    void duplicateAliasIsRefused() throws IOException {
        copy();
        // give 建安镇 the alias 东冶, which already belongs to 东冶镇人民政府
        edit(CatalogueLoader.BODIES, s -> s.replaceFirst("(\n建安镇人民政府\tTOWNSHIP_GOVERNMENT\t\t)", "$1东冶|"));
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.BODIES);
            assertThat(p.message()).contains("东冶").contains("重复");
        });
    }

    @Test
    void unknownPowerTypeIsRefused() throws IOException {
        copy();
        edit(CatalogueLoader.CATALOGUE, s -> s.replaceFirst("\n5\t行政许可\t", "\n5\t行政审批\t"));
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> {
            assertThat(p.item()).isEqualTo(5);
            assertThat(p.message()).contains("行政审批");
        }).anySatisfy(p -> assertThat(p.message()).contains("公报所列 5 项"));
    }

    @Test
    void gazetteerTownshipMustExist() throws IOException {
        copy();
        edit(CatalogueLoader.GAZETTEER, s -> s.replaceFirst("\n东冶镇\t", "\n东治镇\t"));
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.GAZETTEER);
            assertThat(p.message()).contains("东治镇");
        });
    }

    @Test
    void halfEditedFileIsNeverServedPartially() throws IOException {
        copy();
        edit(CatalogueLoader.CATALOGUE, s -> s.substring(0, s.indexOf("\n80\t")));
        assertThatThrownBy(() -> CatalogueLoader.load(tmp)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("应有 152 项");
    }

    @Test
    void overrideWithoutAReasonIsRefused() throws IOException {
        copy();
        edit(CatalogueLoader.OVERRIDES, s -> s + "11\tacts\tHANDLE\t\n");
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> assertThat(p.message()).contains("理由"));
    }

    @Test
    void shaChangesWhenAnyDataFileChanges() throws IOException {
        copy();
        String before = CatalogueLoader.load(tmp).sha256();
        edit(CatalogueLoader.SYNONYMS, s -> s + "秸秆\t麦秸\n");
        assertThat(CatalogueLoader.load(tmp).sha256()).isNotEqualTo(before).hasSize(64);
    }

    @Test
    void revisionOfALawTheCatalogueDoesNotCiteIsRefused() throws IOException {
        copy();
        edit(CatalogueLoader.REVISIONS, t -> t.replace("中华人民共和国文物保护法\t", "中华人民共和国文物法\t"));
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.REVISIONS);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("中华人民共和国文物法");
        });
    }

    @Test
    void revisionsKnowWhichItemsCiteTheLaw() {
        var revisions = CatalogueLoader.load(QuanzeFixture.home().resolve("catalog")).revisions();
        assertThat(revisions).anySatisfy(r -> {
            assertThat(r.source()).isEqualTo("中华人民共和国农产品质量安全法");
            assertThat(r.items()).containsExactlyInAnyOrder(67, 122, 123);
        });
    }

    @Test
    void anOverlapOfAnItemWithItselfOrNoItemIsRefused() throws IOException {
        copy();
        edit(CatalogueLoader.CONDUCT_ELEMENTS, s -> s.replace("#@ overlaps: 105>111|99=120", "#@ overlaps: 105=105|99=999"));
        var messages = CatalogueLoader.lint(tmp).stream().map(LintProblem::message).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("105=105"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("99=999"));
    }

    @Test
    void overlappingItemsAreReadBothWays() {
        var elements = CatalogueLoader.load(QuanzeFixture.home().resolve("catalog")).conductElements();
        assertThat(elements.overlapping(99)).containsExactly(120);
        assertThat(elements.overlapping(120)).containsExactly(99);
        assertThat(elements.prevailingOver(111)).containsExactly(105);
        assertThat(elements.prevailingOver(105)).isEmpty();
        assertThat(elements.overlapping(111)).isEmpty();
    }

    @Test
    void vocabularyMissingARowIsRefused() throws IOException {
        copy();
        edit(CatalogueLoader.VOCABULARY, s -> s.replaceAll("\nACT\tMEDIATE\t[^\n]*", ""));
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.VOCABULARY);
            assertThat(p.message()).contains("ACT MEDIATE");
        });
    }

    @Test
    void vocabularyUnknownCodeIsRefusedWithLine() throws IOException {
        copy();
        edit(CatalogueLoader.VOCABULARY, s -> s + "ACT\tDEMOLISH\t强拆\t实施强拆\t\t强拆\n");
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.VOCABULARY);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("DEMOLISH");
        });
    }

    @Test
    void vocabularyBadRegexIsRefusedWithLine() throws IOException {
        copy();
        edit(CatalogueLoader.VOCABULARY, s -> s.replace("调解|调处|说和|劝和|调停", "调解|(调处"));
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.VOCABULARY);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("正则");
        });
        assertThatThrownBy(() -> CatalogueLoader.load(tmp)).isInstanceOf(CatalogueException.class);
    }

    @Test
    void vocabularyItemWordOrderMayNotRepeat() throws IOException {
        copy();
        edit(CatalogueLoader.VOCABULARY, s -> s.replace("调解(30)", "调解(3)"));
        assertThat(CatalogueLoader.lint(tmp)).anySatisfy(p -> assertThat(p.message()).contains("序号 3"));
    }
}
