package cn.quanze.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office install: target/quanze.jar, copied alone into a folder outside the repository, answers from
 * there with the data and rules it carries; --data-dir takes an edited copy instead; serve starts.
 */
class RunnableJarIT {

    @TempDir
    static Path office;

    static Path jar;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void installTheJarAlone() throws IOException {
        Path built = Path.of(System.getProperty("quanze.jar", "target/quanze.jar")).toAbsolutePath();
        Path project = Path.of(System.getProperty("quanze.project", ".")).toAbsolutePath().normalize();
        assertThat(built).as("mvn package builds target/quanze.jar").isRegularFile();
        assertThat(built.getParent().resolve("quanze.cmd")).as("quanze.cmd beside the jar").isRegularFile();
        assertThat(office.toAbsolutePath().normalize().startsWith(project)).as("the office folder is outside the repository").isFalse();
        jar = Files.copy(built, office.resolve("quanze.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    record Run(int exit, String out, String err) {
    }

    static Run java(Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(office, "out", ".txt"), err = Files.createTempFile(office, "err", ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finishes").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void answersAStructuredQuestionFromAnUnrelatedFolder() throws Exception {
        Path elsewhere = Files.createDirectories(office.resolve("某科室"));
        Run r = java(elsewhere, "check", "--body", "东冶", "--item", "150", "--facts",
                "{\"partyType\":\"INDIVIDUAL\",\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":500}}", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode d = JSON.readTree(r.out());
        assertThat(d.path("verdict").asText()).isEqualTo("NOT_PERMITTED");
        assertThat(d.path("reasons").findValuesAsText("code")).contains("SIMPLIFIED_PROCEDURE_LIMIT");
        assertThat(d.path("body").path("name").asText()).isEqualTo("东冶镇人民政府");
        assertThat(d.path("catalogue").path("sha256").asText()).hasSize(64);
        assertThat(elsewhere.resolve("catalog")).doesNotExist();
    }

    @Test
    void anEditedCopyGivenWithDataDirIsUsedInstead() throws Exception {
        Path data = office.resolve("本单位数据");
        Run export = java(office, "export-data", data.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(data.resolve("catalog/township-powers-2023.tsv")).isRegularFile();
        assertThat(data.resolve("rules/scope.drl")).isRegularFile();

        Run builtIn = java(office, "catalogue");
        Path tsv = data.resolve("catalog/synonyms.tsv");
        Files.writeString(tsv, Files.readString(tsv, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        Run edited = java(office, "catalogue", "--data-dir", data.toString());
        assertThat(builtIn.exit()).isZero();
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(sha(edited.out())).as("the edited copy is read (its SHA-256 differs)").isNotEqualTo(sha(builtIn.out()));
    }

    private static String sha(String out) {
        Matcher m = Pattern.compile("SHA-256：(\\p{XDigit}{64})").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void servesThePageAndTheApiFromAnUnrelatedFolder() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "serve", "--port", "0");
        Process p = new ProcessBuilder(cmd).directory(office.toFile()).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String port = null;
            StringBuilder seen = new StringBuilder();
            for (String line; port == null && (line = in.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = Pattern.compile("http://localhost:(\\d+)/").matcher(line);
                if (m.find()) port = m.group(1);
            }
            assertThat(port).as(seen.toString()).isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> item = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/catalogue/items/121")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(item.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(item.body()).path("id").asInt()).isEqualTo(121);
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.body()).contains("权限查询");
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }
}
