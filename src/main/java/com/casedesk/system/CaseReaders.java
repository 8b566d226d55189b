package com.casedesk.system;

import java.util.Collection;

/** Who may read a case: members of a group that has or had a task on it (admins always may). */
public interface CaseReaders {

    boolean anyHasOrHadTask(String caseNumber, Collection<String> groups);
}
