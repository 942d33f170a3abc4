package io.frontline.images;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.FilePermissionsProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/** What every layer of the images shares: files keep their executable bit, nothing else of the build machine. */
final class Layers {

    static final FilePermissions EXECUTABLE = FilePermissions.fromOctalString("755");
    static final FilePermissions READABLE = FilePermissions.fromOctalString("644");

    /** Executable files and folders 755, every other file 644: owned by root, readable by the non-root user. */
    static final FilePermissionsProvider PERMISSIONS = (source, target) -> {
        if (Files.isDirectory(source) || isExecutable(source)) {
            return EXECUTABLE;
        }
        return READABLE;
    };

    private Layers() {
    }

    static boolean isExecutable(Path file) {
        try {
            return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A layer of one folder of the build, at {@code target} in the image. */
    static FileEntriesLayer tree(String name, Path source, String target) throws IOException {
        return FileEntriesLayer.builder()
                .setName(name)
                .addEntryRecursive(source, AbsoluteUnixPath.get(target), PERMISSIONS)
                .build();
    }
}
