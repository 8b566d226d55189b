package com.casedesk.casepage;

import java.util.List;

import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseSummary;
import com.casedesk.cases.CaseTexts;
import com.casedesk.customers.CustomerView;

/**
 * Everything {@code /cases/{caseNumber}} shows: the case, its story, its open tasks, and beside it the customer with
 * the case's site and contract, the customer's invoices and the case's other cases.
 *
 * @param texts whole texts stored on the case that no mail on the page shows already (answers, request texts)
 */
record CasePage(CaseRecord record, String cockpitUrl, List<StoryEntry> story, List<OpenTask> openTasks,
        CustomerView customer, CustomerView.SiteView site, CustomerView.ContractView contract,
        List<CustomerView.InvoiceView> invoices, List<CaseSummary> others, List<CaseTexts.StoredText> texts) {

    record OpenTask(String name, String groups, String assignee, java.util.Date due, int priority, String tasklistUrl) {
    }
}
