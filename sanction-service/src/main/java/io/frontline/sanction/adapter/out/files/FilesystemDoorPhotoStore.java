package io.frontline.sanction.adapter.out.files;

import io.frontline.sanction.application.port.out.DoorPhotoFilesPort;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

/**
 * Door photos on a filesystem, {@code <dir>/<first two characters of the id>/<id>}, like incident-service's evidence
 * files but deletable: a door photo is removed when its measure has ended plus the retention. Each photo is decoded
 * and written again with the JDK's ImageIO (JPEG stays JPEG, PNG stays PNG): only the pixels are kept, so EXIF
 * (camera, time, GPS position) and any other metadata or trailing bytes are gone. A file arrives in
 * {@code <dir>/.incoming} and is moved into place in one step.
 */
@ApplicationScoped
class FilesystemDoorPhotoStore implements DoorPhotoFilesPort {
    /** Larger than any door photo needs; refuses decompression bombs before the pixels are allocated. */
    private static final long MAX_PIXELS = 40_000_000L;

    @ConfigProperty(name = "frontline.sanction.door.photo-directory")
    Path directory;

    @Override
    public Kept keep(UUID photoId, byte[] content) {
        String format = formatOf(content);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable image");
        }
        if (image == null) {
            throw new IllegalArgumentException("not a readable image");
        }
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        ByteArrayOutputStream clean = new ByteArrayOutputStream(content.length);
        try {
            if (!ImageIO.write(image, format, clean)) {
                throw new IllegalArgumentException("cannot write the image again");
            }
            Path target = pathOf(photoId);
            Path incoming = directory.resolve(".incoming").resolve(photoId.toString());
            Files.createDirectories(incoming.getParent());
            Files.createDirectories(target.getParent());
            Files.write(incoming, clean.toByteArray());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a door photo", e);
        }
        return new Kept("jpeg".equals(format) ? "image/jpeg" : "image/png", clean.size());
    }

    /** "jpeg" or "png" by the bytes themselves (never by the name or the declared type). */
    private static String formatOf(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("not an image");
            }
            ImageReader reader = readers.next();
            try {
                String name = reader.getFormatName().toLowerCase();
                String format = name.equals("jpg") || name.equals("jpeg") ? "jpeg" : name.equals("png") ? "png" : null;
                if (format == null) {
                    throw new IllegalArgumentException("not a JPEG or PNG image");
                }
                reader.setInput(in);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new IllegalArgumentException("too many pixels");
                }
                return format;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable image");
        }
    }

    @Override
    public Optional<byte[]> read(UUID photoId) {
        try {
            return Optional.of(Files.readAllBytes(pathOf(photoId)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a door photo", e);
        }
    }

    @Override
    public void delete(UUID photoId) {
        try {
            Files.deleteIfExists(pathOf(photoId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a door photo", e);
        }
    }

    Path pathOf(UUID photoId) {
        String id = photoId.toString();
        return directory.resolve(id.substring(0, 2)).resolve(id);
    }
}
