package com.casedesk.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Puts every user task of every process on its case's timeline (created for which group, completed by whom, with
 * what the handler entered in its form: {@link TaskOutcome}),
 * without anything in the BPMN files: analysts do not have to remember a listener. A task outside a case
 * (no {@code caseNumber} variable) is left alone.
 */
@Component
class TaskTimelinePlugin extends AbstractProcessEnginePlugin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<CaseManagement> cases;

    TaskTimelinePlugin(ObjectProvider<CaseManagement> cases) {
        this.cases = cases;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::created);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::completed);
            }

            private void created(DelegateTask task) {
                List<String> groups = task.getCandidates().stream().map(link -> link.getGroupId())
                        .filter(java.util.Objects::nonNull).toList();
                record(task, "Task '" + task.getName() + "' waiting for "
                        + (groups.isEmpty() ? "a handler" : String.join(", ", groups)), Map.of("groups", groups));
            }

            private void completed(DelegateTask task) {
                List<TaskOutcome.Field> fields = TaskOutcome.of(task);
                String choices = fields.stream().filter(field -> !field.note())
                        .map(field -> field.label() + ": " + field.value()).collect(Collectors.joining("; "));
                record(task, "Task '" + task.getName() + "' completed by " + currentUser()
                        + (choices.isEmpty() ? "" : " (" + choices + ")"), Map.of("fields", fields));
            }
        });
    }

    private void record(DelegateTask task, String summary, Map<String, Object> more) {
        Object caseNumber = task.getVariable(CaseStarter.CASE_NUMBER);
        if (caseNumber != null) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("taskId", task.getId());
            detail.put("taskKey", task.getTaskDefinitionKey());
            detail.put("processInstanceId", task.getProcessInstanceId());
            detail.putAll(more);
            try {
                cases.getObject().record(caseNumber.toString(), CaseEvent.Kind.TASK, CaseTexts.cut(summary, 1000),
                        JSON.writeValueAsString(detail));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("task " + task.getId() + " cannot be written as JSON", e);
            }
        }
    }

    private static String currentUser() {
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? "the system" : authentication.getUserId();
    }
}
