package cn.quanze.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads and checks catalog/legal-parameters.tsv. */
final class LegalParametersReader {

    static final List<String> HEADER = List.of("key", "value", "unit", "from", "source", "edition", "provision", "status", "quote");

    private final TsvFile f;
    private final DataChecks checks;

    LegalParametersReader(TsvFile f, DataChecks checks) {
        this.f = f;
        this.checks = checks;
    }

    LegalParameters read() {
        if (!checks.header(f, HEADER.toArray(String[]::new))) return new LegalParameters(List.of());
        List<LegalParameters.Parameter> out = new ArrayList<>();
        for (TsvFile.Row r : f.rows()) {
            if (!checks.columns(f, r, HEADER.size(), 0)) continue;
            double value;
            LocalDate from;
            try {
                value = Double.parseDouble(r.get(1));
                from = LocalDate.parse(r.get(3));
            } catch (NumberFormatException | DateTimeParseException e) {
                problem(r.line(), "数额应为数字、起始日应为 YYYY-MM-DD：“" + r.get(1) + "”“" + r.get(3) + "”");
                continue;
            }
            if (!Double.isFinite(value) || value < 0) problem(r.line(), "数额应为非负数：" + r.get(1));
            if (!Set.of("VERIFIED", "UNVERIFIED").contains(r.get(7))) problem(r.line(), "核实状态应为 VERIFIED 或 UNVERIFIED");
            if (r.get(4).isBlank() || !r.get(6).startsWith("第")) problem(r.line(), "须写明所据规定与条款");
            out.add(new LegalParameters.Parameter(r.get(0), value, r.get(2), from, r.get(4), r.get(5), r.get(6), r.get(7)));
        }
        for (String key : LegalParameters.REQUIRED) {
            if (out.stream().noneMatch(p -> p.key().equals(key))) problem(0, "缺少规则所需的数额：" + key);
        }
        return new LegalParameters(out);
    }

    private void problem(int line, String message) {
        checks.problem(f, line, 0, message);
    }
}
