package com.casedesk.processes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The checks of a BPMN file the engine would otherwise only make at deployment or at run time, and those the
 * build's bpmnlint makes that matter for running: an executable process with a history time to live, a service
 * task that calls something, a decision gateway whose every way out has a condition or is the default, a user
 * task whose form exists and is bound to its deployment, a call activity that calls a process of the folder.
 * The full bpmnlint rule set runs in CI ({@code .ci/run}).
 */
final class ProcessLint {

    private final String file;
    private final String text;
    private final BpmnModelInstance model;
    private final Set<String> formIds;
    private final Set<String> processIds;
    private final List<String> problems = new ArrayList<>();

    ProcessLint(String file, String text, BpmnModelInstance model, Set<String> formIds, Set<String> processIds) {
        this.file = file;
        this.text = text;
        this.model = model;
        this.formIds = formIds;
        this.processIds = processIds;
    }

    List<String> problems() {
        for (Process process : all(Process.class)) {
            if (!process.isExecutable()) {
                report(process.getId(), "process " + process.getId() + " is not executable");
            }
            if (process.getCamundaHistoryTimeToLiveString() == null) {
                report(process.getId(), "process " + process.getId() + " has no history time to live");
            }
        }
        for (ServiceTask task : all(ServiceTask.class)) {
            if (task.getCamundaClass() == null && task.getCamundaDelegateExpression() == null
                    && task.getCamundaExpression() == null && task.getCamundaType() == null) {
                report(task.getId(), "service task " + task.getId() + " calls nothing (no delegate expression,"
                        + " class, expression or external task topic)");
            }
        }
        for (SendTask task : all(SendTask.class)) {
            if (task.getCamundaClass() == null && task.getCamundaDelegateExpression() == null
                    && task.getCamundaExpression() == null && task.getCamundaType() == null) {
                report(task.getId(), "send task " + task.getId() + " calls nothing");
            }
        }
        for (ExclusiveGateway gateway : all(ExclusiveGateway.class)) {
            Collection<SequenceFlow> outgoing = gateway.getOutgoing();
            if (outgoing.size() > 1) {
                for (SequenceFlow flow : outgoing) {
                    if (flow.getConditionExpression() == null && flow != gateway.getDefault()) {
                        report(flow.getId(), "sequence flow " + flow.getId() + " out of gateway " + gateway.getId()
                                + " has no condition and is not the default");
                    }
                }
            }
        }
        for (UserTask task : all(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef == null) {
                continue;
            }
            if (!formRef.contains("${") && !formIds.contains(formRef)) {
                report(task.getId(), "user task " + task.getId() + " uses form " + formRef
                        + ", which no .form file of the folder has as its id");
            }
            if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                report(task.getId(), "user task " + task.getId() + " binds its form '" + task.getCamundaFormRefBinding()
                        + "': use camunda:formRefBinding=\"deployment\" so running cases keep their form");
            }
        }
        for (CallActivity call : all(CallActivity.class)) {
            String called = call.getCalledElement();
            if (called == null || called.isBlank()) {
                report(call.getId(), "call activity " + call.getId() + " calls no process (calledElement is empty)");
            } else if (!called.contains("${") && !called.contains("#{") && !processIds.contains(called)) {
                report(call.getId(), "call activity " + call.getId() + " calls process " + called
                        + ", which no .bpmn file of the folder defines");
            }
        }
        return problems;
    }

    private <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> Collection<T> all(Class<T> type) {
        return model.getModelElementsByType(type);
    }

    private void report(String elementId, String message) {
        problems.add(file + ":" + lineOf(elementId) + ": " + message);
    }

    /** The line of the element's {@code id="..."} attribute; the model API keeps no positions. */
    private int lineOf(String elementId) {
        int at = text.indexOf("id=\"" + elementId + "\"");
        if (at < 0) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
