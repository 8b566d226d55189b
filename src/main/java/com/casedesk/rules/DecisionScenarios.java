package com.casedesk.rules;

import java.util.List;

/**
 * How one decision runs the scenario rows of its folder ({@code rules/<folder>/tests/*.csv}). Each decision's
 * package implements it beside the decision, so a rule change is checked against every row before it is put in
 * force, by the same code the build's scenario tests run.
 */
public interface DecisionScenarios {

    /** The rules folder whose {@code tests/} this reads: {@code dunning}. */
    String folder();

    /** The rule package of the decision, for the check that every rule has a scenario. */
    String rulePackage();

    /**
     * Decides the row's inputs with {@code rules} and checks the expected outputs.
     *
     * @return the rules that fired
     * @throws ScenarioMismatch when an output differs from the row
     */
    List<String> run(ScenarioRow row, RuleBase rules);
}
