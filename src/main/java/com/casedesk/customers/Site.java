package com.casedesk.customers;

import jakarta.persistence.*;

/** An installation with its alarm system. */
@Entity
@Table(name = "cd_site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "site_id", nullable = false, unique = true)
    private String siteId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;
    private String address;
    /** Newer systems: codes can be created, changed and removed remotely. */
    private boolean remoteSupportCapable;
    private boolean hasKeyBox;
    private boolean signsInstalled;
    private boolean monitoredByUs;
    @Version
    private long version;

    protected Site() {
    }

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
}
