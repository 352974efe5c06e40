package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The server's password file (Jetty's realm format, {@code user: password}), which guards the
 * write endpoints. Created on first use with a random password for the user {@value #USER},
 * readable by its owner only, and never part of the repository.
 */
public final class Passwords {
    /** The user the configuration allows to write (fuseki:allowedUsers). */
    public static final String USER = "admin";

    private Passwords() {}

    /** The default place of the password file for a dataset: beside it, as {@code DIR.passwd}. */
    public static Path defaultFor(Path dataDir) {
        Path abs = dataDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".passwd");
    }

    /**
     * Makes sure {@code file} exists, creating it with a random password if not.
     *
     * @return true when the file was created now
     */
    public static boolean ensure(Path file) {
        if (Files.isRegularFile(file))
            return false;
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".passwd-", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the file is as private as its folder
            }
            Files.writeString(tmp, "# newskg server users (Jetty realm format: user: password)\n" + USER + ": " + password + "\n");
            Files.move(tmp, file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the password file " + file, e);
        }
    }

    /**
     * Refuses a secret file that others than its owner may read (group or world permissions):
     * the server would otherwise use a password anyone on the machine can see.
     *
     * @throws IllegalStateException saying which {@code chmod} to run
     */
    public static void checkPrivate(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException notPosix) {
            return; // no POSIX permissions to check: the file is as private as its folder
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + file, e);
        }
        Set<PosixFilePermission> others = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                                                     PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
        others.retainAll(permissions);
        if (!others.isEmpty())
            throw new IllegalStateException(file + " can be read or written by others than its owner ("
                                            + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + file);
    }

    /** The password of {@link #USER} in the file. */
    public static String read(Path file) {
        try {
            for (String line : Files.readAllLines(file))
                if (line.startsWith(USER + ":"))
                    return line.substring(USER.length() + 1).trim().split(",")[0].trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(file + " has no line for " + USER);
    }
}
