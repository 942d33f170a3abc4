package io.frontline.sanction.adapter.out.files;

import io.frontline.sanction.application.port.out.DoorPhotoFilesPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Door photos are kept without their metadata, read back, and deleted for good. */
class FilesystemDoorPhotoStoreTest {
    @TempDir
    Path directory;

    @Test
    void a_photo_is_kept_without_its_exif_position_and_deleted_for_good() throws IOException {
        FilesystemDoorPhotoStore store = new FilesystemDoorPhotoStore();
        store.directory = directory;
        byte[] withExif = withExifSegment(jpeg(), "GPS 52.3731 N 4.8922 E camera Pixel");
        assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("Exif").contains("52.3731");

        UUID id = UUID.randomUUID();
        DoorPhotoFilesPort.Kept kept = store.keep(id, withExif);

        byte[] stored = store.read(id).orElseThrow();
        assertThat(kept.contentType()).isEqualTo("image/jpeg");
        assertThat(kept.sizeBytes()).isEqualTo(stored.length);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("52.3731");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(40);

        store.delete(id);
        assertThat(store.read(id)).isEmpty();
        assertThat(store.pathOf(id)).doesNotExist();
    }

    @Test
    void bytes_that_are_not_a_jpeg_or_png_are_refused() {
        FilesystemDoorPhotoStore store = new FilesystemDoorPhotoStore();
        store.directory = directory;
        assertThatThrownBy(() -> store.keep(UUID.randomUUID(), "<svg/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
        var g = image.getGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** Inserts an APP1 "Exif" segment right after the JPEG's start-of-image marker, as cameras write it. */
    private static byte[] withExifSegment(byte[] jpeg, String payload) {
        byte[] body = ("Exif\0\0" + payload).getBytes(StandardCharsets.ISO_8859_1);
        int length = body.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(body, 0, body.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
