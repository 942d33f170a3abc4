package io.frontline.web.door;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the measure page decides itself before passing a manager's door profile or photo on to sanction-service, and
 * how it words the service's refusal; the rules behind the refusals are the service's (tested there and on the stack).
 */
class PhotoUploadTest {

    @Test
    void aProfileSendsOnlyItsSixFieldsTrimmedAndLeavesEmptyOnesOut() {
        Map<String, String> form = new HashMap<>();
        form.put("description", "  Tall man, grey hooded coat  ");
        form.put("height", "");
        form.put("build", null);
        form.put("distinguishingMarks", "scar above the left eye");
        form.put("ethnicity", "anything");

        assertThat(PhotoUpload.profile(form)).containsExactly(
                Map.entry("description", "Tall man, grey hooded coat"),
                Map.entry("distinguishingMarks", "scar above the left eye"));
    }

    @Test
    void aPhotoWithoutAFileOrWithoutALawfulBasisIsNotSent() {
        assertThat(PhotoUpload.missing(false, "legitimate interest")).isEqualTo("no-file");
        assertThat(PhotoUpload.missing(true, "  ")).isEqualTo("no-basis");
        assertThat(PhotoUpload.missing(true, null)).isEqualTo("no-basis");
        assertThat(PhotoUpload.missing(true, "legitimate interest: repeated violence")).isNull();
    }

    @Test
    void theServicesRefusalsBecomeAMessageOnThePageAndOthersTheProblemPage() {
        assertThat(PhotoUpload.refusal(413)).isEqualTo("photo-too-large");
        assertThat(PhotoUpload.refusal(415)).isEqualTo("photo-type");
        assertThat(PhotoUpload.refusal(400)).isEqualTo("invalid");
        assertThat(PhotoUpload.refusal(403)).isEqualTo("refused");
        assertThat(PhotoUpload.refusal(404)).isEqualTo("refused");
        assertThat(PhotoUpload.refusal(503)).isNull();
        for (String code : new String[]{"photo-too-large", "photo-type", "invalid", "refused"}) {
            assertThat(PhotoUpload.known(code)).as(code).isTrue();
        }
        assertThat(PhotoUpload.known("<script>")).isFalse();
    }
}
