package com.casedesk.cases;

import java.util.List;

/** One page of a case search, newest case first; {@code total} counts every case the search found. */
public record CaseSearchResult(int page, int size, long total, List<CaseSummary> cases) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
