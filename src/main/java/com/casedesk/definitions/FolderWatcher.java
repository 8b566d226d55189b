package com.casedesk.definitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one folder and its subfolders and calls back once the folder has been quiet for the debounce time
 * after a change: an editor's save as a temporary file and rename, or a copy of several files, counts once.
 * One watcher per node and folder; nothing is shared between nodes but the files themselves.
 */
final class FolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path folder;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService watchService;
    private final Thread thread;

    FolderWatcher(Path folder, Duration debounce, Runnable onChange) {
        this.folder = folder;
        this.debounce = debounce;
        this.onChange = onChange;
        try {
            this.watchService = FileSystems.getDefault().newWatchService();
            registerTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + folder, e);
        }
        this.thread = new Thread(this::run, "watch-" + folder.getFileName());
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path dir : paths.filter(Files::isDirectory).toList()) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                drain(key);
                // quiet period: every further event restarts it
                WatchKey next;
                while ((next = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(next);
                }
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    log.error("Applying the change in {} failed", folder, e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    log.warn("Cannot watch the new folder {}", dir.resolve(name), e);
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watchService.close();
            thread.join(2000);
        } catch (IOException e) {
            log.debug("Closing the watcher of {}", folder, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
