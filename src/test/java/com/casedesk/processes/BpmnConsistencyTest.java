package com.casedesk.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.casedesk.support.CaseDeskTest;

/**
 * Every file in processes/ glued to the Java it calls, read as Camunda will read it: each expression's bean exists
 * under exactly that explicit name, each form a user task names is in processes/, each form is bound to its own
 * deployment (an instance started on an old version keeps its old form), each user task has a group to work it,
 * and each call activity hands the called process its case.
 */
@CaseDeskTest
class BpmnConsistencyTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)");
    /** Names an expression may start with that are process variables or engine objects, not beans. */
    private static final Set<String> NOT_BEANS = Set.of("execution", "task", "caseGroup", "true", "false", "not",
            "empty");

    @Autowired
    ApplicationContext context;

    @Test
    void shouldResolveEveryDelegateAndListenerToABeanNamedExplicitly() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            Document bpmn = parse(file);
            for (String attribute : List.of("delegateExpression", "expression")) {
                forEachAttribute(bpmn, attribute, (element, value) -> {
                    Matcher m = BEAN.matcher(value);
                    if (!m.find() || NOT_BEANS.contains(m.group(1)) || isProcessVariable(bpmn, m.group(1))) {
                        return;
                    }
                    String bean = m.group(1);
                    if (!context.containsBean(bean)) {
                        problems.add(file + ": " + element + " calls ${" + bean + "}, which is no bean");
                    } else if (!explicitlyNamed(bean)) {
                        problems.add(file + ": bean " + bean + " (" + context.getType(bean).getSimpleName()
                                + ") has no explicit name equal to what the BPMN calls");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldFindEveryFormAUserTaskNamesBoundToItsDeployment() throws Exception {
        Set<String> formIds = formIds();
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            NodeList tasks = parse(file).getElementsByTagNameNS(BPMN, "userTask");
            for (int i = 0; i < tasks.getLength(); i++) {
                Element task = (Element) tasks.item(i);
                String formRef = task.getAttributeNS(CAMUNDA, "formRef");
                String binding = task.getAttributeNS(CAMUNDA, "formRefBinding");
                if (formRef.isEmpty()) {
                    problems.add(file + ": user task " + task.getAttribute("id") + " has no form");
                } else if (!formIds.contains(formRef)) {
                    problems.add(file + ": user task " + task.getAttribute("id") + " names form " + formRef
                            + ", which no processes/*.form defines");
                }
                if (!"deployment".equals(binding)) {
                    problems.add(file + ": user task " + task.getAttribute("id") + " binds its form '" + binding
                            + "', not 'deployment'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldGiveEveryUserTaskACandidateGroup() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            NodeList tasks = parse(file).getElementsByTagNameNS(BPMN, "userTask");
            for (int i = 0; i < tasks.getLength(); i++) {
                Element task = (Element) tasks.item(i);
                if (task.getAttributeNS(CAMUNDA, "candidateGroups").isBlank()) {
                    problems.add(file + ": user task " + task.getAttribute("id") + " has no candidate group");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A called process belongs to its caller's case: replies find it by the business key ({@code CaseReplies}), the
     * timeline, the worklist columns and the SLA table by its {@code caseNumber} variable.
     */
    @Test
    void shouldHandEveryCalledProcessTheCasesBusinessKeyAndCaseNumber() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            NodeList calls = parse(file).getElementsByTagNameNS(BPMN, "callActivity");
            for (int i = 0; i < calls.getLength(); i++) {
                Element call = (Element) calls.item(i);
                NodeList ins = call.getElementsByTagNameNS(CAMUNDA, "in");
                boolean businessKey = false;
                boolean caseNumber = false;
                for (int j = 0; j < ins.getLength(); j++) {
                    Element in = (Element) ins.item(j);
                    businessKey |= "#{execution.processBusinessKey}".equals(in.getAttribute("businessKey"));
                    caseNumber |= "all".equals(in.getAttribute("variables"))
                            || "caseNumber".equals(in.getAttribute("source")) && "caseNumber".equals(in.getAttribute("target"));
                }
                if (!businessKey) {
                    problems.add(file + ": call activity " + call.getAttribute("id")
                            + " does not pass the business key (camunda:in businessKey=\"#{execution.processBusinessKey}\")");
                }
                if (!caseNumber) {
                    problems.add(file + ": call activity " + call.getAttribute("id") + " does not pass caseNumber");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private boolean explicitlyNamed(String bean) {
        Class<?> type = context.getType(bean);
        Component component = type == null ? null : AnnotatedElementUtils.findMergedAnnotation(type, Component.class);
        return component != null && bean.equals(component.value());
    }

    /** A name some element of the process sets as a variable (e.g. a result variable) is not a bean. */
    private static boolean isProcessVariable(Document bpmn, String name) {
        NodeList all = bpmn.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (name.equals(e.getAttributeNS(CAMUNDA, "resultVariable")) || name.equals(e.getAttribute("name"))
                    && "inputParameter".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private interface AttributeVisitor {
        void visit(String element, String value);
    }

    private static void forEachAttribute(Document bpmn, String attribute, AttributeVisitor visitor) {
        NodeList all = bpmn.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String value = e.getAttributeNS(CAMUNDA, attribute);
            if (!value.isEmpty()) {
                String owner = e.getAttribute("id").isEmpty() ? ((Element) e.getParentNode().getParentNode())
                        .getAttribute("id") + "/" + e.getLocalName() : e.getAttribute("id");
                visitor.visit(owner, value);
            }
        }
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".form")).map(f -> {
                try {
                    return json.readTree(f.toFile()).path("id").asText();
                } catch (IOException e) {
                    throw new IllegalStateException(f + " is not a form: " + e.getMessage(), e);
                }
            }).collect(Collectors.toSet());
        }
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
