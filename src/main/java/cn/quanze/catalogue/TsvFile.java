package cn.quanze.catalogue;

import java.io.IOException;
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
public record TsvFile(String fileName, byte[] bytes, Map<String, String> metadata, List<String> header, List<Row> rows) {

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
                    "无法读取文件：" + e.getMessage())));
        }
    }

    public static TsvFile parse(String fileName, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Map<String, String> metadata = new LinkedHashMap<>();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            if (line.startsWith("#@")) {
                int colon = line.indexOf(':');
                if (colon > 0) metadata.put(line.substring(2, colon).trim(), line.substring(colon + 1).trim());
                continue;
            }
            if (line.startsWith("#")) continue;
            List<String> cells = List.of(line.split("\t", -1)).stream().map(String::strip).toList();
            if (header == null) header = cells;
            else rows.add(new Row(i + 1, cells));
        }
        return new TsvFile(fileName, bytes, Map.copyOf(metadata), header == null ? List.of() : header, List.copyOf(rows));
    }
}
