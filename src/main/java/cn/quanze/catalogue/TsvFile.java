package cn.quanze.catalogue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewable tab-separated data file: {@code #} comment lines, {@code #@ key: value} metadata,
 * one header row, then rows. Every row keeps its line number so problems can be reported
 * as file:line.
 */
public record TsvFile(String fileName, byte[] bytes, Map<String, String> metadata, Map<String, Integer> metadataLines,
                      List<String> header, int headerLine, List<Row> rows) {

    public record Row(int line, List<String> cells) {
        public String get(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    public static TsvFile read(Path path) {
        try {
            return parse(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new CatalogueException(List.of(new LintProblem(path.getFileName().toString(), 0, 0,
                    "无法读取文件（权限不足或读取出错）")));
        }
    }

    /** The line of a {@code #@ key:} header, 0 when absent. */
    public int metadataLine(String key) {
        return metadataLines.getOrDefault(key, 0);
    }

    /** Refuses bytes that are not UTF-8, naming every line that holds some (never served garbled). */
    static String decode(String fileName, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            List<LintProblem> problems = new ArrayList<>();
            int line = 1, start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException bad) {
                        problems.add(new LintProblem(fileName, line, 0, "含有无效的 UTF-8 字节；文件须以 UTF-8 编码保存"));
                    }
                    line++;
                    start = i + 1;
                }
            }
            if (problems.isEmpty()) problems.add(new LintProblem(fileName, 0, 0, "含有无效的 UTF-8 字节；文件须以 UTF-8 编码保存"));
            throw new CatalogueException(problems);
        }
    }

    public static TsvFile parse(String fileName, byte[] bytes) {
        String text = decode(fileName, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, Integer> metadataLines = new LinkedHashMap<>();
        List<String> header = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            if (line.startsWith("#@")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    metadata.put(line.substring(2, colon).trim(), line.substring(colon + 1).trim());
                    metadataLines.put(line.substring(2, colon).trim(), i + 1);
                }
                continue;
            }
            if (line.startsWith("#")) continue;
            List<String> cells = List.of(line.split("\t", -1)).stream().map(String::strip).toList();
            if (header == null) {
                header = cells;
                headerLine = i + 1;
            }
            else rows.add(new Row(i + 1, cells));
        }
        return new TsvFile(fileName, bytes, Map.copyOf(metadata), Map.copyOf(metadataLines), header == null ? List.of() : header, headerLine, List.copyOf(rows));
    }
}
