package com.casedesk.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the admin, the work groups with their Tasklist authorizations and the engine rights their {@code /api}
 * calls need ({@link ProcessRights}), the supervisor and analyst groups and, in the demo run, one user per
 * group. No password is shipped: a password that is not configured is generated, printed once, and only
 * Camunda's salted hash is kept. Runs on every start and only adds what is missing, so a second node or a
 * restart changes nothing.
 */
@Component
class IdentityBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final CaseDeskProperties properties;
    private final DatabaseLock lock;
    private final TransactionTemplate transaction;

    IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
            CaseDeskProperties properties, DatabaseLock lock, TransactionTemplate transaction) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.properties = properties;
        this.lock = lock;
        this.transaction = transaction;
    }

    /** In one transaction under a database lock: nodes starting together must not both create the same group. */
    @jakarta.annotation.PostConstruct
    void createMissingIdentities() {
        transaction.executeWithoutResult(status -> {
            lock.acquire("identity-bootstrap");
            createIdentities();
        });
    }

    private void createIdentities() {
        createGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        createUser(properties.admin().user(), properties.admin().password(), "Administrator", Groups.CAMUNDA_ADMIN);

        for (String group : Groups.ALL) {
            createGroup(group, displayName(group), org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
            grantTasklist(group);
            grantProcessRights(group);
        }
        createGroup(Groups.SUPERVISOR, "Supervisor", org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
        grantTasklist(Groups.SUPERVISOR);
        grant(Groups.SUPERVISOR, Resources.TASK, Authorization.ANY, Permissions.READ);
        createGroup(Groups.ANALYST, "Analyst", org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
        grantReadOnlyCockpit(Groups.ANALYST);
        if (properties.demo().enabled()) {
            for (String group : demoGroups()) {
                createUser(group + "-demo", null, displayName(group) + " (demo)", group);
            }
            createUser(Groups.SUPERVISOR + "-demo", null, "Supervisor (demo)", Groups.SUPERVISOR);
            createUser(Groups.ANALYST + "-demo", null, "Analyst (demo)", Groups.ANALYST);
        }
    }

    private static List<String> demoGroups() {
        return Stream.concat(Groups.ALL.stream(), Stream.of(Groups.SUPERVISOR, Groups.ANALYST)).toList();
    }

    /** Tasklist itself; its filters and who reads them are the worklist's ({@code worklist/TaskFilters}). */
    private void grantTasklist(String group) {
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }

    /** Cockpit to look, nothing to change: definitions, instances and history of processes and decisions. */
    private void grantReadOnlyCockpit(String group) {
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ_INSTANCE);
        grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ_HISTORY);
        grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ_HISTORY);
        grant(group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    }

    private void grantProcessRights(String group) {
        for (ProcessRights.Grant rights : ProcessRights.BY_GROUP.getOrDefault(group, List.of())) {
            if (rights.createsInstances()) {
                grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
            }
            for (String processKey : rights.processKeys()) {
                for (Permission permission : rights.permissions()) {
                    grant(group, Resources.PROCESS_DEFINITION, processKey, permission);
                }
            }
        }
    }

    private void createGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void createUser(String id, String configuredPassword, String firstName, String group) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? PasswordGenerator.generate() : configuredPassword;
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName("CaseDesk");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        if (generated) {
            log.warn("""

                    ================================================================
                     CaseDesk created user '{}' (group {}) with the password
                         {}
                     It is shown only this once; CaseDesk keeps only its hash.
                    ================================================================""", id, group, password);
        }
    }

    /** Adds the permission to the group's one grant for the resource (the engine allows one row per resource). */
    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .authorizationType(AUTH_TYPE_GRANT).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }

    private static String displayName(String group) {
        String spaced = group.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
