package cn.quanze.cli;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, point 6: serve with bad data prints one Chinese paragraph naming file and line, exits 2, no stack trace. */
class ServeRefusesBadDataTest extends CommandLineFixture {
    private final String project = System.getProperty("quanze.home");

    @org.junit.jupiter.api.AfterEach
    void restoreHome() {
        if (project == null) System.clearProperty("quanze.home");
        else System.setProperty("quanze.home", project);
    }

    private Path copyHome() throws Exception {
        Path home = tmp.resolve("home");
        for (String dir : List.of("catalog", "rules")) {
            Files.createDirectories(home.resolve(dir));
            try (Stream<Path> files = Files.list(QuanzeFixture.home().resolve(dir))) {
                for (Path f : files.toList()) Files.copy(f, home.resolve(dir).resolve(f.getFileName()));
            }
        }
        return home;
    }

    private void assertOneParagraph(String err) {
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("服务未启动：").doesNotContain("Exception", "\tat ", "org.springframework", "cn.quanze.");
    }

    @Test
    @DisplayName("坏的 #@ date：退出码 2，一段中文说明文件和行号")
    void badDateHeader() throws Exception {
        Path home = copyHome();
        Path f = home.resolve("catalog/issuers-2023.tsv");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("#@ date: 2023-06-29", "#@ date: 2023年6月29日"), StandardCharsets.UTF_8);
        System.setProperty("quanze.home", home.toString());
        assertThat(run("serve", "--port", "0", "--data-dir", tmp.resolve("data").toString())).isEqualTo(2);
        assertOneParagraph(stderr());
        assertThat(stderr()).contains("issuers-2023.tsv:7").contains("#@ date").doesNotContain(home.toString());
    }

    @Test
    @DisplayName("事项名称里的无效 UTF-8：拒绝整套数据，指出文件和行号")
    void invalidUtf8InAnItemName() throws Exception {
        Path home = copyHome();
        Path f = home.resolve("catalog/township-powers-2023.tsv");
        byte[] b = Files.readAllBytes(f);
        String text = new String(b, StandardCharsets.UTF_8);
        int at = text.indexOf("\n121\t");
        int line = (int) text.substring(0, at + 1).chars().filter(c -> c == '\n').count() + 1;
        int byteAt = text.substring(0, at + 8).getBytes(StandardCharsets.UTF_8).length;
        b[byteAt] = (byte) 0xC3;
        b[byteAt + 1] = (byte) 0x28;
        Files.write(f, b);
        System.setProperty("quanze.home", home.toString());
        assertThat(run("serve", "--port", "0", "--data-dir", tmp.resolve("data").toString())).isEqualTo(2);
        assertOneParagraph(stderr());
        assertThat(stderr()).contains("township-powers-2023.tsv:" + line).contains("UTF-8");
        assertThat(run("catalogue", "lint")).isNotZero();
    }

    @Test
    @DisplayName("serve --host 不是本机地址时打印中文警告")
    void openHostWarns() throws Exception {
        Path home = copyHome();
        Files.delete(home.resolve("catalog/bodies.tsv"));
        System.setProperty("quanze.home", home.toString());
        assertThat(run("serve", "--host", "0.0.0.0", "--port", "0", "--data-dir", tmp.resolve("data").toString())).isEqualTo(2);
        assertThat(stderr()).contains("警告：服务将监听 0.0.0.0").contains("bodies.tsv");
    }
}
