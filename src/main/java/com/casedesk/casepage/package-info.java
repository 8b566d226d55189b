/**
 * The case page: {@code /cases} (search) and {@code /cases/{caseNumber}} (the whole story of one case), server-rendered
 * for the users of Tasklist behind a login form. A ground package: it reads cases, customers and the engine, never a
 * case type.
 */
package com.casedesk.casepage;
