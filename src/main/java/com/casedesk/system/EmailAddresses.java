package com.casedesk.system;

import java.util.regex.Pattern;

/** The one check of what CaseDesk accepts as an email address (import, API, intake). */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }
}
