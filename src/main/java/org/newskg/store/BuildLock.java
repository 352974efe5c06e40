package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A lock file beside a dataset folder that a bulk load is building ({@code .DIR.bulk.lock}),
 * held with an operating-system lock, so a second {@code ingest --bulk} into the same folder
 * stops at once with one line, instead of doing all its work before one of the two fails. The
 * lock goes with the process that holds it, however that process ends. The file stays: deleting
 * it on release would let two later loads lock two different files of the same name.
 */
final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileFor(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".bulk.lock");
    }

    /** The lock for building {@code dir}; refused when another load holds it. */
    static BuildLock acquire(Path dir) {
        Path file = fileFor(dir);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("another ingest --bulk is building " + dir + " (it holds " + file
                                                + "); wait for it to finish");
            }
            return new BuildLock(channel, lock);
        } catch (IOException e) {
            try {
                if (channel != null)
                    channel.close();
            } catch (IOException ignored) {
                // the lock was not taken; nothing to undo
            }
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock whatever else failed
        }
    }
}
