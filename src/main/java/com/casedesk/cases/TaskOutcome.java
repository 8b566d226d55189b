package com.casedesk.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the handler entered in a task's Camunda Form when completing it, by the labels the handler read: the value of
 * every field the form shows and lets the handler edit (not disabled, not read-only, not hidden by its or its
 * group's FEEL condition, as form-js decides), a choice shown by its option's label, empty fields left out. A task
 * without a Camunda Form has none.
 */
final class TaskOutcome {

    /** One field the handler filled; {@code note} when it is free text (a textarea), else a choice or a detail. */
    record Field(String key, String label, String value, boolean note) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final Logger LOG = LoggerFactory.getLogger(TaskOutcome.class);

    private TaskOutcome() {
    }

    static List<Field> of(DelegateTask task) {
        JsonNode form = form(task);
        if (form == null) {
            return List.of();
        }
        Map<String, Object> variables = task.getVariables();
        List<Field> fields = new ArrayList<>();
        collect(form.path("components"), variables, fields);
        return fields;
    }

    /**
     * The task's Camunda Form, read in the command that completes the task without a nested engine call (a failing
     * nested call would mark the completion's transaction rollback-only); null for a task without one.
     */
    private static JsonNode form(DelegateTask task) {
        if (!(task instanceof TaskEntity entity)) {
            return null;
        }
        try {
            // the engine reads a task's form reference only once asked to (as a task query's initializeFormKeys())
            entity.initializeFormKey();
            CamundaFormRef ref = entity.getCamundaFormRef();
            if (ref == null || entity.getProcessDefinition() == null) {
                return null;
            }
            CommandContext context = Context.getCommandContext();
            CamundaFormDefinition definition = context.runWithoutAuthorization(
                    new GetCamundaFormDefinitionCmd(ref, entity.getProcessDefinition().getDeploymentId()));
            ResourceEntity resource = definition == null ? null : context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
            return resource == null ? null : JSON.readTree(resource.getBytes());
        } catch (RuntimeException | java.io.IOException e) {
            LOG.debug("Task {} has no Camunda Form to read its outcome from", task.getId(), e);
            return null;
        }
    }

    private static void collect(JsonNode components, Map<String, Object> variables, List<Field> fields) {
        for (JsonNode component : components) {
            if (hidden(component, variables)) {
                continue;
            }
            collect(component.path("components"), variables, fields);
            if (!component.hasNonNull("key") || component.path("disabled").asBoolean()
                    || component.path("readonly").asBoolean()) {
                continue;
            }
            String key = component.get("key").asText();
            Object value = variables.get(key);
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            String type = component.path("type").asText();
            fields.add(new Field(key, component.path("label").asText(key), shown(component, type, value.toString()),
                    type.equals("textarea")));
        }
    }

    private static boolean hidden(JsonNode component, Map<String, Object> variables) {
        String condition = component.path("conditional").path("hide").asText("");
        if (condition.isEmpty()) {
            return false;
        }
        var result = FEEL.evaluateExpression(condition.startsWith("=") ? condition.substring(1) : condition, variables);
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
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
