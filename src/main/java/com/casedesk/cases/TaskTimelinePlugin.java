package com.casedesk.cases;

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

/**
 * Puts every user task of every process on its case's timeline (created for which group, completed by whom),
 * without anything in the BPMN files: analysts do not have to remember a listener. A task outside a case
 * (no {@code caseNumber} variable) is left alone.
 */
@Component
class TaskTimelinePlugin extends AbstractProcessEnginePlugin {

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
                String groups = task.getCandidates().stream().map(link -> link.getGroupId())
                        .filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
                record(task, "Task '" + task.getName() + "' waiting for " + (groups.isEmpty() ? "a handler" : groups));
            }

            private void completed(DelegateTask task) {
                record(task, "Task '" + task.getName() + "' completed by " + currentUser());
            }
        });
    }

    private void record(DelegateTask task, String summary) {
        Object caseNumber = task.getVariable(CaseStarter.CASE_NUMBER);
        if (caseNumber != null) {
            cases.getObject().record(caseNumber.toString(), CaseEvent.Kind.TASK, summary, null);
        }
    }

    private static String currentUser() {
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? "the system" : authentication.getUserId();
    }
}
