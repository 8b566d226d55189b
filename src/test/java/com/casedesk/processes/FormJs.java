package com.casedesk.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Tasklist 7.24's form-js (schema 16) submits for a task's Camunda Form, without a browser: every keyed field
 * starts with the task's variable or its empty value ({@code ""} for text, {@code false} for a checkbox,
 * {@code null} otherwise), the handler's input goes on top, fields hidden by their (or their group's) FEEL
 * condition are left out, disabled fields are left out, every other field is submitted, empty ones included.
 * A required field left empty is refused here as form-js refuses it in the browser.
 */
public final class FormJs {

    /** {@code processKey/taskId} of every user task a test completed through its form (for the coverage list). */
    public static final java.util.Set<String> SUBMITTED = new java.util.concurrent.ConcurrentSkipListSet<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private final Map<String, JsonNode> formsById = new HashMap<>();

    public FormJs(Path processesDir) {
        try (Stream<Path> files = Files.list(processesDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                formsById.put(form.get("id").asText(), form);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A member of the task's (first) candidate group opens {@code task} in Tasklist, enters {@code input} and
     * completes it: what form-js submits goes through {@code FormService.submitTaskForm} with that user's groups.
     */
    public void work(org.camunda.bpm.engine.ProcessEngine engine, Task task, Map<String, Object> input) {
        TaskService tasks = engine.getTaskService();
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).filter(g -> g != null).toList();
        Map<String, Object> submitted = submission(engine.getFormService(), tasks, task, input);
        engine.getIdentityService().setAuthentication(groups.get(0) + "-demo", groups);
        try {
            engine.getFormService().submitTaskForm(task.getId(), submitted);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        SUBMITTED.add(task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey());
    }

    /** The form of a task (its {@code camunda:formRef}). */
    JsonNode formOf(TaskService tasks, Task task) {
        String ref = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
        JsonNode form = ref == null ? null : formsById.get(ref);
        if (form == null) {
            throw new AssertionError("task '" + task.getName() + "' has no Camunda Form in processes/ (ref " + ref + ")");
        }
        return form;
    }

    /** The variables form-js submits for {@code task} when the handler entered {@code input}. */
    Map<String, Object> submission(FormService forms, TaskService tasks, Task task, Map<String, Object> input) {
        JsonNode form = formOf(tasks, task);
        Map<String, Object> data = new HashMap<>();
        forms.getTaskFormVariables(task.getId(), null, false)
                .forEach((name, value) -> data.put(name, value));
        List<JsonNode> fields = new ArrayList<>();
        collectKeyed(form.get("components"), fields);
        for (JsonNode field : fields) {
            String key = field.get("key").asText();
            if (!input.containsKey(key) && data.get(key) == null) {
                data.put(key, emptyValue(field));
            }
        }
        for (String key : input.keySet()) {
            if (fields.stream().noneMatch(f -> f.get("key").asText().equals(key))) {
                throw new AssertionError("form " + form.get("id").asText() + " has no field '" + key + "'");
            }
        }
        data.putAll(input);
        Map<String, Object> submitted = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        submit(form.get("components"), data, submitted, missing);
        for (String key : input.keySet()) {
            if (!submitted.containsKey(key)) {
                throw new AssertionError("form " + form.get("id").asText() + ": the handler cannot enter '" + key
                        + "' (field hidden or disabled)");
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("form " + form.get("id").asText() + " refuses to submit, required: " + missing);
        }
        return submitted;
    }

    private void submit(JsonNode components, Map<String, Object> data, Map<String, Object> submitted,
            List<String> missing) {
        for (JsonNode component : components) {
            if (hidden(component, data)) {
                continue;
            }
            if (component.has("components")) {
                submit(component.get("components"), data, submitted, missing);
            }
            if (!component.has("key") || component.path("disabled").asBoolean(false)) {
                continue;
            }
            String key = component.get("key").asText();
            Object value = data.get(key);
            if (component.path("validate").path("required").asBoolean(false) && empty(value)) {
                missing.add(key);
            }
            submitted.put(key, value);
        }
    }

    private static boolean hidden(JsonNode component, Map<String, Object> data) {
        String condition = component.path("conditional").path("hide").asText("");
        if (condition.isEmpty()) {
            return false;
        }
        var result = FEEL.evaluateExpression(condition.startsWith("=") ? condition.substring(1) : condition, data);
        if (!result.isSuccess()) {
            throw new AssertionError("hide condition '" + condition + "' does not evaluate: " + result.failure());
        }
        return Boolean.TRUE.equals(result.result());
    }

    private static void collectKeyed(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            if (component.has("key")) {
                into.add(component);
            }
            if (component.has("components")) {
                collectKeyed(component.get("components"), into);
            }
        }
    }

    private static Object emptyValue(JsonNode field) {
        return switch (field.get("type").asText()) {
            case "textfield", "textarea" -> "";
            case "checkbox" -> false;
            default -> null;
        };
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isEmpty();
    }
}
