package com.casedesk.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.UriInfo;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form labels of the task an engine REST request completes ({@code …/task/{id}/complete} or
 * {@code …/submit-form}, under {@code /engine-rest} or Tasklist's {@code /camunda/api/engine/engine/{name}}): the
 * deployed Camunda Form of that task. The task is still there: the refused completion was rolled back.
 */
final class TaskFormLabels {

    private static final Logger LOG = LoggerFactory.getLogger(TaskFormLabels.class);
    private static final Pattern TASK = Pattern.compile("(?:engine/([^/]+)/)?task/([^/]+)/(?:complete|submit-form|resolve)/?$");

    private TaskFormLabels() {
    }

    static FormLabels of(UriInfo request) {
        Matcher task = request == null ? null : TASK.matcher(request.getPath());
        if (task == null || !task.find()) {
            return FormLabels.none();
        }
        try {
            ProcessEngine engine = EngineUtil.lookupProcessEngine(task.group(1));
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            // only the form's labels are read, for a refusal the caller already got: no task data leaves
            return configuration.getCommandExecutorTxRequired().execute(context -> {
                context.disableAuthorizationCheck();
                try (InputStream form = new GetDeployedTaskFormCmd(task.group(2)).execute(context)) {
                    return FormLabels.of(form);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (Exception e) {
            // a task without a Camunda Form (or whose form cannot be read): its fields are named by their keys
            LOG.debug("no form labels for {}: {}", request.getPath(), e.toString());
            return FormLabels.none();
        }
    }
}
