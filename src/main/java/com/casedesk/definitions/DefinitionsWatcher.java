package com.casedesk.definitions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.casedesk.system.CaseDeskProperties;

/** Starts a {@link FolderWatcher} on the processes and the rules folder of this node, once the application runs. */
@Component
class DefinitionsWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DefinitionsWatcher.class);

    private final CaseDeskProperties folders;
    private final DefinitionsProperties properties;
    private final DefinitionChanges changes;
    private final List<FolderWatcher> watchers = new ArrayList<>();

    DefinitionsWatcher(CaseDeskProperties folders, DefinitionsProperties properties, DefinitionChanges changes) {
        this.folders = folders;
        this.properties = properties;
        this.changes = changes;
    }

    @Override
    public synchronized void start() {
        if (!properties.watch()) {
            return;
        }
        watch(folders.rulesDir(), changes::applyRules);
        watch(folders.processesDir(), changes::applyProcesses);
    }

    private void watch(Path folder, Runnable apply) {
        if (!Files.isDirectory(folder)) {
            log.info("Not watching {}: the folder does not exist (the packaged copy is in force)", folder);
            return;
        }
        watchers.add(new FolderWatcher(folder, properties.debounce(), apply));
        log.info("Watching {} for changes (debounce {})", folder.toAbsolutePath().normalize(), properties.debounce());
    }

    @Override
    public synchronized void stop() {
        watchers.forEach(FolderWatcher::close);
        watchers.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !watchers.isEmpty();
    }
}
