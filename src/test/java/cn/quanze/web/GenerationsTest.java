package cn.quanze.web;

import cn.quanze.QuanzeFixture;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reload swaps in new data and rules; requests in flight finish on the old ones; bad data never replaces good. */
class GenerationsTest {

    @TempDir
    Path home;

    private void copyProject() throws Exception {
        for (String dir : List.of("catalog", "rules")) {
            Files.createDirectories(home.resolve(dir));
            try (Stream<Path> files = Files.list(QuanzeFixture.home().resolve(dir))) {
                for (Path f : files.toList()) Files.copy(f, home.resolve(dir).resolve(f.getFileName()));
            }
        }
    }

    @Test
    void reloadServesTheEditedDataAndRefusesBrokenData() throws Exception {
        copyProject();
        try (Generations g = new Generations(home)) {
            String before = g.view().catalogueInfo().path("sha256").asText();
            Path synonyms = home.resolve("catalog/synonyms.tsv");
            Files.writeString(synonyms, Files.readString(synonyms, StandardCharsets.UTF_8) + "焚烧秸秆\t点麦秸\n", StandardCharsets.UTF_8);
            g.reload();
            String after = g.view().catalogueInfo().path("sha256").asText();
            assertThat(after).isNotEqualTo(before);
            try (Generations.Lease l = g.lease()) {
                assertThat(l.quanze().data().sha256()).isEqualTo(after);
            }

            Path catalogue = home.resolve("catalog/township-powers-2023.tsv");
            Files.writeString(catalogue, Files.readString(catalogue, StandardCharsets.UTF_8).replaceFirst("\n57\t", "\n58\t"), StandardCharsets.UTF_8);
            assertThatThrownBy(g::reload).hasMessageContaining("序号");
            assertThat(g.view().catalogueInfo().path("sha256").asText()).as("still the good data").isEqualTo(after);
        }
    }

    @Test
    void requestsDuringReloadsAllGetAnswers() throws Exception {
        copyProject();
        try (Generations g = new Generations(home)) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<Decision>> answers = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    answers.add(pool.submit(() -> {
                        try (Generations.Lease l = g.lease()) {
                            return l.quanze().authority().decide(new AuthorityRequest("x", "东冶镇", 121, null, null, null, null));
                        }
                    }));
                    if (i % 100 == 50) g.reload();
                }
                for (Future<Decision> f : answers) assertThat(f.get().verdict().name()).isEqualTo("PERMITTED");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
