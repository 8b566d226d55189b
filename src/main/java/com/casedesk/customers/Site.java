package com.casedesk.customers;


/** An installation with its alarm system. */
public class Site {

    private Long id;
    private String siteId;
    private Customer customer;
    private String address;
    /** Newer systems: codes can be created, changed and removed remotely. */
    private boolean remoteSupportCapable;
    private boolean hasKeyBox;
    private boolean signsInstalled;
    private boolean monitoredByUs;
    private long version;


    public Site(Customer customer, String siteId, String address, boolean remoteSupportCapable, boolean hasKeyBox,
            boolean signsInstalled, boolean monitoredByUs) {
        this.customer = customer;
        this.siteId = siteId;
        this.address = address;
        this.remoteSupportCapable = remoteSupportCapable;
        this.hasKeyBox = hasKeyBox;
        this.signsInstalled = signsInstalled;
        this.monitoredByUs = monitoredByUs;
    }

    public Long getId() {
        return id;
    }

    public String getSiteId() {
        return siteId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getAddress() {
        return address;
    }

    public boolean isRemoteSupportCapable() {
        return remoteSupportCapable;
    }

    public boolean isHasKeyBox() {
        return hasKeyBox;
    }

    public boolean isSignsInstalled() {
        return signsInstalled;
    }

    public boolean isMonitoredByUs() {
        return monitoredByUs;
    }

    long version() {
        return version;
    }

    /** Its id and version as the database has them now (after a read, an insert or an update). */
    void stored(long id, long version) {
        this.id = id;
        this.version = version;
    }
}
