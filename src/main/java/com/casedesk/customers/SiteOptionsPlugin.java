package com.casedesk.customers;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task gets the sites of its case's customer (variable {@code customerNumber}) as the task-local Json
 * variable {@value #SITE_OPTIONS}, the dynamic values ({@code valuesKey}) of a form's site select: address as
 * label, site id as value. Computed when the task is created, so a customer a handler identified earlier in the
 * case is offered too; nothing in the BPMN.
 */
@Component
class SiteOptionsPlugin extends AbstractProcessEnginePlugin {

    static final String SITE_OPTIONS = "siteOptions";

    private final ObjectProvider<CustomerDirectory> customers;

    SiteOptionsPlugin(ObjectProvider<CustomerDirectory> customers) {
        this.customers = customers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, SiteOptionsPlugin.this::offerSites);
            }
        });
    }

    private void offerSites(DelegateTask task) {
        Object customerNumber = task.getVariable("customerNumber");
        List<CustomerView.SiteView> sites = customerNumber == null ? List.of()
                : customers.getObject().find(customerNumber.toString()).map(CustomerView::sites).orElse(List.of());
        task.setVariableLocal(SITE_OPTIONS, SpinValues.jsonValue(SiteChoice.optionsJson(sites)).create());
    }
}
