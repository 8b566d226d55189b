package com.casedesk.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The labels a handler reads for the fields of a Camunda Form ({@code processes/*.form}), to name a refused field in
 * the handler's words: {@code visitDate: … is in the past} becomes {@code "Visit date" (visitDate): … is in the past}.
 * The key stays in the text for API clients. A field in a labelled group (a checklist item) is named with its group.
 */
final class FormLabels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> labelByKey;

    private FormLabels(Map<String, String> labelByKey) {
        this.labelByKey = labelByKey;
    }

    static FormLabels none() {
        return new FormLabels(Map.of());
    }

    /** The labels of a form's JSON; a form that cannot be read names no label. */
    static FormLabels of(InputStream form) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        collect(JSON.readTree(form).path("components"), "", labels);
        return new FormLabels(labels);
    }

    private static void collect(JsonNode components, String groupLabel, Map<String, String> into) {
        for (JsonNode component : components) {
            String label = component.path("label").asText(component.path("dateLabel").asText("")).strip();
            if (component.has("components")) {
                collect(component.get("components"), label.isEmpty() ? groupLabel : label, into);
            }
            String key = component.path("key").asText("");
            if (!key.isEmpty() && !label.isEmpty()) {
                into.put(key, groupLabel.isEmpty() ? label : groupLabel + ", " + label);
            }
        }
    }

    String labelOf(String key) {
        return labelByKey.get(key);
    }

    /**
     * The problems with every field key the form labels named as {@code "Label" (key)}: a key that opens the
     * problem (also after {@code case CD-…: }) or any camelCase key in it, so that an everyday word such as
     * "answer" inside a sentence stays a word.
     */
    String name(List<String> problems) {
        return String.join("; ", problems.stream().map(this::name).toList());
    }

    String name(String problem) {
        String named = problem;
        for (Map.Entry<String, String> field : labelByKey.entrySet()) {
            String key = field.getKey();
            boolean camelCase = !key.equals(key.toLowerCase(java.util.Locale.ROOT));
            Pattern where = Pattern.compile(camelCase ? "(?<![\\w\"(])" + Pattern.quote(key) + "(?![\\w\")])"
                    : "^((?:case \\S+: )?)" + Pattern.quote(key) + "(?=[ :])");
            Matcher matcher = where.matcher(named);
            String replacement = "\"" + field.getValue() + "\" (" + key + ")";
            named = camelCase ? matcher.replaceAll(Matcher.quoteReplacement(replacement))
                    : matcher.replaceFirst("$1" + Matcher.quoteReplacement(replacement));
        }
        return named;
    }
}
