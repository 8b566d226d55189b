package com.casedesk.processes;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/** A process file that the engine refused, with one line per problem: {@code file:line:column: message}. */
public class ProcessDeploymentException extends RuntimeException {

    private final List<String> problems;

    ProcessDeploymentException(String origin, List<String> problems, Throwable cause) {
        super("Cannot deploy the processes from " + origin + ":\n  " + String.join("\n  ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    static ProcessDeploymentException from(String origin, RuntimeException error) {
        List<String> problems = new ArrayList<>();
        if (error instanceof ParseException parse) {
            // sic: Camunda spells the getter "Resorce"
            for (ResourceReport report : parse.getResorceReports()) {
                for (Problem problem : report.getErrors()) {
                    problems.add(describe(report.getResourceName(), problem));
                }
            }
        }
        if (problems.isEmpty()) {
            problems.add(error.getMessage());
        }
        return new ProcessDeploymentException(origin, problems, error);
    }

    private static String describe(String resource, Problem problem) {
        String element = problem.getMainElementId() == null ? "" : " (element " + problem.getMainElementId() + ")";
        return resource + ":" + problem.getLine() + ":" + problem.getColumn() + ": " + problem.getMessage() + element;
    }
}
