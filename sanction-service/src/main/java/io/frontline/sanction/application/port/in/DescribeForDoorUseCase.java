package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.sanction.application.domain.model.DoorPhoto;
import io.frontline.sanction.application.domain.model.DoorProfile;

import java.util.List;

/**
 * A manager describes the person of an entry or contact ban for the door list, and adds photos with the lawful
 * basis. Managers of the measure's site (and HQ safety) only; never for a staff measure.
 */
public interface DescribeForDoorUseCase {
    /** The profile as saved, and the reminder words found in it (a warning, never a refusal). */
    record Described(DoorProfile profile, List<String> warnings) {
    }

    Described describe(Actor actor, SetDoorProfileCommand command);

    DoorPhoto addPhoto(Actor actor, UploadDoorPhotoCommand command);
}
