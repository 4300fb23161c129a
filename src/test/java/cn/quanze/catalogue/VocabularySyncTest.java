package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import cn.quanze.decision.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * catalog/vocabulary.tsv and the code stay in step (after petclinic's I18nPropertiesSyncTest): every
 * enum constant has a named row, no row names a code the program lacks, and no act or verdict name is
 * written again as a literal in src/main.
 */
class VocabularySyncTest {

    private static final Path HOME = QuanzeFixture.home();

    /** Word lists that strip act words from conduct (not names shown to anyone). */
    private static final Set<String> MATCHING_WORD_LISTS = Set.of("ItemMatcher.java");

    /** 报县里批准 is rewritten to the token 转报 that the forward pattern then reads: a matching token, not a name. */
    private static final Set<String> MATCHING_TOKENS = Set.of("QuestionReader.java 转报");

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Act.class, PenaltyKind.class, PartyType.class,
            Verdict.class, PowerType.class, Confiscated.class, cn.quanze.catalogue.Restriction.class, cn.quanze.catalogue.EnforcementManner.class,
            cn.quanze.catalogue.ProceedsUse.class, cn.quanze.catalogue.Venue.class);

    @Test
    void everyEnumConstantHasARowWithAName() {
        Vocabulary v = QuanzeFixture.quanze().data().vocabulary();
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> c : type.getEnumConstants()) {
                Vocabulary.Kind kind = Vocabulary.Kind.values()[ENUMS.indexOf(type)];
                assertThat(kind.codes()).as(kind + " 的代码与 " + type.getSimpleName() + " 一致").contains(c.name());
                assertThat(v.label(kind, c.name())).as(type.getSimpleName() + "." + c.name()).isNotBlank();
                assertThat(v.entries()).anySatisfy(e -> assertThat(e.kind() + " " + e.code()).isEqualTo(kind + " " + c.name()));
            }
        }
        for (Vocabulary.Kind kind : Vocabulary.Kind.values()) {
            assertThat(kind.codes()).hasSize(ENUMS.get(kind.ordinal()).getEnumConstants().length);
        }
        assertThat(v.entries()).hasSize(ENUMS.stream().mapToInt(t -> t.getEnumConstants().length).sum());
    }

    @Test
    void noRowNamesAnUnknownCode() {
        TsvFile f = TsvFile.read(HOME.resolve("catalog").resolve(CatalogueLoader.VOCABULARY));
        for (TsvFile.Row row : f.rows()) {
            Vocabulary.Kind kind = Vocabulary.Kind.valueOf(row.get(0));
            Class<? extends Enum<?>> type = ENUMS.get(kind.ordinal());
            assertThat(Stream.of(type.getEnumConstants()).map(Enum::name))
                    .as("第 %d 行 %s", row.line(), row.get(1)).contains(row.get(1));
        }
    }

    @Test
    void everyActHasAQuizPhraseAndAQuestionPattern() {
        Vocabulary v = QuanzeFixture.quanze().data().vocabulary();
        for (Act a : Act.values()) {
            assertThat(v.quizPhrase(a)).isNotBlank();
            assertThat(v.question(a).pattern()).isNotBlank();
        }
        for (PenaltyKind k : PenaltyKind.values()) assertThat(v.question(k).pattern()).isNotBlank();
        assertThat(v.itemWords()).extracting(Map.Entry::getKey).startsWith("审核转报", "审查审核", "审批", "审核");
    }

    @Test
    void enumLabelsAreTheTablesNames() {
        Vocabulary v = QuanzeFixture.quanze().data().vocabulary();
        assertThat(Act.FILE.label()).isEqualTo(v.label(Act.FILE)).isEqualTo("备案");
        assertThat(Verdict.CONDITIONAL.label()).isEqualTo("有条件可以");
        assertThat(PowerType.PENALTY.label()).isEqualTo("行政处罚");
    }

    @Test
    void noActOrVerdictNameIsHardCodedInMainSources() throws IOException {
        Vocabulary v = QuanzeFixture.quanze().data().vocabulary();
        List<String> names = new ArrayList<>();
        for (Act a : Act.values()) names.add(v.label(a));
        for (Verdict d : Verdict.values()) names.add(v.label(Vocabulary.Kind.VERDICT, d.name()));
        Path main = HOME.resolve("src/main");
        List<Path> sources;
        try (Stream<Path> s = Files.walk(main)) {
            sources = s.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".js"))
                    .filter(p -> !MATCHING_WORD_LISTS.contains(p.getFileName().toString())).toList();
        }
        assertThat(sources).isNotEmpty();
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'");
        List<String> found = new ArrayList<>();
        for (Path p : sources) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) continue;
                Matcher m = literal.matcher(line);
                while (m.find()) {
                    String text = m.group(1) != null ? m.group(1) : m.group(2);
                    if (names.contains(text) && !MATCHING_TOKENS.contains(p.getFileName() + " " + text)) found.add(main.relativize(p) + ":" + (i + 1) + " “" + text + "”");
                }
            }
        }
        assertThat(found).as("these names belong in catalog/vocabulary.tsv").isEmpty();
    }
}
