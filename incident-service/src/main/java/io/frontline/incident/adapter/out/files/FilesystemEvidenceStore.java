package io.frontline.incident.adapter.out.files;

import io.frontline.incident.application.port.out.EvidenceFilesPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evidence files on a filesystem, content-addressed and written once: {@code <dir>/<first two hex digits>/<sha256>},
 * read-only once in place. A file arrives in {@code <dir>/.incoming}, is hashed again while it is copied (what is
 * kept is what was hashed), synced to disk, and then moved into place in one step; content already kept is not
 * written again. Nothing here ever overwrites a kept file; it is deleted only by retention, after the transaction
 * that removed its last evidence record has committed.
 */
@ApplicationScoped
class FilesystemEvidenceStore implements EvidenceFilesPort {
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    @ConfigProperty(name = "frontline.evidence.directory")
    Path directory;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public void keep(String sha256, Path source) {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        Path incoming = directory.resolve(".incoming").resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(incoming.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(source);
                 FileChannel channel = FileChannel.open(incoming, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
                in.transferTo(out);
                out.flush();
                channel.force(true);
            }
            String written = HexFormat.of().formatHex(digest.digest());
            if (!written.equals(sha256)) {
                throw new IllegalStateException("the evidence file changed while it was kept");
            }
            incoming.toFile().setReadOnly();
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                return;
            }
            try {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException sameContentKeptMeanwhile) {
                // the same bytes, kept by a concurrent upload
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep an evidence file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                if (Files.exists(incoming)) {
                    incoming.toFile().setWritable(true);
                    Files.delete(incoming);
                }
            } catch (IOException ignored) {
                // a leftover in .incoming is never read
            }
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an evidence file", e);
        }
    }

    @Override
    public void eraseAfterCommit(String sha256) {
        Path path = pathOf(sha256);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot erase an evidence file", e);
                }
            }
        });
    }

    Path pathOf(String sha256) {
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
