package com.casedesk.casepage;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import com.casedesk.cases.CaseAccess;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseSearch;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseTexts;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerView;
import com.casedesk.system.NotFoundException;

/** Gathers one case's page for a caller who may read it. */
@Service
class CasePages {

    /** The caller is in no group that may read the case. */
    static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    private final CaseManagement cases;
    private final CaseAccess access;
    private final CaseSearch search;
    private final CaseFiles files;
    private final CaseTexts texts;
    private final CaseStory story;
    private final CustomerDirectory customers;
    private final TaskService tasks;
    private final WebappLinks links;
    private final CasePageProperties properties;

    CasePages(CaseManagement cases, CaseAccess access, CaseSearch search, CaseFiles files, CaseTexts texts,
            CaseStory story, CustomerDirectory customers, TaskService tasks, WebappLinks links,
            CasePageProperties properties) {
        this.cases = cases;
        this.access = access;
        this.search = search;
        this.files = files;
        this.texts = texts;
        this.story = story;
        this.customers = customers;
        this.tasks = tasks;
        this.links = links;
        this.properties = properties;
    }

    CasePage page(String caseNumber, String user, Set<String> groups) {
        CaseRecord record = readable(caseNumber, user, groups);
        List<Task> open = tasks.createTaskQuery().processVariableValueEquals(CaseStarter.CASE_NUMBER, caseNumber)
                .orderByTaskCreateTime().asc().list();
        Set<String> openIds = open.stream().map(Task::getId).collect(Collectors.toSet());
        List<StoryEntry> entries = story.tell(caseNumber, cases.timeline(caseNumber), files.outgoing(caseNumber), openIds);
        Set<String> mailTexts = entries.stream().filter(entry -> entry.mail() != null).map(entry -> entry.mail().text())
                .filter(Objects::nonNull).map(String::strip).collect(Collectors.toSet());
        CustomerView customer = record.getCustomerNumber() == null ? null
                : customers.find(record.getCustomerNumber()).orElse(null);
        return new CasePage(record,
                record.getProcessInstanceId() == null ? null : links.processInstance(record.getProcessInstanceId()),
                entries, open.stream().map(this::openTask).toList(), customer,
                customer == null ? null : customer.sites().stream()
                        .filter(site -> site.siteId().equals(record.getSiteId())).findFirst().orElse(null),
                customer == null ? null : customer.contracts().stream()
                        .filter(contract -> contract.number().equals(record.getContractNumber())).findFirst().orElse(null),
                customer == null ? List.of() : customer.invoices().stream()
                        .sorted(Comparator.comparing(CustomerView.InvoiceView::issueDate).reversed())
                        .limit(properties.invoices()).toList(),
                search.others(record, groups, properties.otherCases()),
                texts.of(caseNumber).stream().filter(text -> !mailTexts.contains(text.text().strip())).toList());
    }

    /** The case when it exists and the caller may read it. */
    CaseRecord readable(String caseNumber, String user, Set<String> groups) {
        CaseRecord record = cases.find(caseNumber)
                .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " does not exist."));
        if (!access.mayRead(caseNumber, groups)) {
            throw new Forbidden("Case " + caseNumber + " is read by members of a group that has or had a task on it;"
                    + " " + user + " is in " + (groups.isEmpty() ? "no group" : String.join(", ", groups.stream().sorted().toList())) + ".");
        }
        return record;
    }

    private CasePage.OpenTask openTask(Task task) {
        String groups = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).distinct().collect(Collectors.joining(", "));
        return new CasePage.OpenTask(task.getName(), groups, task.getAssignee(), task.getDueDate(), task.getPriority(),
                links.task(task.getId()));
    }
}
