package com.casedesk.cases;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the handler entered in a task's Camunda Form when completing it, by the labels the handler read: the fields
 * Tasklist submitted (the engine's form-field history of this very submission) that the form lets the handler edit,
 * a choice shown by its option's label. A task completed without its form (the API, a test) has none.
 */
final class TaskOutcome {

    /** One field the handler filled; {@code note} when it is free text (a textarea), else a choice or a detail. */
    record Field(String key, String label, String value, boolean note) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskOutcome() {
    }

    static List<Field> of(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        Map<String, String> submitted = new LinkedHashMap<>();
        for (HistoricFormPropertyEventEntity field : context.getDbEntityManager()
                .getCachedEntitiesByType(HistoricFormPropertyEventEntity.class)) {
            if (task.getId().equals(field.getTaskId()) && field.getPropertyValue() != null) {
                submitted.put(field.getPropertyId(), field.getPropertyValue().toString());
            }
        }
        if (submitted.isEmpty()) {
            return List.of();
        }
        Map<String, JsonNode> editable = editableFields(context, task.getId());
        List<Field> fields = new ArrayList<>();
        submitted.forEach((key, value) -> {
            JsonNode component = editable.get(key);
            if (component != null && !value.isBlank()) {
                String type = component.path("type").asText();
                fields.add(new Field(key, component.path("label").asText(key), shown(component, type, value),
                        type.equals("textarea")));
            }
        });
        return fields;
    }

    private static Map<String, JsonNode> editableFields(CommandContext context, String taskId) {
        Map<String, JsonNode> fields = new HashMap<>();
        try {
            JsonNode form = context.runWithoutAuthorization(() -> {
                try (InputStream in = context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(taskId)) {
                    return JSON.readTree(in);
                }
            });
            collect(form.path("components"), fields);
        } catch (RuntimeException e) {
            // a task without a Camunda Form (or an embedded form) has no field labels: nothing to show
        }
        return fields;
    }

    private static void collect(JsonNode components, Map<String, JsonNode> fields) {
        for (JsonNode component : components) {
            collect(component.path("components"), fields);
            if (component.hasNonNull("key") && !component.path("disabled").asBoolean()
                    && !component.path("readonly").asBoolean()) {
                fields.put(component.get("key").asText(), component);
            }
        }
    }

    private static String shown(JsonNode component, String type, String value) {
        if (type.equals("checkbox")) {
            return Boolean.parseBoolean(value) ? "yes" : "no";
        }
        for (JsonNode option : component.path("values")) {
            if (option.path("value").asText().equals(value)) {
                return option.path("label").asText(value);
            }
        }
        return value;
    }
}
