package com.casedesk.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every user task of {@code processes/*.bpmn} is completed through its Camunda Form by some test that uses
 * {@link FormJs} (FormSubmissionTest, MailFormSubmissionTest, DunningFormSubmissionTest…): a new user task without
 * such a test fails here, so a form/listener mismatch cannot slip past {@code ./mvnw verify}.
 */
class EveryFormSubmittedTest {

    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");
    private static final Pattern TASK_LITERAL = Pattern.compile("\"(userTask_\\w+)\"");

    @Test
    void shouldHaveAFormSubmissionTestForEveryUserTask() throws IOException {
        Set<String> userTasks = matches(Path.of("processes"), ".bpmn", USER_TASK, text -> true);
        Set<String> submitted = matches(Path.of("src", "test", "java"), ".java", TASK_LITERAL,
                text -> text.contains("FormJs") && text.contains(".work("));

        assertThat(userTasks).isNotEmpty();
        assertThat(submitted).as("user tasks completed through FormJs by some test").containsAll(userTasks);
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern,
            java.util.function.Predicate<String> fileFilter) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(file);
                if (fileFilter.test(text)) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        found.add(matcher.group(1));
                    }
                }
            }
        }
        return found;
    }
}
