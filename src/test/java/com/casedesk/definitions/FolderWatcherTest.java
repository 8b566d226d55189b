package com.casedesk.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir
    Path folder;

    @Test
    void shouldCountAnEditorsSaveAsTemporaryFileAndRenameOnce() throws Exception {
        Files.createDirectories(folder.resolve("dunning"));
        Files.writeString(folder.resolve("dunning/reminder-fees.csv"), "old");
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(folder, Duration.ofMillis(300), changes::incrementAndGet)) {
            // When an editor writes a temporary file, deletes the old one and renames the temporary one
            Path temporary = folder.resolve("dunning/.reminder-fees.csv.swp");
            Files.writeString(temporary, "new");
            Files.delete(folder.resolve("dunning/reminder-fees.csv"));
            Files.move(temporary, folder.resolve("dunning/reminder-fees.csv"), StandardCopyOption.ATOMIC_MOVE);

            // Then the change is applied once, after the folder is quiet
            waitUntil(() -> changes.get() > 0);
            Thread.sleep(1500);
            assertThat(changes.get()).isEqualTo(1);
        }
    }

    @Test
    void shouldSeeAChangeInAFolderCreatedAfterTheStart() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(folder, Duration.ofMillis(200), changes::incrementAndGet)) {
            Files.createDirectories(folder.resolve("billing"));
            waitUntil(() -> changes.get() == 1);

            Files.writeString(folder.resolve("billing/table.csv"), "x");

            waitUntil(() -> changes.get() == 2);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
