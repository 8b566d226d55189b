package com.casedesk.processes;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A Camunda Form submits an empty text field as {@code ""} (form-js initialises every text input to the empty
 * string). For the process an empty input means "not given": before any listener of the BPMN runs, a completed
 * user task turns every blank text variable it can see into {@code null}, so listeners, expressions and the steps
 * after the task never see {@code ""}.
 */
@Component
class BlankInputPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, BlankInputPlugin::blanksToNull);
            }
        });
    }

    static void blanksToNull(DelegateTask task) {
        for (Map.Entry<String, Object> variable : task.getVariables().entrySet()) {
            if (variable.getValue() instanceof String text && text.isBlank()) {
                task.setVariable(variable.getKey(), null);
            }
        }
    }
}
