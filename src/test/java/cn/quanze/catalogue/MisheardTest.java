package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** catalog/misheard.tsv: words written as they sound are put right before a question is read, and a bad row is refused. */
class MisheardTest {

    @TempDir
    Path tmp;

    private List<LintProblem> lintWith(String row) throws IOException {
        try (Stream<Path> files = Files.list(QuanzeFixture.home().resolve("catalog"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, tmp.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path p = tmp.resolve(CatalogueLoader.MISHEARD);
        Files.writeString(p, Files.readString(p, StandardCharsets.UTF_8) + row + "\n", StandardCharsets.UTF_8);
        return CatalogueLoader.lint(tmp);
    }

    @Test
    void a_dictated_question_reads_with_the_official_words() {
        Misheard m = QuanzeFixture.quanze().data().misheard();
        assertThat(m.correct("村委会补选结果镇正府被案行不行")).isEqualTo("村委会补选结果镇政府备案行不行");
        assertThat(m.correct("经济适用住房资格乡里直接审皮确定")).isEqualTo("经济适用住房资格乡里直接审批确定");
        assertThat(m.correct("他被案件牵连了")).as("被案件 is no 备案").isEqualTo("他被案件牵连了");
        assertThat(m.correct("县检察院来函")).as("检察院 is left alone").isEqualTo("县检察院来函");
        assertThat(m.correct("县财政已经下发款项")).as("下发款项 is no 罚款").isEqualTo("县财政已经下发款项");
        assertThat(m.correct("房子勉强差不多盖好了")).as("勉强差不多 is no 强拆").isEqualTo("房子勉强差不多盖好了");
        assertThat(m.correct("低保后还困难的，乡里兜底保障")).isEqualTo("低保后还困难的，乡里兜底保障");
        assertThat(m.correct(null)).isNull();
    }

    @Test
    void the_shipped_table_passes_its_lint() throws IOException {
        assertThat(lintWith("")).isEmpty();
    }

    @Test
    void a_wrong_writing_that_is_in_an_item_name_is_refused() throws IOException {
        assertThat(lintWith("审核\t审批\t把名称里的词当错字")).anySatisfy(p -> assertThat(p.message()).contains("项名称中"));
    }

    @Test
    void a_right_word_that_is_itself_wrong_and_a_broken_pattern_are_refused() throws IOException {
        assertThat(lintWith("罚\t罚款\t改了又改")).anySatisfy(p -> assertThat(p.message()).contains("反复"));
        assertThat(lintWith("审(皮\t审批\t括号不配对")).anySatisfy(p -> assertThat(p.message()).contains("正则"));
    }
}
