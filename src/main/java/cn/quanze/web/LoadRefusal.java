package cn.quanze.web;

import cn.quanze.catalogue.CatalogueException;
import cn.quanze.catalogue.LintProblem;
import cn.quanze.vetting.PatternCatalogueException;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why the data or rules were refused, in Chinese, for a clerk or an operator: file names relative to the
 * project folder with their line, never a server path, a Java class name or the rule compiler's output
 * (that goes to the service log).
 */
public record LoadRefusal(String code, String message) {

    private static final int MAX_LISTED = 10;
    private static final Pattern DRL = Pattern.compile("rules/[^\\s:\\]\\[,]+\\.drl");
    private static final Pattern LINE = Pattern.compile("(?i)line (\\d+)");

    /** The refusal a start or reload failure stands for; null when it is not a refusal of data or rules. */
    public static LoadRefusal of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CatalogueException ce) return data(ce.problems());
            if (t instanceof PatternCatalogueException pe) {
                String file = fileName(pe.file());
                return new LoadRefusal("VETTING_DATA_REFUSED", "审查规则数据未通过校验：" + file
                        + (pe.line() > 0 ? " 第 " + pe.line() + " 行" : "") + "：" + stripPaths(pe.problem()) + "。");
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && java.util.Arrays.stream(t.getStackTrace())
                    .anyMatch(f -> f.getClassName().endsWith(".VettingSettings"))) {
                return new LoadRefusal("VETTING_DATA_REFUSED",
                        "审查设置 catalog/vetting-settings.properties 中有取值超出允许范围。");
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException ise && ise.getMessage() != null
                    && (ise.getMessage().contains("规则") || ise.getMessage().contains(".drl"))) {
                return rules(ise.getMessage());
            }
        }
        return null;
    }

    private static LoadRefusal data(List<LintProblem> problems) {
        String listed = problems.stream().limit(MAX_LISTED).map(p -> stripPaths(p.toString())).collect(Collectors.joining("；"));
        String more = problems.size() > MAX_LISTED ? "；另有 " + (problems.size() - MAX_LISTED) + " 处（./quanze catalogue lint 可列出全部）" : "";
        return new LoadRefusal("DATA_REFUSED", "清单数据未通过校验，共 " + problems.size() + " 处问题：" + listed + more + "。");
    }

    private static LoadRefusal rules(String compilerOutput) {
        Set<String> files = new LinkedHashSet<>();
        Matcher m = DRL.matcher(compilerOutput);
        while (m.find()) files.add(m.group());
        Matcher l = LINE.matcher(compilerOutput);
        String line = l.find() ? "（第 " + l.group(1) + " 行附近）" : "";
        String where = files.isEmpty() ? "规则文件" : "规则文件 " + String.join("、", files) + (files.size() == 1 ? line : "");
        return new LoadRefusal("RULES_REFUSED", where + "未能编译；编译器的详细输出已写入服务日志。");
    }

    static String fileName(String file) {
        if (file == null || file.isEmpty()) return "（未知文件）";
        Path p = Path.of(file);
        Path parent = p.getParent();
        return (parent != null && parent.getFileName() != null ? parent.getFileName() + "/" : "") + p.getFileName();
    }

    /** Absolute paths reduced to their last two parts (catalog/x.tsv), so no server layout is shown. */
    static String stripPaths(String s) {
        if (s == null) return "";
        return s.replaceAll("(?:/[^/\\s：:，,）)]+)*/([^/\\s：:，,）)]+/[^/\\s：:，,）)]+)", "$1");
    }
}
