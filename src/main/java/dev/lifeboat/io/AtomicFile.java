package dev.lifeboat.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder, which is
 * flushed to disk and then renamed over the target. Readers see the old file or the new one, never half
 * of one; a failure leaves the old file as it was and removes the temporary file.
 *
 * <p>A symbolic link is written through (the link stays, the file it points to gets the new content),
 * the existing file's permissions are kept, and a read-only file (by its mode bits, so that the answer
 * is the same for root) is only replaced when the caller says so. A failure is a {@link SaveException}
 * that names the target and the reason in words.
 */
public final class AtomicFile {

    private static final Logger LOG = Logger.getLogger(AtomicFile.class.getName());
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The few file operations a write makes, replaceable in tests to inject I/O faults. */
    interface Ops {

        /** Creates a new, empty file, with the permissions any new file gets (the umask decides). */
        void create(Path file) throws IOException;

        /** Writes all bytes and forces them to the disk. */
        void write(Path file, byte[] bytes) throws IOException;

        /** Writes streamed content and forces it to the disk; by default through {@link #write}. */
        default void stream(Path file, Content content) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            content.writeTo(bytes);
            write(file, bytes.toByteArray());
        }

        /** Sets POSIX permissions. */
        void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException;

        /** Renames {@code from} over {@code to}, atomically where the file system can. */
        void move(Path from, Path to) throws IOException;

        /** Deletes a file if it is there. */
        void delete(Path file) throws IOException;
    }

    /** The real file system. */
    static final Ops SYSTEM = new Ops() {
        @Override
        public void create(Path file) throws IOException {
            Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        }

        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
        }

        @Override
        public void stream(Path file, Content content) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
        }

        @Override
        public void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
            Files.setPosixFilePermissions(file, permissions);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void delete(Path file) throws IOException {
            Files.deleteIfExists(file);
        }
    };

    private AtomicFile() {
    }

    /** Content written as a stream, so that a large file is never held in memory whole. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target}, refusing a read-only target. */
    static void write(Path target, byte[] bytes) throws SaveException {
        write(target, bytes, false, SYSTEM);
    }

    /**
     * Writes streamed content to {@code target} all at once (see the class comment), refusing a read-only
     * target. If the content fails to write, the target is left as it was.
     */
    public static void write(Path target, Content content) throws SaveException {
        write(target, content, false, SYSTEM);
    }

    static void write(Path target, byte[] bytes, boolean overwriteReadOnly, Ops ops) throws SaveException {
        write(target, out -> out.write(bytes), overwriteReadOnly, ops);
    }

    /**
     * Writes the content to {@code target} (through symbolic links), keeping its permissions.
     *
     * @param overwriteReadOnly whether a read-only target is replaced (the user was asked) or refused
     */
    static void write(Path target, Content content, boolean overwriteReadOnly, Ops ops) throws SaveException {
        Path file = followLinks(target.toAbsolutePath(), target);
        Path folder = file.getParent();
        if (folder == null) {
            throw new SaveException(target, "it names no file in a folder", false);
        }
        boolean existed = Files.exists(file);
        if (Files.isDirectory(file)) {
            throw new SaveException(target, "it is a folder, not a file", false);
        }
        if (!Files.exists(folder)) {
            throw new SaveException(target, "the folder " + folder + " does not exist", false);
        }
        if (!Files.isDirectory(folder)) {
            throw new SaveException(target, folder + " is not a folder", false);
        }
        Set<PosixFilePermission> permissions = null;
        if (existed) {
            if (!overwriteReadOnly && isReadOnly(file)) {
                throw new SaveException(target, "the file is read-only", true);
            }
            permissions = permissionsOf(file);
        }
        Path temp = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        boolean created = false;
        boolean moved = false;
        try {
            ops.create(temp);
            created = true;
            ops.stream(temp, content);
            if (permissions != null) {
                ops.setPermissions(temp, permissions);
            }
            ops.move(temp, file);
            moved = true;
        } catch (IOException | RuntimeException e) {
            throw new SaveException(target, SaveException.reasonOf(e), existed, e);
        } finally {
            if (created && !moved) {
                try {
                    ops.delete(temp);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot delete the temporary file " + temp + ": " + e.getMessage());
                }
            }
        }
        syncFolder(folder);
    }

    /**
     * Whether the file's mode bits forbid writing to it: POSIX without the owner's write bit, or the DOS
     * read-only attribute. The mode bits, not an access check, because root may write anything.
     */
    static boolean isReadOnly(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
            }
            return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static Set<PosixFilePermission> permissionsOf(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The file a path finally names, following symbolic links even to a file not there yet. */
    private static Path followLinks(Path path, Path asGiven) throws SaveException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            try {
                Path link = Files.readSymbolicLink(p);
                Path parent = p.getParent();
                p = parent == null ? link.toAbsolutePath() : parent.resolve(link);
            } catch (IOException e) {
                throw new SaveException(asGiven, SaveException.reasonOf(e), Files.exists(path), e);
            }
        }
        throw new SaveException(asGiven, "too many levels of symbolic links", false);
    }

    /** Makes the rename itself durable where the platform allows opening a folder (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is already on disk
        }
    }
}
