package com.casedesk.worklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.casedesk.calendar.DueDates;
import com.casedesk.customers.Country;
import com.casedesk.worklist.WorklistVariables.CaseSummary;

/**
 * Gives every user task of every process, when it is created, its due date and priority from the SLA table
 * ({@code rules/sla/}) counted on the customer's business calendar, and makes sure its process instance carries
 * the short variables the Tasklist filters show. Nothing in the BPMN: analysts do not have to remember it.
 */
@Component
class TaskDueDatePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskSlaDecision> sla;
    private final ObjectProvider<DueDates> dueDates;
    private final ObjectProvider<WorklistVariables> worklist;
    private final Clock clock;

    TaskDueDatePlugin(ObjectProvider<TaskSlaDecision> sla, ObjectProvider<DueDates> dueDates,
            ObjectProvider<WorklistVariables> worklist, Clock clock) {
        this.sla = sla;
        this.dueDates = dueDates;
        this.worklist = worklist;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskDueDatePlugin.this::created);
            }
        });
    }

    private void created(DelegateTask task) {
        Object caseNumber = task.getVariable(WorklistVariables.CASE_NUMBER);
        CaseSummary summary = caseNumber == null ? null
                : worklist.getObject().summary(caseNumber.toString()).orElse(null);
        if (summary != null) {
            DelegateExecution instance = task.getExecution().getProcessInstance();
            summary.variables().forEach((name, value) -> {
                if (instance.getVariable(name) == null) {
                    instance.setVariable(name, value);
                }
            });
        }
        copyColumnsToTask(task);
        boolean urgent = Boolean.TRUE.equals(task.getVariable(WorklistVariables.URGENT));
        TaskSla terms = sla.getObject().decide(summary == null ? "" : summary.caseType(),
                task.getTaskDefinitionKey(), urgent);
        Country country = summary == null ? Country.SE : summary.country();
        Instant due = dueDates.getObject().due(clock.instant(), Duration.ofHours(terms.businessHours()), country,
                candidateGroup(task));
        task.setDueDate(Date.from(due));
        task.setPriority(terms.priority().value());
    }

    /**
     * The columns also as task variables: a group member may read the task (a candidate group's default
     * permission) but not the whole process instance, and Tasklist reads the columns with the member's rights.
     */
    private static void copyColumnsToTask(DelegateTask task) {
        for (String name : WorklistVariables.COLUMNS) {
            Object value = task.getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }

    private static String candidateGroup(DelegateTask task) {
        return task.getCandidates().stream().map(link -> link.getGroupId()).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }
}
