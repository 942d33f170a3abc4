package io.frontline.incident.application.port.in;

import io.frontline.platform.domain.Actor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UploadEvidenceCommandTest {
    private final Actor actor = new Actor("emma.staff", Set.of("staff"), Set.of("ams-centrum"), Set.of());

    private String nameOf(String uploaded) {
        return new UploadEvidenceCommand(actor, UUID.randomUUID(), Path.of("x"), uploaded, "image/jpeg", null, null)
                .fileName();
    }

    @Test
    void an_uploaded_name_keeps_only_its_last_part_without_control_characters() {
        assertThat(nameOf("../../etc/passwd")).isEqualTo("passwd");
        assertThat(nameOf("C:\\foto's\\kassa\n1.jpg")).isEqualTo("kassa1.jpg");
        assertThat(nameOf("..")).isEqualTo("evidence");
        assertThat(nameOf(null)).isEqualTo("evidence");
    }
}
