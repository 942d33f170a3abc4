package io.frontline.sanction.adapter.out.config;

import io.frontline.sanction.application.domain.model.DoorPolicy;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * The door list's settings from {@code frontline.sanction.door.*}: how long photos and descriptions stay after a
 * measure ended ({@code retention}, ISO-8601 period, {@code P0D}), the largest photo, the image types taken, and a
 * watch flag's default length ({@code P3M}).
 */
@ApplicationScoped
class DoorPolicyProducer {
    @ConfigProperty(name = "frontline.sanction.door.retention", defaultValue = "P0D")
    Period retention;

    @ConfigProperty(name = "frontline.sanction.door.max-photo-size", defaultValue = "5M")
    MemorySize maxPhotoSize;

    @ConfigProperty(name = "frontline.sanction.door.photo-types", defaultValue = "image/jpeg,image/png")
    List<String> photoTypes;

    @ConfigProperty(name = "frontline.sanction.door.flag-duration", defaultValue = "P3M")
    Period flagDuration;

    @Produces
    @Singleton
    DoorPolicy doorPolicy() {
        return new DoorPolicy(retention, maxPhotoSize.asLongValue(),
                Set.copyOf(photoTypes.stream().map(String::strip).map(String::toLowerCase).toList()), flagDuration);
    }
}
