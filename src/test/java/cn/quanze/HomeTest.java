package cn.quanze;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where catalog/ and rules/ are read from: --data-dir when it holds them, else the project folder. */
class HomeTest {

    @TempDir
    Path tmp;

    @AfterEach
    void reset() {
        Home.useDataDir(null);
    }

    @Test
    void aDataDirWithoutTheListsKeepsTheProjectFolderAndHoldsTheLog() {
        Home.useDataDir(tmp);
        assertThat(Home.get()).isEqualTo(QuanzeFixture.home());
        assertThat(Home.dataDir()).isEqualTo(tmp.toAbsolutePath().normalize());
    }

    @Test
    void aDataDirWithTheListsIsUsedInstead() throws Exception {
        Files.createDirectories(tmp.resolve("catalog"));
        Files.createDirectories(tmp.resolve("rules"));
        Home.useDataDir(tmp);
        assertThat(Home.get()).isEqualTo(tmp.toAbsolutePath().normalize());
    }

    @Test
    void aDataDirWithTheCatalogueButNoRulesIsRefusedInChinese() throws Exception {
        Files.createDirectories(tmp.resolve("catalog"));
        Home.useDataDir(tmp);
        assertThatThrownBy(Home::get).isInstanceOf(Home.HomeException.class).hasMessageContaining("没有 rules/");
    }

    @Test
    void theBuiltInCopyExportsBothFolders() throws Exception {
        Home.exportBuiltIn(tmp.resolve("out"));
        assertThat(tmp.resolve("out/catalog/township-powers-2023.tsv")).hasSameTextualContentAs(
                QuanzeFixture.home().resolve("catalog/township-powers-2023.tsv"));
        assertThat(tmp.resolve("out/rules/scope.drl")).isRegularFile();
        assertThat(tmp.resolve("out/catalog/sources")).doesNotExist();
    }
}
