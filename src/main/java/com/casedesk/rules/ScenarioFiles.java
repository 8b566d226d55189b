package com.casedesk.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.casedesk.system.DefinitionFiles.DefinitionFile;

/**
 * Reads scenario files: the first line that does not start with {@code #} names the columns, every further
 * non-blank line is one row. Cells follow RFC 4180 (quoted cells may hold commas, a doubled quote is a quote).
 */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** The decision folder of a scenario file: {@code dunning} for {@code dunning/tests/x.csv}. */
    static String folderOf(String name) {
        int tests = name.indexOf("/tests/");
        return tests < 0 ? "" : name.substring(0, tests);
    }

    public static List<ScenarioRow> rows(DefinitionFile file) {
        List<String> lines = new String(file.content(), StandardCharsets.UTF_8).lines().toList();
        List<String> header = null;
        List<ScenarioRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("\"#")) {
                continue;
            }
            List<String> cells = parse(line);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
            }
            rows.add(new ScenarioRow(file.name() + ":" + (i + 1), values));
        }
        return rows;
    }

    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
